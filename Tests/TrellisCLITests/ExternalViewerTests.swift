import Foundation
import Testing

/// Our SVG and PDF open in other programs: librsvg draws the SVG at its declared size,
/// poppler renders the PDF and finds our fonts embedded. The test script installs both tools.
@Suite struct ExternalViewerTests {
    static func tool(_ name: String) -> String? {
        for dir in ["/usr/bin", "/usr/local/bin", "/bin"] where FileManager.default.isExecutableFile(atPath: "\(dir)/\(name)") {
            return "\(dir)/\(name)"
        }
        return nil
    }

    static func run(_ path: String, _ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static var flagship: String {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" && !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url = url.deletingLastPathComponent()
        }
        return url.appendingPathComponent("diagrams/ARCH_SIGIL_TOPOLOGY.mmd").path
    }

    @Test func librsvgDrawsOurSVGAtItsSize() throws {
        let rsvg = try #require(Self.tool("rsvg-convert"), "rsvg-convert missing: run scripts/deps.sh test")
        let dir = try CLIRunner.temporaryDirectory()
        let svg = dir.appendingPathComponent("f.svg"), png = dir.appendingPathComponent("f.png")
        #expect(try CLIRunner.run(["render", Self.flagship, "-o", svg.path]).status == 0)
        let (status, output) = try Self.run(rsvg, ["-o", png.path, svg.path])
        #expect(status == 0, "rsvg-convert failed: \(output)")
        let text = try String(contentsOf: svg, encoding: .utf8)
        let width = try #require(Self.attribute("width", in: text)), height = try #require(Self.attribute("height", in: text))
        let (w, h) = try RenderCommandTests.pngSize(png)
        #expect(abs(Double(w) - width) <= 1 && abs(Double(h) - height) <= 1)
    }

    @Test func popplerRendersOurPDFWithEmbeddedFonts() throws {
        let pdftoppm = try #require(Self.tool("pdftoppm"), "pdftoppm missing: run scripts/deps.sh test")
        let pdffonts = try #require(Self.tool("pdffonts"), "pdffonts missing: run scripts/deps.sh test")
        let dir = try CLIRunner.temporaryDirectory()
        let pdf = dir.appendingPathComponent("f.pdf")
        #expect(try CLIRunner.run(["render", Self.flagship, "-o", pdf.path]).status == 0)
        let (status, output) = try Self.run(pdftoppm, ["-png", "-r", "36", "-singlefile", pdf.path, dir.appendingPathComponent("page").path])
        #expect(status == 0, "pdftoppm failed: \(output)")
        #expect(output.isEmpty, "poppler complained: \(output)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("page.png").path))
        let (fontStatus, fonts) = try Self.run(pdffonts, [pdf.path])
        #expect(fontStatus == 0)
        let interLines = fonts.split(separator: "\n").filter { $0.contains("Inter") }
        #expect(!interLines.isEmpty, "no Inter font in PDF: \(fonts)")
        #expect(interLines.allSatisfy { $0.contains(" yes ") }, "fonts not embedded: \(fonts)")
    }

    static func attribute(_ name: String, in svg: String) -> Double? {
        guard let tag = svg.range(of: "<svg"), let end = svg[tag.upperBound...].firstIndex(of: ">") else { return nil }
        let head = svg[tag.upperBound..<end]
        guard let start = head.range(of: " \(name)=\"") else { return nil }
        let rest = head[start.upperBound...]
        return rest.firstIndex(of: "\"").flatMap { Double(rest[..<$0]) }
    }
}
