import Foundation
import Testing

@Suite struct RenderCommandTests {
    static let good = "flowchart LR\n    A[Start] -->|go| B{Check}\n    B --> C([Done])\n"
    static let bad = "flowchart TD\n    A[Start --> B\n"

    @Test func helpListsSubcommands() throws {
        let result = try CLIRunner.run(["--help"])
        #expect(result.status == 0)
        let text = String(decoding: result.stdout, as: UTF8.self)
        #expect(text.contains("render"))
        #expect(text.contains("build"))
        let renderHelp = try CLIRunner.run(["render", "--help"])
        let renderText = String(decoding: renderHelp.stdout, as: UTF8.self)
        #expect(renderText.contains("--scale"))
        #expect(renderText.contains("--background"))
        #expect(renderText.contains("--theme"))
    }

    @Test(arguments: ["png", "pdf", "svg"])
    func rendersEachFormatDeterministically(format: String) throws {
        let dir = try CLIRunner.temporaryDirectory()
        let input = dir.appendingPathComponent("d.mmd")
        try Self.good.write(to: input, atomically: true, encoding: .utf8)
        let first = dir.appendingPathComponent("one.\(format)")
        let second = dir.appendingPathComponent("two.\(format)")
        #expect(try CLIRunner.run(["render", input.path, "-o", first.path]).status == 0)
        #expect(try CLIRunner.run(["render", input.path, "-o", second.path]).status == 0)
        let a = try Data(contentsOf: first), b = try Data(contentsOf: second)
        #expect(a.count > 100)
        #expect(a == b, "two runs gave different bytes")
        let signature: [UInt8] = switch format {
        case "png": [0x89, 0x50, 0x4E, 0x47]
        case "pdf": Array("%PDF".utf8)
        default: Array("<?xm".utf8)
        }
        #expect(Array(a.prefix(4)) == signature)
    }

    @Test func badInputGivesLocatedErrorAndKeepsOldOutput() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let input = dir.appendingPathComponent("bad.mmd")
        try Self.bad.write(to: input, atomically: true, encoding: .utf8)
        let output = dir.appendingPathComponent("out.png")
        try Data("previous".utf8).write(to: output)
        let result = try CLIRunner.run(["render", "bad.mmd", "-o", "out.png"], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.mmd:2:"))
        #expect(result.stderr.contains("error:"))
        #expect(result.stderr.contains("^"))
        #expect(result.stderr.contains("hint:"))
        #expect(try Data(contentsOf: output) == Data("previous".utf8))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(leftovers == ["bad.mmd", "out.png"])
    }

    @Test func stdinToStdout() throws {
        let result = try CLIRunner.run(["render", "-", "--format", "svg", "-o", "-"], stdin: Data(Self.good.utf8))
        #expect(result.status == 0)
        let svg = String(decoding: result.stdout, as: UTF8.self)
        #expect(svg.contains("<svg"))
        #expect(svg.contains("class=\"node\""))
    }

    @Test func missingInputIsAnError() throws {
        let result = try CLIRunner.run(["render", "/nonexistent/x.mmd", "-o", "/tmp/x.png"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("cannot read /nonexistent/x.mmd"))
    }

    @Test func invalidOptionsAreRejected() throws {
        let scale = try CLIRunner.run(["render", "x.mmd", "-o", "x.png", "--scale", "0"])
        #expect(scale.status != 0)
        #expect(scale.stderr.contains("--scale"))
        let unknownExtension = try CLIRunner.run(["render", "x.mmd", "-o", "x.gif"])
        #expect(unknownExtension.status != 0)
        #expect(unknownExtension.stderr.contains("--format"))
        let theme = try CLIRunner.run(["render", "x.mmd", "-o", "x.png", "--theme", "pink"])
        #expect(theme.status != 0)
        let stdoutWithoutFormat = try CLIRunner.run(["render", "x.mmd", "-o", "-"])
        #expect(stdoutWithoutFormat.status != 0)
    }

    @Test func scaleDoublesPNGSize() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let input = dir.appendingPathComponent("d.mmd")
        try Self.good.write(to: input, atomically: true, encoding: .utf8)
        let one = dir.appendingPathComponent("1.png"), two = dir.appendingPathComponent("2.png")
        #expect(try CLIRunner.run(["render", input.path, "-o", one.path]).status == 0)
        #expect(try CLIRunner.run(["render", input.path, "-o", two.path, "--scale", "2"]).status == 0)
        let (w1, h1) = try Self.pngSize(one), (w2, h2) = try Self.pngSize(two)
        #expect(abs(w2 - 2 * w1) <= 1 && abs(h2 - 2 * h1) <= 1)
    }

    static func pngSize(_ url: URL) throws -> (Int, Int) {
        let bytes = [UInt8](try Data(contentsOf: url))
        func be32(_ i: Int) -> Int { bytes[i..<i + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (be32(16), be32(20))
    }
}

@Suite struct MarkdownRenderTests {
    @Test func blocksBecomeImagesBesideTheOutput() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let markdown = """
        # Title

        ```mermaid
        flowchart LR
          accTitle: Login
          accDescr: How a user signs in
          A --> B
        ```

        Between.

        ~~~mermaid
        graph TD
          X --> Y
        ~~~
        """
        try markdown.write(to: dir.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["render", "README.md", "-o", "README.out.md"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let out = try String(contentsOf: dir.appendingPathComponent("README.out.md"), encoding: .utf8)
        #expect(out == "# Title\n\n![How a user signs in](./README.out-1.svg \"Login\")\n\nBetween.\n\n![diagram](./README.out-2.svg)")
        for index in 1...2 {
            let svg = try String(contentsOf: dir.appendingPathComponent("README.out-\(index).svg"), encoding: .utf8)
            #expect(svg.hasPrefix("<?xml") || svg.hasPrefix("<svg"))
        }
    }

    @Test func anErrorWritesNothing() throws {
        let dir = try CLIRunner.temporaryDirectory()
        try "# T\n\n```mermaid\ngraph TD\n  A --> B\n```\n\n```mermaid\ngraph TD\n  A[x\n```\n"
            .write(to: dir.appendingPathComponent("doc.md"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["render", "doc.md", "-o", "out.md"], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.contains("doc.md:10:4: error"))
        let written = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(written == ["doc.md"])
    }

    @Test func markdownInputNeedsMarkdownOutput() throws {
        let dir = try CLIRunner.temporaryDirectory()
        try "# T\n".write(to: dir.appendingPathComponent("doc.md"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["render", "doc.md", "-o", "doc.svg"], in: dir)
        #expect(result.status != 0)
        #expect(result.stderr.contains("Markdown input needs a Markdown output"))
    }
}
