import Testing

@Test func RenderTestsBuilds() {
    #expect(Bool(true))
}
