import Diagnostics
import Flowchart
import Testing

/// Things Trellis accepts but cannot honour fully are warnings, not silence.
@Suite struct WarningTests {
    @Test func warningsKeepTheDiagram() {
        let source = """
        flowchart TD
          direction LR
          A[fa:fa-carr Car] --> B
          click B callback "Tip"
          class Missing someClass
        """
        let file = SourceFile(name: "test.mmd", text: source)
        let (diagram, diagnostics) = FlowchartCompiler.compile(file)
        #expect(diagram != nil)
        #expect(diagnostics.map(\.id) == ["mermaid.ignored-direction", "mermaid.unknown-icon",
                                          "mermaid.ignored-callback", "mermaid.unknown-node", "mermaid.undefined-class"])
        #expect(diagnostics.allSatisfy { $0.severity == .warning })
        #expect(diagram?.direction == .topToBottom)
        #expect(diagram?.nodes[1].tooltip == "Tip")
        #expect(diagnostics[1].message == "unknown Font Awesome icon 'fa:fa-carr'; drawn as text")
        #expect(diagnostics[1].hint == "did you mean 'fa-car', 'fa-bars', 'fa-cab'?")
    }
}
