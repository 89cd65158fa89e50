import Diagnostics
import Foundation
import Testing
import Trellis

/// Links in hyphenated, Pango-broken paragraphs: the PDF's link annotations (read back with
/// qpdf) cover exactly the link's words (placed by pdftotext), on every line they run over.
@Suite struct DocumentLinkRectTests {
    static let text = """
        # Links

        A paragraph with administrators coordinating internationalization and an \
        [authentication synchronization troubleshooting reference](#links) in it, long enough to wrap \
        over lines several times. See [extraordinarily comprehensive documentation about \
        reconfiguration](https://example.com/docs) for more.
        """

    struct Box {
        var minX, minY, maxX, maxY: Double
        func contains(_ x: Double, _ y: Double) -> Bool { x >= minX && x <= maxX && y >= minY && y <= maxY }
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> String {
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

    static func numbers(_ text: Substring) -> [Double] {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { Double($0) }
    }

    /// Each link annotation's target (URI or named destination) and rectangle, top-down coordinates.
    static func annotations(_ qdf: String, pageHeight: Double) -> [(target: String, box: Box)] {
        qdf.components(separatedBy: "endobj").compactMap { object -> (String, Box)? in
            guard object.contains("/Subtype /Link"), let rect = object.range(of: "/Rect [") else { return nil }
            let rest = object[rect.upperBound...]
            guard let close = rest.firstIndex(of: "]") else { return nil }
            let n = numbers(rest[..<close])
            guard n.count == 4 else { return nil }
            let target = object.components(separatedBy: "\n").first { $0.contains("/URI (") || $0.contains("/Dest (") } ?? ""
            return (target.trimmingCharacters(in: .whitespaces),
                    Box(minX: n[0], minY: pageHeight - n[3], maxX: n[2], maxY: pageHeight - n[1]))
        }
    }

    /// Every word pdftotext finds with its centre.
    static func words(_ html: String) -> [(word: String, x: Double, y: Double)] {
        html.components(separatedBy: "<word ").dropFirst().compactMap { chunk -> (String, Double, Double)? in
            func value(_ name: String) -> Double? {
                guard let start = chunk.range(of: name + "=\"") else { return nil }
                return Double(chunk[start.upperBound...].prefix { $0 != "\"" })
            }
            guard let minX = value("xMin"), let minY = value("yMin"), let maxX = value("xMax"), let maxY = value("yMax"),
                  let open = chunk.firstIndex(of: ">"), let close = chunk.range(of: "</word>") else { return nil }
            return (String(chunk[chunk.index(after: open)..<close.lowerBound]), (minX + maxX) / 2, (minY + maxY) / 2)
        }
    }

    @Test func linkRectanglesCoverTheirWordsAcrossLines() throws {
        let compiler = try DocumentCompiler(fontDirectory: TestPaths.fonts)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("trellis-links-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let input = directory.appendingPathComponent("links.md")
        try Self.text.write(to: input, atomically: true, encoding: .utf8)
        let (bytes, compilation) = compiler.pdf(atPath: input.path)
        #expect(!compilation.diagnostics.hasErrors)
        let pdf = directory.appendingPathComponent("links.pdf")
        try Data(try #require(bytes)).write(to: pdf)
        let qdf = directory.appendingPathComponent("links.qdf.pdf")
        _ = try Self.run("/usr/bin/qpdf", ["--qdf", "--object-streams=disable", pdf.path, qdf.path])
        let annotations = Self.annotations(String(decoding: try Data(contentsOf: qdf), as: UTF8.self), pageHeight: 841.8898)
        let words = Self.words(try Self.run("/usr/bin/pdftotext", ["-bbox", pdf.path, "-"]))

        let links: [(target: String, words: [String])] = [
            ("/Dest (links)", ["authentication", "synchronization", "troubleshooting", "reference"]),
            ("/URI (https://example.com/docs)", ["extraordinarily", "comprehensive", "documentation", "about", "reconfiguration"]),
        ]
        for link in links {
            let boxes = annotations.filter { $0.target == link.target }.map(\.box)
            #expect(!boxes.isEmpty, "\(link.target) in \(annotations.map(\.target))")
            // Words and hyphenated pieces of words (syn- / chronization) of the link text.
            let pieces = words.filter { found in
                let core = found.word.trimmingCharacters(in: CharacterSet(charactersIn: "-.,"))
                return core.count >= 3 && link.words.contains { $0.contains(core) }
            }
            let letters = pieces.map { $0.word.trimmingCharacters(in: CharacterSet(charactersIn: "-")) }.joined()
            #expect(letters == link.words.joined(), "\(pieces.map(\.word))")
            for piece in pieces {
                #expect(boxes.contains { $0.contains(piece.x, piece.y) }, "\(piece.word) outside \(link.target)")
            }
        }
        // Words around the links are not clickable.
        for word in words where ["paragraph", "coordinating", "internationalization", "several", "more."].contains(word.word) {
            #expect(!annotations.contains { $0.box.contains(word.x, word.y) }, "\(word.word)")
        }
        // The internal link runs over a line end here: one rectangle per line.
        #expect(annotations.filter { $0.target == "/Dest (links)" }.count >= 2)
    }
}
