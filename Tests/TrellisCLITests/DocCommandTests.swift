import Foundation
import Testing

@Suite struct DocCommandTests {
    static let document = """
    ---
    title: Restore guide
    author: Ops
    toc: true
    ---

    # Restore guide

    > [!WARNING]
    > Drain the shard first.

    ## Restore

    See [the check](#check) and ![flow](flow.mmd)

    ```mermaid
    flowchart TD
      accTitle: Restore steps
      A[Drain] --> B[Restore] --> C[Verify]
    ```

    ## Check

    Done.
    """

    static func pdfinfo(_ path: String, _ extra: [String] = []) throws -> String {
        try tool("/usr/bin/pdfinfo", extra + [path])
    }

    static func tool(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = Pipe()
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test func writesAPaginatedPDF() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let input = dir.appendingPathComponent("guide.md")
        try Self.document.write(to: input, atomically: true, encoding: .utf8)
        try "flowchart LR\n  X --> Y\n".write(to: dir.appendingPathComponent("flow.mmd"), atomically: true, encoding: .utf8)
        let output = dir.appendingPathComponent("guide.pdf").path
        let result = try CLIRunner.run(["doc", input.path, "-o", output, "--paper", "letter"])
        #expect(result.status == 0, "\(result.stderr)")
        let info = try Self.pdfinfo(output)
        #expect(info.contains("Pages:           2"))
        #expect(info.contains("Title:           Restore guide"))
        #expect(info.contains("612 x 792"))
        let dests = try Self.pdfinfo(output, ["-dests"])
        #expect(dests.contains("\"restore\""))
        #expect(dests.contains("\"check\""))
        let text = try Self.tool("/usr/bin/pdftotext", ["-layout", output, "-"])
        #expect(text.contains("Figure 1. Restore steps"))
        #expect(text.contains("Warning"))
        #expect(text.range(of: #"2\s*/\s*2"#, options: .regularExpression) != nil)
        // The contents list the sections with their page.
        #expect(text.range(of: #"Restore\s*\.*\s*2"#, options: .regularExpression) != nil)
    }

    @Test func sameInputSameBytes() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let input = dir.appendingPathComponent("a.md")
        try "# A\n\nText with `code`.\n".write(to: input, atomically: true, encoding: .utf8)
        let env = ["SOURCE_DATE_EPOCH": "1700000000"]
        let first = try CLIRunner.run(["doc", input.path, "-o", "-"], environment: env)
        let second = try CLIRunner.run(["doc", input.path, "-o", "-"], environment: env)
        #expect(first.status == 0)
        #expect(first.stdout.starts(with: Data("%PDF".utf8)))
        #expect(first.stdout == second.stdout)
    }

    @Test func missingImageIsAnErrorAndWritesNothing() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let input = dir.appendingPathComponent("b.md")
        try "# B\n\n![shot](missing.png)\n".write(to: input, atomically: true, encoding: .utf8)
        let output = dir.appendingPathComponent("b.pdf").path
        let result = try CLIRunner.run(["doc", input.path, "-o", output])
        #expect(result.status == 1)
        #expect(result.stderr.contains("missing.png"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func badArgumentsAreUsageErrors() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let input = dir.appendingPathComponent("c.md")
        try "text\n".write(to: input, atomically: true, encoding: .utf8)
        #expect(try CLIRunner.run(["doc", input.path, "-o", "c.png"]).status == 64)
        #expect(try CLIRunner.run(["doc", input.path, "--paper", "a5"]).status == 64)
        #expect(try CLIRunner.run(["doc", dir.appendingPathComponent("none.md").path]).status == 1)
    }
}
