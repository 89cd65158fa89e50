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
        #expect(result.stderr.contains("built decks/talk.md -> build/talk.pdf"))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("build/talk.pdf").path))
        #expect(result.stderr.contains("2 built, 0 failed"))
    }

    @Test func failedDiagramFailsTheBuildButOthersAreBuilt() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let diagrams = dir.appendingPathComponent("diagrams")
        try FileManager.default.createDirectory(at: diagrams, withIntermediateDirectories: true)
        try "graph TD\n  A --> B\n".write(to: diagrams.appendingPathComponent("good.mmd"), atomically: true, encoding: .utf8)
        try "graph TD\n  A[oops --> B\n".write(to: diagrams.appendingPathComponent("bad.mmd"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["build", dir.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("diagrams/bad.mmd:2:"))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("build/good.svg").path))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("build/bad.svg").path))
        #expect(result.stderr.contains("1 built, 1 failed"))
    }

    @Test func emptyProjectIsAnError() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let result = try CLIRunner.run(["build", dir.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("nothing to build"))
    }
}
