import Testing

@Test func TrellisTestsBuilds() {
    #expect(Bool(true))
}
