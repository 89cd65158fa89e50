import Testing

@Test func MermaidSyntaxTestsBuilds() {
    #expect(Bool(true))
}
