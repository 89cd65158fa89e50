import Foundation
import Geometry
@testable import Render
import Scene
import Testing

/// Multi-page PDF output read back with poppler (and qpdf when installed).
@Suite struct DocumentPDFTests {
    let engine: RenderEngine
    let directory: TemporaryDirectory
    static let deck = DocumentRenderOptions(pointsPerUnit: 0.75)

    init() throws {
        engine = try RenderFixtures.engine()
        directory = try TemporaryDirectory()
    }

    func write(_ document: Document = DocumentFixtures.document, name: String = "doc.pdf",
               options: DocumentRenderOptions = deck) throws -> String {
        let bytes = try engine.renderPDF(document, options: options)
        let path = directory.path + "/" + name
        try AtomicFile.write(bytes, toPath: path)
        if let dump = ProcessInfo.processInfo.environment["TRELLIS_DUMP_DIR"] {
            try AtomicFile.write(bytes, toPath: dump + "/" + name)
        }
        return path
    }

    func tool(_ name: String, _ arguments: [String]) throws -> String {
        let result = try #require(DocumentFixtures.run(name, arguments), "\(name) is not installed")
        #expect(result.status == 0, "\(name) failed: \(result.stderr)")
        #expect(!result.stderr.contains("Error"), "\(name): \(result.stderr)")
        return result.stdout
    }

    @Test func aPagePerSlideAtThreeQuartersOfAPointPerPixel() throws {
        let info = try tool("pdfinfo", ["-f", "1", "-l", "3", try write()])
        #expect(info.contains("Pages:           3"))
        #expect(info.contains("Page    1 size:  960 x 540 pts"))
        #expect(info.contains("Page    2 size:  960 x 540 pts"))
        #expect(info.contains("Page    3 size:  720 x 540 pts"))
        let diagram = try tool("pdfinfo", [try write(name: "unit.pdf", options: DocumentRenderOptions())])
        #expect(diagram.contains("Page size:       1280 x 720 pts"))
    }

    @Test func metadataReadsBack() throws {
        let info = try tool("pdfinfo", [try write()])
        #expect(info.contains("Title:           Handoff deck"))
        #expect(info.contains("Author:          Ada Lovelace"))
        #expect(info.contains("Subject:         Architecture"))
        #expect(info.contains("Keywords:        trellis, deck"))
        #expect(info.contains("Creator:         Trellis"))
        let catalog = try PDFRead(path: try write()).catalog
        #expect(catalog.contains("/Lang (en-GB)"))
        #expect(catalog.contains("/ViewerPreferences << /DisplayDocTitle true >>"))
    }

    @Test func textIsSelectableOnItsPage() throws {
        let path = try write()
        let second = try tool("pdftotext", ["-f", "2", "-l", "2", path, "-"])
        #expect(second.contains("Details"))
        #expect(second.contains("See https://example.com"))
        #expect(!second.contains("Welcome"))
    }

    @Test func anchorsAreNamedDestinationsAndLinksPointAtThem() throws {
        let path = try write()
        let dests = try tool("pdfinfo", ["-dests", path])
        #expect(dests.contains("1 [ XYZ    0  540 null      ] \"welcome\""))
        #expect(dests.contains("2 [ XYZ    0  540 null      ] \"details\""))
        // 400 px from the top of a 720 px slide: 320 px above the bottom, 240 pt.
        #expect(dests.contains("2 [ XYZ    0  240 null      ] \"details-more\""))
        // Names are spelled alike in the link and in the name tree, whatever they contain.
        #expect(dests.contains("3 [ XYZ    0  465 null      ] \"odd%20name%27%28x%29\""))
        let read = try PDFRead(path: path)
        #expect(read.text.contains("/Dest (odd%20name%27%28x%29)"))
        #expect(read.text.contains("/Dest (details)"))
        #expect(read.text.contains("/URI (https://example.com/x)"))
    }

    @Test func outlineNestsByLevel() throws {
        let read = try PDFRead(path: try write())
        let titles = read.outlineTitles()
        #expect(titles == ["Welcome", "Details", "  More détails", "Square (4:3) \\ end"])
    }

    @Test func speakerNotesAreTextAnnotationsOnTheirPages() throws {
        let read = try PDFRead(path: try write())
        #expect(read.notes(onPage: 0) == ["Say hello (and smile)."])
        #expect(read.notes(onPage: 1) == ["Zweite Folie: Grüße ✓\nline two"])
        #expect(read.notes(onPage: 2) == [])
        // The link annotation stays beside the note.
        #expect(read.annotationCount(onPage: 0) == 2)
        let without = try PDFRead(path: try write(name: "plain.pdf", options: DocumentRenderOptions(
            pointsPerUnit: 0.75, notesAsAnnotations: false)))
        #expect(without.notes(onPage: 0) == [])
    }

    @Test func strictReadersAcceptTheFile() throws {
        guard DocumentFixtures.run("qpdf", ["--version"]) != nil else { return }
        // One frame with a link through the single-frame backend, which Cairo alone gets wrong.
        let single = directory.path + "/single.pdf"
        let linked = DocumentFixtures.slide("A", body: "b", link: Link(url: "https://example.com"))
        try AtomicFile.write(try engine.render(linked, as: .pdf), toPath: single)
        var paths = [single]
        for (name, document) in [("full.pdf", DocumentFixtures.document),
                                 ("bare.pdf", Document(pages: [Page(frame: DocumentFixtures.slide("A", body: "b"))]))] {
            paths.append(try write(document, name: name))
        }
        for path in paths {
            let result = try #require(DocumentFixtures.run("qpdf", ["--check", path]))
            #expect(result.status == 0, "\(path): \(result.stdout) \(result.stderr)")
            #expect(result.stdout.contains("No syntax or stream encoding errors found"), "\(path): \(result.stdout)")
        }
    }

    @Test func sameDocumentSameBytesWithTheSourceDate() throws {
        let options = DocumentRenderOptions(pointsPerUnit: 0.75, sourceDateEpoch: 1_609_459_200)
        let first = try engine.renderPDF(DocumentFixtures.document, options: options)
        let second = try engine.renderPDF(DocumentFixtures.document, options: options)
        #expect(first == second)
        #expect(Blob(first).contains("/CreationDate (D:20210101000000Z)"))
    }

    @Test func anEmptyDocumentIsAnError() throws {
        #expect(throws: RenderError.self) { try engine.renderPDF(Document()) }
    }

    @Test func pngPagesOneFilePerRequestedPage() throws {
        let images = try engine.renderPNGs(DocumentFixtures.document, pages: [2, 0])
        #expect(images.count == 2)
        #expect(images.map(PNGSize.of) == [PNGSize(width: 960, height: 720), PNGSize(width: 1280, height: 720)])
        #expect(throws: RenderError.self) { try engine.renderPNGs(DocumentFixtures.document, pages: [3]) }
        #expect(try engine.renderPNGs(DocumentFixtures.document).count == 3)
    }
}

/// Width and height from a PNG's IHDR chunk.
struct PNGSize: Equatable {
    var width: Int
    var height: Int

    static func of(_ bytes: [UInt8]) -> PNGSize {
        func word(_ at: Int) -> Int { bytes[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) } }
        return bytes.count >= 24 ? PNGSize(width: word(16), height: word(20)) : PNGSize(width: 0, height: 0)
    }
}
