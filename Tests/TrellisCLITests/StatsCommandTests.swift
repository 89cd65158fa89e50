import Foundation
import Testing

@Suite struct StatsCommandTests {
    @Test func printsFiguresAsTextAndJSON() throws {
        let source = Data("flowchart LR\n  A --> B --> C\n  A --> C\n".utf8)
        let text = try CLIRunner.run(["stats", "-"], stdin: source)
        #expect(text.status == 0)
        let output = String(decoding: text.stdout, as: UTF8.self)
        #expect(output.contains("nodes                   3"))
        #expect(output.contains("edges                   3"))
        #expect(output.contains("edge_through_node       0"))
        let json = try CLIRunner.run(["stats", "-", "--stats-format", "json"], stdin: source)
        #expect(json.status == 0)
        let object = try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any]
        #expect(object?["file"] as? String == "<stdin>")
        #expect(object?["crossings"] as? Int == 0)
    }

    @Test func badInputFails() throws {
        let result = try CLIRunner.run(["stats", "-"], stdin: Data("flowchart LR\n  A[x --> B\n".utf8))
        #expect(result.status == 1)
        #expect(result.stderr.contains("<stdin>:2:"))
    }
}

@Suite struct TimingsFlagTests {
    @Test func timingsListEveryStage() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let result = try CLIRunner.run(["render", "-", "-o", dir.appendingPathComponent("t.png").path, "--timings"],
                                       stdin: Data("flowchart LR\n  A --> B\n".utf8))
        #expect(result.status == 0)
        for stage in ["parse and check", "layout: rank (network simplex)", "layout: order", "scene", "encode png", "write", "total"] {
            #expect(result.stderr.contains(stage), "missing \(stage) in \(result.stderr)")
        }
        #expect(result.stderr.contains(" ms\n"))
    }
}
