import Testing

@Test func FlowchartTestsBuilds() {
    #expect(Bool(true))
}
