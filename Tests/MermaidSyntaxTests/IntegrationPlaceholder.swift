import Testing

@Test func mermaidSyntaxBuilds() {
    #expect(Bool(true))
}
