import Diagnostics
import Foundation
import Testing
import Trellis

/// Hostile text in labels, titles, tooltips and links comes out as text: SVG stays well-formed
/// XML without scripts, unsafe links are dropped, PDF strings keep their bytes.
@Suite struct OutputSafetyTests {
    static let hostile = #"""
    ---
    title: Q "quoted" & <b>bold</b> (paren) \back ) (
    ---
    flowchart TD
      a["<script>alert(1)</script>"] --> b["Tom & Jerry's &quot;show&quot; <img src=x onerror=alert(1)>"]
      subgraph s ["</text><script>alert(2)</script>"]
        c
      end
      a -- "</tspan>& <!-- x -->" --> c
      click a "https://example.com/?a=1&b='2'" "tip <b>&amp; 'q' </title><script>"
      click b "javascript:alert(1)" "bad"
      click c "  JaVa\tScRiPt:alert(3)"
    """#

    static func render(_ format: OutputFormat) throws -> [UInt8] {
        let compiler = try DiagramCompiler(fontDirectory: TestPaths.fonts)
        let compiled = compiler.compile(SourceFile(name: "hostile.mmd", text: hostile))
        let frame = try #require(compiled.frame, "\(compiled.diagnostics.map(\.message))")
        return try compiler.render(frame, as: format, options: DiagramOptions(sourceDateEpoch: 0))
    }

    /// Runs python3 on a script with one file argument; nil when python3 is missing.
    static func python(_ script: String, _ file: String) throws -> (status: Int32, output: String)? {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") else { return nil }
        return try run("/usr/bin/python3", ["-c", script, file])
    }

    static func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static func temporaryFile(_ bytes: [UInt8], ext: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("trellis-safety-\(UUID().uuidString).\(ext)").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func svgIsWellFormedAndHasNoScriptOrUnsafeLink() throws {
        let bytes = try Self.render(.svg)
        let svg = String(decoding: bytes, as: UTF8.self)
        #expect(!svg.lowercased().contains("<script"))
        #expect(!svg.lowercased().contains("javascript:"))
        // `<img … onerror=…>` from a label is text (escaped), never markup.
        #expect(svg.contains("&lt;img src=x"))
        let path = try Self.temporaryFile(bytes, ext: "svg")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let script = """
        import sys, xml.etree.ElementTree as E
        root = E.parse(sys.argv[1]).getroot()
        tags = {e.tag.split('}')[-1] for e in root.iter()}
        assert 'script' not in tags and 'img' not in tags, tags
        handlers = [k for e in root.iter() for k in e.attrib if k.split('}')[-1].lower().startswith('on')]
        assert not handlers, handlers
        links = [v for e in root.iter() for k, v in e.attrib.items() if k.endswith('href') and not v.startswith('data:')]
        print('LINKS', links)
        print('TEXT', ' '.join(''.join(e.itertext()) for e in root.iter() if e.tag.split('}')[-1] in ('text', 'title')))
        """
        guard let (status, output) = try Self.python(script, path) else { return }
        #expect(status == 0, "\(output)")
        // The safe link survives with its ampersand intact; the javascript: ones are gone.
        #expect(output.contains("LINKS ['https://example.com/?a=1&b=\\'2\\'']") || output.contains(#"LINKS ["https://example.com/?a=1&b='2'"]"#),
                "\(output)")
        // The label is drawn as its literal text.
        #expect(output.contains("<script>alert(1)</script>"), "\(output)")
    }

    @Test func pdfTitleKeepsParenthesesAndBackslashes() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/pdfinfo") else { return }
        let path = try Self.temporaryFile(try Self.render(.pdf), ext: "pdf")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (status, output) = try Self.run("/usr/bin/pdfinfo", [path])
        #expect(status == 0, "\(output)")
        #expect(output.contains(#"Title:           Q "quoted" & <b>bold</b> (paren) \back ) ("#), "\(output)")
    }
}
