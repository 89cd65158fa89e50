import Foundation
import Testing

@Suite struct BuildCommandTests {
    @Test func buildsDiagramsAndDecks() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let diagrams = dir.appendingPathComponent("diagrams")
        let decks = dir.appendingPathComponent("decks")
        try FileManager.default.createDirectory(at: diagrams, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: decks, withIntermediateDirectories: true)
        try "graph TD\n  A --> B\n".write(to: diagrams.appendingPathComponent("one.mmd"), atomically: true, encoding: .utf8)
        try "# Talk\n".write(to: decks.appendingPathComponent("talk.md"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["build", dir.path])
        #expect(result.status == 0)
        for ext in ["png", "pdf", "svg"] {
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("build/one.\(ext)").path))
        }
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("build/talk.pdf").path))
        #expect(result.stderr.contains("built 2, up to date 0, failed 0"))
        #expect(!result.stderr.contains("\r"))  // no progress line when stderr is not a terminal
        let again = try CLIRunner.run(["build", dir.path])
        #expect(again.stderr.contains("built 0, up to date 2, failed 0"))
    }

    @Test func failedDiagramFailsTheBuildButOthersAreBuilt() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let diagrams = dir.appendingPathComponent("diagrams")
        try FileManager.default.createDirectory(at: diagrams, withIntermediateDirectories: true)
        try "graph TD\n  A --> B\n".write(to: diagrams.appendingPathComponent("good.mmd"), atomically: true, encoding: .utf8)
        try "graph TD\n  A[oops --> B\n".write(to: diagrams.appendingPathComponent("bad.mmd"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["build", dir.path, "--formats", "svg"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("diagrams/bad.mmd:2:"))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("build/good.svg").path))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("build/bad.svg").path))
        #expect(result.stderr.contains("built 1, up to date 0, failed 1"))
        #expect(result.stderr.contains("failed:\n  diagrams/bad.mmd"))
    }

    @Test func emptyProjectIsAnError() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let result = try CLIRunner.run(["build", dir.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("nothing to build"))
    }

    @Test func badConfigIsReportedWithItsPosition() throws {
        let dir = try CLIRunner.temporaryDirectory()
        try "output: out\ndiagrams:\n  formats: [svg, gif]\n".write(to: dir.appendingPathComponent("trellis.yml"),
                                                                     atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["build", "."], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.contains("trellis.yml:3:12: error: diagrams cannot be built as 'gif'"))
    }

    @Test func configChoosesSourcesOutputAndFormats() throws {
        let dir = try CLIRunner.temporaryDirectory()
        try "output: site/img\ndiagrams:\n  sources: figures/**/*.mmd\n  formats: svg\n"
            .write(to: dir.appendingPathComponent("trellis.yml"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("figures/net"), withIntermediateDirectories: true)
        try "graph LR\n  A --> B\n".write(to: dir.appendingPathComponent("figures/net/lan.mmd"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["build", "."], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("site/img/net/lan.svg").path))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("site/img/net/lan.png").path))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("site/img/.trellis-manifest.json").path))
    }

    @Test func failFastStopsTheBuild() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let diagrams = dir.appendingPathComponent("diagrams")
        try FileManager.default.createDirectory(at: diagrams, withIntermediateDirectories: true)
        try "graph TD\n  A[oops\n".write(to: diagrams.appendingPathComponent("a.mmd"), atomically: true, encoding: .utf8)
        for name in ["b", "c"] {
            try "graph TD\n  A --> B\n".write(to: diagrams.appendingPathComponent("\(name).mmd"), atomically: true, encoding: .utf8)
        }
        let result = try CLIRunner.run(["build", dir.path, "--fail-fast", "--jobs", "1", "--formats", "svg"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("built 0, up to date 0, failed 1, not built 2"))
        #expect(!FileManager.default.fileExists(atPath: diagrams.deletingLastPathComponent().appendingPathComponent("build/b.svg").path))
    }

    @Test func shardMustBeKOfN() throws {
        let dir = try CLIRunner.temporaryDirectory()
        for bad in ["3/2", "0/2", "2", "a/b"] {
            let result = try CLIRunner.run(["build", dir.path, "--shard", bad])
            #expect(result.status != 0 && result.stderr.contains("--shard must be K/N"), "\(bad)")
        }
    }

    @Test func shardsBuildTheirOwnPartsAndTogetherEverything() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let diagrams = dir.appendingPathComponent("diagrams")
        try FileManager.default.createDirectory(at: diagrams, withIntermediateDirectories: true)
        for index in 0..<5 {
            try "graph TD\n  A\(index) --> B\n".write(to: diagrams.appendingPathComponent("d\(index).mmd"),
                                                   atomically: true, encoding: .utf8)
        }
        var built = 0
        for shard in ["1/3", "2/3", "3/3"] {
            let result = try CLIRunner.run(["build", dir.path, "--shard", shard, "--formats", "svg"])
            #expect(result.status == 0)
            let line = result.stderr.split(separator: "\n").first { $0.hasPrefix("built ") } ?? ""
            built += Int(line.dropFirst("built ".count).prefix { $0.isNumber }) ?? 0
        }
        #expect(built == 5)
        let parts = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("build").path)
            .filter { $0.hasPrefix(".trellis-manifest") }.sorted()
        #expect(parts.count == 3)
        let check = try CLIRunner.run(["check", "--outputs", dir.path])
        #expect(check.status == 1)  // --formats svg was not the project's formats: png and pdf are missing
        #expect(check.stderr.contains("missing: "))
    }
}
