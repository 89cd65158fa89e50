import Testing

@Test func FlowchartSceneTestsBuilds() {
    #expect(Bool(true))
}
