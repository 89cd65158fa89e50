import Foundation
import Testing

/// Runs the `trellis` commands of examples/github-actions/trellis-check.yml, as the workflow
/// does (every shard of the matrix, then the check), on a temporary project.
@Suite struct CIRecipeTests {
    static let recipe: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" && !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url = url.deletingLastPathComponent()
        }
        return url.appendingPathComponent("examples/github-actions/trellis-check.yml")
    }()

    /// The recipe's `trellis …` command lines, and its matrix shard values.
    static func commands() throws -> (build: [String], check: [String], shards: [String]) {
        let text = try String(contentsOf: recipe, encoding: .utf8)
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let runs = lines.filter { $0.hasPrefix("trellis ") }
        let shardLine = lines.first { $0.hasPrefix("shard: [") } ?? ""
        let shards = shardLine.dropFirst("shard: [".count).dropLast().split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }
        return (runs.filter { $0.hasPrefix("trellis build") }, runs.filter { $0.hasPrefix("trellis check") }, shards)
    }

    private func run(_ line: String, shard: String, in directory: URL) throws -> CLIRunner.Result {
        let words = line.replacingOccurrences(of: "${{ matrix.shard }}", with: shard).split(separator: " ").map(String.init)
        return try CLIRunner.run(Array(words.dropFirst()), in: directory)
    }

    private func buildAll(_ commands: (build: [String], check: [String], shards: [String]), in dir: URL) throws {
        for shard in commands.shards {
            for line in commands.build {
                let result = try run(line, shard: shard, in: dir)
                #expect(result.status == 0, "\(line) [shard \(shard)]: \(result.stderr)")
            }
        }
    }

    @Test func recipeBuildsThenCheckCatchesAStaleSourceUntilTheNextBuild() throws {
        let commands = try Self.commands()
        #expect(!commands.build.isEmpty && !commands.check.isEmpty && commands.shards.count >= 2)
        let dir = try CLIRunner.temporaryDirectory()
        let files = [
            "trellis.yml": "diagrams:\n  formats: [svg, png]\n",
            "diagrams/flow.mmd": "flowchart LR\n  A[Request] --> B{Valid?}\n  B -->|yes| C[Store]\n",
            "diagrams/ops/alert.mmd": "graph TD\n  Alert --> Page --> Ack\n",
            "diagrams/ops/restore.mmd": "graph TD\n  Backup --> Restore --> Verify\n",
            "docs/guide.md": "# Guide\n\n```mermaid\ngraph TD\n  X --> Y\n```\n",
        ]
        for (path, text) in files {
            let url = dir.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        try buildAll(commands, in: dir)
        for line in commands.check {
            let result = try run(line, shard: "", in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.contains("3 current, 0 missing, 0 stale"))
        }

        try "graph TD\n  Alert --> Page --> Escalate\n"
            .write(to: dir.appendingPathComponent("diagrams/ops/alert.mmd"), atomically: true, encoding: .utf8)
        for line in commands.check {
            let result = try run(line, shard: "", in: dir)
            #expect(result.status == 1)
            #expect(result.stderr.contains("stale: diagrams/ops/alert.mmd (diagrams/ops/alert.mmd changed)"))
            #expect(String(decoding: result.stdout, as: UTF8.self)
                .contains("::error file=diagrams/ops/alert.mmd,title=trellis.stale-artefact::"))
        }

        try buildAll(commands, in: dir)
        for line in commands.check {
            let result = try run(line, shard: "", in: dir)
            #expect(result.status == 0, "\(result.stderr)")
        }
    }

    @Test func checkListsMissingAndBrokenSources() throws {
        let dir = try CLIRunner.temporaryDirectory()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("diagrams"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("docs"), withIntermediateDirectories: true)
        try "graph TD\n  A --> B\n".write(to: dir.appendingPathComponent("diagrams/a.mmd"), atomically: true, encoding: .utf8)
        try "# Notes\n\ntext\n\n```mermaid\ngraph TD\n  A[open --> B\n```\n"
            .write(to: dir.appendingPathComponent("docs/notes.md"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["check", "--outputs", "."], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.contains("missing: build/a.png, build/a.pdf, build/a.svg (from diagrams/a.mmd)"))
        #expect(result.stderr.contains("docs/notes.md:7:4: error: unclosed '['"))
        #expect(result.stderr.contains("broken: docs/notes.md"))
    }
}
