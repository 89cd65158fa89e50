import Testing

@Test func LayeredLayoutTestsBuilds() {
    #expect(Bool(true))
}
