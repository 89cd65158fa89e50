import Diagnostics
import Flowchart
import Testing
import Trellis

/// Inputs past a limit end in one error naming the limit and its flag, before any layout.
@Suite struct LimitsTests {
    static func check(_ text: String, _ limits: Limits) -> [Diagnostic] {
        DiagramChecker.check(SourceFile(name: "d.mmd", text: text), limits: limits)
    }

    @Test func nodesPastTheLimitAreAnErrorNamingTheFlag() throws {
        let text = "flowchart TD\n" + (0..<12).map { "  n\($0)\n" }.joined()
        let found = Self.check(text, Limits(nodes: 10))
        let error = try #require(found.first { $0.id == "trellis.limit-nodes" })
        #expect(error.severity == .error)
        #expect(error.message == "diagram has 12 nodes, more than the limit of 10")
        #expect(error.hint?.contains("--max-nodes") == true)
        #expect(Self.check(text, Limits(nodes: 12)).isEmpty)
    }

    @Test func edgesDepthAndLabelsEachHaveTheirLimit() {
        let edges = "flowchart LR\n" + String(repeating: "  a --> b\n", count: 6)
        #expect(Self.check(edges, Limits(edges: 5)).map(\.id) == ["trellis.limit-edges"])
        let nested = "flowchart TD\n subgraph a\n subgraph b\n subgraph c\n x\n end\n end\n end\n"
        #expect(Self.check(nested, Limits(subgraphDepth: 2)).map(\.id) == ["trellis.limit-subgraph-depth"])
        #expect(Self.check(nested, Limits(subgraphDepth: 3)).isEmpty)
        let label = "flowchart TD\n  a[\"\(String(repeating: "x", count: 101))\"]\n"
        #expect(Self.check(label, Limits(labelLength: 100)).map(\.id) == ["trellis.limit-label-length"])
    }

    @Test func oversizedSourceIsNotParsed() {
        let text = "flowchart TD\n  a[unclosed\n" + String(repeating: "%% padding\n", count: 20)
        let found = Self.check(text, Limits(inputBytes: 100))
        // Only the size error: the syntax error behind it was never looked for.
        #expect(found.map(\.id) == ["trellis.limit-input-bytes"])
    }

    @Test func thousandsAreGroupedInMessages() throws {
        let error = try #require(LimitsCheck.exceeded(\.nodes, count: 12_345, in: .standard, subject: "diagram"))
        #expect(error.message == "diagram has 12,345 nodes, more than the limit of 10,000")
    }

    @Test func everyLimitHasADistinctIdAndFlag() {
        #expect(Set(Limits.table.map(\.id)).count == Limits.table.count)
        #expect(Set(Limits.table.map(\.flag)).count == Limits.table.count)
        #expect(Limits.table.allSatisfy { $0.flag.hasPrefix("--max-") && $0.id.hasPrefix("trellis.limit-") })
    }

    @Test func outputImageTooLargeIsRefusedBeforeDrawing() throws {
        let compiler = try DiagramCompiler(fontDirectory: TestPaths.fonts)
        var options = DiagramOptions(scale: 8)
        options.limits = Limits(imageSide: 100)
        let compiled = compiler.compile(SourceFile(name: "d.mmd", text: "flowchart LR\n  a --> b --> c\n"), options: options)
        let frame = try #require(compiled.frame)
        #expect(throws: TrellisError.self) { try compiler.render(frame, as: .png, options: options) }
        // Vector formats have no pixel size: they still render.
        #expect(try compiler.render(frame, as: .svg, options: options).count > 100)
    }

    @Test func pathologicalButLegalInputsFinish() {
        // Cheap members of bench/gen_pathological.py's set, through parse, model and limits.
        let multi = "flowchart LR\n" + String(repeating: "  a --> b\n", count: 1_000)
        #expect(Self.check(multi, .standard).isEmpty)
        var nested = "flowchart TD\n"
        for level in 0..<50 { nested += "subgraph s\(level)\n" }
        nested += "x --> y\n" + String(repeating: "end\n", count: 50)
        #expect(Self.check(nested, .standard).isEmpty)
        let chain = "flowchart TD\n" + (0..<5_000).map { "  n\($0) --> n\($0 + 1)\n" }.joined()
        #expect(Self.check(chain, .standard).isEmpty)
    }
}
