import Diagnostics
import MermaidSyntax
import Testing

/// Subgraphs nested thousands deep once overflowed the stack in the model builder (found
/// while testing issue 10's pathological inputs): the parser now stops nesting at
/// `FlowchartParser.maximumNesting` with one error.
@Suite struct DeepNestingTests {
    static func nested(_ depth: Int) -> SourceFile {
        let opens = (0..<depth).map { "subgraph s\($0)\n" }.joined()
        return SourceFile(name: "deep.mmd", text: "flowchart TD\n" + opens + "x --> y\n" + String(repeating: "end\n", count: depth))
    }

    /// Depth of the deepest subgraph in the tree, walked without recursion.
    static func depth(_ statements: [StatementSyntax]) -> Int {
        var deepest = 0
        var pending = statements.map { ($0, 1) }
        while let (statement, level) = pending.popLast() {
            guard case .subgraph(let subgraph) = statement else { continue }
            deepest = max(deepest, level)
            pending += subgraph.body.map { ($0, level + 1) }
        }
        return deepest
    }

    @Test func twentyThousandLevelsEndInOneError() {
        let (syntax, diagnostics) = FlowchartParser.parse(Self.nested(20_000))
        #expect(diagnostics.map(\.id) == ["mermaid.nesting-too-deep"])
        #expect(Self.depth(syntax.statements) == FlowchartParser.maximumNesting)
    }

    @Test func nestingUpToTheMaximumIsClean() {
        let (syntax, diagnostics) = FlowchartParser.parse(Self.nested(FlowchartParser.maximumNesting))
        #expect(diagnostics.isEmpty)
        #expect(Self.depth(syntax.statements) == FlowchartParser.maximumNesting)
    }
}
