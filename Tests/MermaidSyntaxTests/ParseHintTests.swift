import Diagnostics
import MermaidSyntax
import Testing

/// Hints that point at the likely fix.
@Suite struct ParseHintTests {
    private func diagnostics(_ source: String) -> (SourceFile, [Diagnostic]) {
        let file = SourceFile(name: "t.mmd", text: source)
        return (file, FlowchartParser.parse(file).diagnostics)
    }

    @Test func missingEndIsPlacedWhereTheIndentationReturns() throws {
        let (file, found) = diagnostics("flowchart TD\n  subgraph one\n    A --> B\n\n    B --> C\n  D --> E\n  F\n")
        let diagnostic = try #require(found.first)
        #expect(diagnostic.id == "mermaid.unterminated-subgraph")
        let note = try #require(diagnostic.notes.first?.range)
        #expect(file.location(of: note.start).description == "6:3")
        #expect(file.text(in: note) == "D --> E")
    }

    @Test func misspeltHeaderAndArrowsGetTheirLikelySpelling() {
        #expect(diagnostics("grap LR\n  A --> B").1.first?.hint?.hasPrefix("did you mean 'graph'?") == true)
        #expect(diagnostics("flowchart LR\n  A => B").1.first?.hint?.hasPrefix("did you mean '==>'?") == true)
        #expect(diagnostics("flowchart LR\n  A .-> B").1.isEmpty, "'.->' is a dotted link")
        #expect(diagnostics("sequenceDiagram\n  A->>B: hi").1.map(\.id) == ["mermaid.not-a-flowchart"])
    }
}
