import Diagnostics
import MermaidSyntax
import Testing

/// A 1000-node, 2000-edge file parses completely and cleanly. (Speed is measured by the
/// benchmark, never by timed unit tests.)
@Suite struct LargeInputTests {
    @Test func thousandNodesParse() {
        var source = "flowchart TD\n"
        for index in 0..<1000 {
            source += "  n\(index)[\"Node \(index)\"] --> n\((index + 1) % 1000) -.->|label| n\((index * 7) % 1000)\n"
        }
        let file = SourceFile(name: "big.mmd", text: source)
        let (syntax, diagnostics) = FlowchartParser.parse(file)
        #expect(diagnostics.isEmpty)
        #expect(syntax.statements.count == 1000)
    }
}
