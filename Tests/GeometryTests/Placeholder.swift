import Testing

@Test func GeometryTestsBuilds() {
    #expect(Bool(true))
}
