import Foundation
import Testing

@Suite struct CheckCommandTests {
    static let good = "flowchart LR\n    A --> B\n"
    static let bad = "flowchart TD\n    A[Start --> B\n    C@{ shape: dimond }\n"
    static let warned = "flowchart TD\n    A --> B\n    classDef unused fill:#f96\n"

    private func write(_ files: [String: String], in dir: URL) throws {
        for (name, text) in files {
            let url = dir.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
    }

    @Test func goodFilePassesWithASummary() throws {
        let dir = try CLIRunner.temporaryDirectory()
        try write(["a.mmd": Self.good], in: dir)
        let result = try CLIRunner.run(["check", "a.mmd"], in: dir)
        #expect(result.status == 0)
        #expect(result.stderr == "checked 1 diagram in 1 file: 0 errors, 0 warnings\n")
    }

    @Test func everyErrorOfAFileIsReported() throws {
        let dir = try CLIRunner.temporaryDirectory()
        try write(["bad.mmd": Self.bad], in: dir)
        let result = try CLIRunner.run(["check", "bad.mmd"], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.mmd:2:6: error: unclosed '[' in node label"))
        #expect(result.stderr.contains("bad.mmd:3:16: error: unknown shape 'dimond'"))
        #expect(result.stderr.contains("hint: did you mean 'diamond'?"))
        #expect(result.stderr.hasSuffix("checked 1 diagram in 1 file: 2 errors, 0 warnings\n"))
    }

    @Test func markdownBlocksPointIntoTheMarkdownFile() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let markdown = """
        # Title

        ```mermaid
        flowchart LR
          A --> B
        ```

        Text.

        ~~~mermaid
        sequenceDiagram
          A->>B: hi
        ~~~

          ```mermaid
          flowchart TD
            X -- yes ==> Y
          ```
        """
        try write(["doc.md": markdown], in: dir)
        let result = try CLIRunner.run(["check", "doc.md", "--diagnostics-format", "json"], in: dir)
        #expect(result.status == 1)
        let lines = String(decoding: result.stdout, as: UTF8.self).split(separator: "\n")
        #expect(lines == [
            #"{"file":"doc.md","line":17,"column":7,"endLine":17,"endColumn":17,"severity":"error","id":"mermaid.mismatched-link","message":"the link text opens with a normal stroke but closes with a thick one","hint":"use the same stroke on both sides: 'A -- text --> B'"}"#,
        ])
        #expect(result.stderr.contains("checked 2 diagrams in 1 file (1 other Mermaid diagram skipped): 1 error, 0 warnings"))
    }

    @Test func directoriesAreWalkedInOrderSkippingBuildAndHidden() throws {
        let dir = try CLIRunner.temporaryDirectory()
        try write(["b.mmd": Self.bad, "a/c.md": "```mermaid\n" + Self.bad + "```\n", "build/x.mmd": Self.bad,
                   ".hidden/y.mmd": Self.bad, ".build-linux/z.mmd": Self.bad, "notes.txt": "A -->"], in: dir)
        let result = try CLIRunner.run(["check", "."], in: dir)
        #expect(result.status == 1)
        let files = result.stderr.split(separator: "\n").filter { $0.contains(": error:") }
            .map { String($0.prefix { $0 != ":" }) }
        #expect(files == ["a/c.md", "a/c.md", "b.mmd", "b.mmd"])
        #expect(result.stderr.contains("a/c.md:3:6: error"))
    }

    @Test func githubFormatPrintsWorkflowCommands() throws {
        let dir = try CLIRunner.temporaryDirectory()
        try write(["bad.mmd": Self.bad], in: dir)
        let result = try CLIRunner.run(["check", "--diagnostics-format", "github", "bad.mmd"], in: dir)
        let out = String(decoding: result.stdout, as: UTF8.self)
        #expect(out.hasPrefix("::error file=bad.mmd,line=2,col=6,endLine=2,endColumn=18,title=mermaid.unclosed-bracket::unclosed '[' in node label [mermaid.unclosed-bracket]%0Ahint: close the label with ']'\n"))
        #expect(out.split(separator: "\n").count == 2)
    }

    @Test func denyWarningsTurnsWarningsIntoErrors() throws {
        let dir = try CLIRunner.temporaryDirectory()
        try write(["w.mmd": Self.warned], in: dir)
        let lenient = try CLIRunner.run(["check", "w.mmd"], in: dir)
        #expect(lenient.status == 0)
        #expect(lenient.stderr.contains("w.mmd:3:14: warning: class 'unused' is defined but never used"))
        let strict = try CLIRunner.run(["check", "--deny-warnings", "w.mmd"], in: dir)
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("w.mmd:3:14: error: class 'unused' is defined but never used"))
        let render = try CLIRunner.run(["render", "w.mmd", "-o", "w.svg", "--deny-warnings"], in: dir)
        #expect(render.status == 1)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("w.svg").path))
    }

    @Test func renderPrintsJSONDiagnosticsOnStdout() throws {
        let dir = try CLIRunner.temporaryDirectory()
        try write(["bad.mmd": Self.bad], in: dir)
        let result = try CLIRunner.run(["render", "bad.mmd", "-o", "bad.png", "--diagnostics-format", "json"], in: dir)
        #expect(result.status == 1)
        let lines = String(decoding: result.stdout, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.hasPrefix("{\"file\":\"bad.mmd\"") })
    }

    @Test func missingPathIsAnError() throws {
        let result = try CLIRunner.run(["check", "/nonexistent/dir"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("cannot read /nonexistent/dir"))
    }
}
