import Foundation
import Testing

/// `trellis watch`: one line per rebuild, only changed files, diagnostics as they appear.
@Suite struct WatchCommandTests {
    @Test func rebuildsOnlyWhatChangedAndReportsErrors() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let diagrams = dir.appendingPathComponent("diagrams")
        try FileManager.default.createDirectory(at: diagrams, withIntermediateDirectories: true)
        try ServeCommandTests.good.write(to: diagrams.appendingPathComponent("a.mmd"), atomically: true, encoding: .utf8)
        try "flowchart LR\n  X --> Y\n".write(to: diagrams.appendingPathComponent("b.mmd"), atomically: true, encoding: .utf8)
        let watch = try LiveProcess(trellis: ["watch", "diagrams", "-o", "out"], in: dir)
        defer { watch.interrupt() }
        #expect(watch.waitForOutput { $0.contains("watching 2 sources") } != nil, "\(watch.output)")
        #expect(watch.output.contains("built diagrams/a.mmd → out/a.svg in "))
        #expect(watch.output.contains("built diagrams/b.mmd → out/b.svg in "))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/a.svg").path))

        try ServeCommandTests.edited.write(to: diagrams.appendingPathComponent("a.mmd"), atomically: true, encoding: .utf8)
        let rebuilt = watch.waitForOutput(timeout: 2) { $0.contains("rebuilt diagrams/a.mmd → out/a.svg in ") }
        #expect(rebuilt != nil, "\(watch.output)")
        let svg = try String(contentsOf: dir.appendingPathComponent("out/a.svg"), encoding: .utf8)
        #expect(svg.contains(">Zebra<"))
        #expect(!watch.output.contains("rebuilt diagrams/b.mmd"))

        // Saving the same text again rebuilds nothing; an error prints the diagnostic and keeps the output.
        try ServeCommandTests.edited.write(to: diagrams.appendingPathComponent("a.mmd"), atomically: true, encoding: .utf8)
        try ServeCommandTests.broken.write(to: diagrams.appendingPathComponent("a.mmd"), atomically: true, encoding: .utf8)
        let failed = watch.waitForOutput(timeout: 2) { $0.contains("failed diagrams/a.mmd") }
        #expect(failed != nil, "\(watch.output)")
        #expect(watch.output.contains("diagrams/a.mmd:2:17: error:"))
        #expect(watch.output.components(separatedBy: "rebuilt diagrams/a.mmd").count == 2)
        #expect(try String(contentsOf: dir.appendingPathComponent("out/a.svg"), encoding: .utf8).contains(">Zebra<"))

        watch.interrupt()
        #expect(watch.status == 0)
        #expect(watch.output.hasSuffix("stopped\n"))
    }

    @Test func decksAreBuiltAndRebuiltWhenADiagramTheyDrawChanges() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let diagrams = dir.appendingPathComponent("diagrams")
        let decks = dir.appendingPathComponent("decks")
        try FileManager.default.createDirectory(at: diagrams, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: decks, withIntermediateDirectories: true)
        try ServeCommandTests.good.write(to: diagrams.appendingPathComponent("a.mmd"), atomically: true, encoding: .utf8)
        try "# Talk\n\n![](../diagrams/a.mmd)\n".write(to: decks.appendingPathComponent("talk.md"), atomically: true, encoding: .utf8)
        let watch = try LiveProcess(trellis: ["watch", ".", "-o", "out"], in: dir)
        defer { watch.interrupt() }
        #expect(watch.waitForOutput(timeout: 10) { $0.contains("watching 2 sources") } != nil, "\(watch.output)")
        #expect(watch.output.contains("built decks/talk.md → out/talk.pdf in "), "\(watch.output)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/talk.pdf").path))

        try ServeCommandTests.edited.write(to: diagrams.appendingPathComponent("a.mmd"), atomically: true, encoding: .utf8)
        let rebuilt = watch.waitForOutput(timeout: 5) { $0.contains("rebuilt decks/talk.md → out/talk.pdf in ") }
        #expect(rebuilt != nil, "\(watch.output)")
        watch.interrupt()
        #expect(watch.status == 0)
    }

    @Test func nestedDiagramsKeepTheirFoldersLikeBuild() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for folder in ["diagrams/net", "diagrams/app"] {
            try FileManager.default.createDirectory(at: dir.appendingPathComponent(folder), withIntermediateDirectories: true)
            try ServeCommandTests.good.write(to: dir.appendingPathComponent("\(folder)/lan.mmd"), atomically: true,
                                             encoding: .utf8)
        }
        let watch = try LiveProcess(trellis: ["watch", "diagrams", "-o", "out"], in: dir)
        defer { watch.interrupt() }
        #expect(watch.waitForOutput { $0.contains("watching 2 sources") } != nil, "\(watch.output)")
        #expect(watch.output.contains("built diagrams/net/lan.mmd → out/net/lan.svg in "), "\(watch.output)")
        for output in ["out/net/lan.svg", "out/app/lan.svg"] {
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent(output).path), "\(output)")
        }
        watch.interrupt()
    }

    @Test func aMissingPathIsAnError() throws {
        let result = try CLIRunner.run(["watch", "/nonexistent/trellis-watch"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no such file or directory"))
    }
}
