import Diagnostics
import Foundation
import MermaidSyntax
import Testing

/// The parser is linear: a 1000-node, 2000-edge file parses quickly even in a debug build.
@Suite struct PerformanceTests {
    @Test func thousandNodesParseQuickly() {
        var source = "flowchart TD\n"
        for index in 0..<1000 {
            source += "  n\(index)[\"Node \(index)\"] --> n\((index + 1) % 1000) -.->|label| n\((index * 7) % 1000)\n"
        }
        let file = SourceFile(name: "big.mmd", text: source)
        let start = Date()
        let (syntax, diagnostics) = FlowchartParser.parse(file)
        let elapsed = Date().timeIntervalSince(start)
        #expect(diagnostics.isEmpty)
        #expect(syntax.statements.count == 1000)
        print("parsed 1000 statements (\(file.utf8.count) bytes) in \(Int(elapsed * 1000)) ms")
        #expect(elapsed < 1.0, "parse took \(elapsed) s")
    }
}
