import Diagnostics
import Foundation
import Testing
import Trellis

/// Decks end to end through the facade: a Mermaid file as background (vector), filtered
/// images from files beside the deck, and colour emoji that stay text in the PDF.
@Suite struct DeckFeatureTests {
    let compiler: DeckCompiler
    let directory: URL

    init() throws {
        compiler = try DeckCompiler(fontDirectory: TestPaths.fonts)
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("trellis-deckfeat-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try "flowchart LR\n  Client --> Gateway\n".write(to: directory.appendingPathComponent("flow.mmd"), atomically: true,
                                                          encoding: .utf8)
    }

    func pdf(_ text: String) throws -> (bytes: [UInt8], path: String, diagnostics: [Diagnostic]) {
        let compilation = compiler.compile(SourceFile(name: "talk.md", text: text), baseDirectory: directory.path,
                                           options: DeckOptions())
        let document = try #require(compilation.document, "\(compilation.diagnostics)")
        let bytes = try compiler.renderPDF(document, options: DeckOptions(sourceDateEpoch: 1_700_000_000))
        let path = directory.appendingPathComponent("out-\(UUID().uuidString).pdf").path
        try OutputFile.write(bytes, toPath: path)
        return (bytes, path, compilation.diagnostics)
    }

    static func run(_ tool: String, _ arguments: [String]) throws -> String? {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/" + tool) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/" + tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return out
    }

    @Test func mermaidBackgroundIsVectorAndItsLabelsAreText() throws {
        let (bytes, path, diagnostics) = try pdf("# Flow\n\n![bg right:40%](flow.mmd)\n")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(!String(decoding: bytes, as: UTF8.self).contains("/Subtype /Image"))
        guard let words = try Self.run("pdftotext", [path, "-"]) else { return }
        #expect(words.contains("Client") && words.contains("Gateway"))
    }

    /// `trellis watch` rebuilds a deck when a file it draws changes: a background diagram counts.
    @Test func backgroundDiagramIsAReadFile() {
        let compilation = compiler.compile(SourceFile(name: "talk.md", text: "# Flow\n\n![bg](flow.mmd)\n"),
                                           baseDirectory: directory.path, options: DeckOptions())
        #expect(compilation.readFiles == [directory.appendingPathComponent("flow.mmd").path])
    }

    @Test func emojiAreColourImagesOverSearchableText() throws {
        let (bytes, path, diagnostics) = try pdf("# Ship it :rocket:\n\nAll green ✅\n")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.components(separatedBy: "/Subtype /Image").count - 1 == 4, "two emoji, each an image and its mask")
        guard let words = try Self.run("pdftotext", [path, "-"]) else { return }
        #expect(words.contains("Ship it 🚀"), "\(words)")
        #expect(words.contains("green ✅"), "\(words)")
        #expect(bytes == (try pdf("# Ship it :rocket:\n\nAll green ✅\n").bytes))
    }
}
