import Foundation
@testable import Render
import Testing

/// The incremental-update appender on small hand-written PDFs: each way a page can list its
/// annotations, tricky dictionary text, and files it must refuse.
@Suite struct PDFIncrementalUpdateTests {
    /// A PDF from object bodies (object 1 is the catalog, 2 the page tree), with a correct
    /// cross-reference table, except that each `misplaced` object's entry gives another's offset.
    static func pdf(_ bodies: [String], misplaced: [Int: Int] = [:]) -> [UInt8] {
        var out = Array("%PDF-1.5\n".utf8)
        var offsets: [Int] = []
        for (index, body) in bodies.enumerated() {
            offsets.append(out.count)
            out += Array("\(index + 1) 0 obj\n\(body)\nendobj\n".utf8)
        }
        let xref = out.count
        var table = "xref\n0 \(bodies.count + 1)\n0000000000 65535 f \n"
        for (index, offset) in offsets.enumerated() {
            let digits = String(misplaced[index + 1].map { offsets[$0 - 1] } ?? offset)
            table += String(repeating: "0", count: 10 - digits.count) + digits + " 00000 n \n"
        }
        out += Array((table + "trailer\n<< /Size \(bodies.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n").utf8)
        return out
    }

    static let catalog = "<< /Type /Catalog /Pages 2 0 R >>"

    static func pages(_ kids: [Int]) -> String {
        "<< /Type /Pages /Kids [ \(kids.map { "\($0) 0 R" }.joined(separator: " ")) ] /Count \(kids.count) >>"
    }

    static func page(_ extra: String = "") -> String {
        "<< /Type /Page % a comment with >> and /Annots in it\n /Parent 2 0 R /MediaBox [ 0 0 200 100 ]"
            + " /Group << /S /Transparency >> \(extra)\n>>"
    }

    static func note(_ page: Int, _ text: String = "hi") -> PDFIncrementalUpdate.TextNote {
        PDFIncrementalUpdate.TextNote(pageIndex: page, text: text, rect: [1, 2, 3.5, 4])
    }

    func check(_ bytes: [UInt8]) {
        let path = write(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        guard let result = DocumentFixtures.run("qpdf", ["--check", path]) else { return }
        #expect(result.status == 0, "\(result.stdout) \(result.stderr)")
    }

    func write(_ bytes: [UInt8]) -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("update-\(UUID().uuidString).pdf").path
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    @Test func aPageWithoutAnnotsGetsAnArray() throws {
        let original = Self.pdf([Self.catalog, Self.pages([3]), Self.page()])
        let updated = try PDFIncrementalUpdate.apply(.init(notes: [Self.note(0, "a (b) \\ c")]), to: original)
        #expect(Array(updated.prefix(original.count)) == original, "the original bytes must stay as they are")
        let read = try PDFRead(bytes: updated)
        #expect(read.notes(onPage: 0) == ["a (b) \\ c"])
        #expect(read.text.contains("/Rect [ 1 2 3.5 4 ]"))
        let startxref = try #require(PDFSyntax.lastIndex(of: "startxref", in: original))
        let previous = try #require(PDFSyntax.integer(in: original, from: startxref + 9)).value
        #expect(read.table.trailer.contains("/Prev \(previous)"))
        #expect(read.table.trailer.contains("/Size 5"))
        check(updated)
    }

    @Test func anInlineArrayIsExtended() throws {
        let original = Self.pdf([Self.catalog, Self.pages([3, 4]), Self.page(), Self.page("/Annots [ 5 0 R ]"),
                                 "<< /Type /Annot /Subtype /Link /Rect [ 0 0 1 1 ] >>"])
        let updated = try PDFIncrementalUpdate.apply(.init(notes: [Self.note(1), Self.note(1, "second")]), to: original)
        let read = try PDFRead(bytes: updated)
        #expect(read.annotationCount(onPage: 1) == 3)
        #expect(read.notes(onPage: 1) == ["hi", "second"])
        #expect(read.notes(onPage: 0) == [])
        check(updated)
    }

    @Test func anIndirectArrayGetsANewRevision() throws {
        let original = Self.pdf([Self.catalog, Self.pages([3]), Self.page("/Annots 4 0 R"), "[ 5 0 R ]",
                                 "<< /Type /Annot /Subtype /Link /Rect [ 0 0 1 1 ] >>"])
        let updated = try PDFIncrementalUpdate.apply(.init(notes: [Self.note(0, "Ünïcödé")]), to: original)
        let read = try PDFRead(bytes: updated)
        #expect(read.annotationCount(onPage: 0) == 2)
        #expect(read.notes(onPage: 0) == ["Ünïcödé"])
        #expect(read.table.body(of: 3)?.contains("/Annots 4 0 R") == true, "the page itself is unchanged")
        check(updated)
    }

    @Test func nestedPageTreesAreWalkedInOrder() throws {
        let original = Self.pdf([Self.catalog, Self.pages([4, 3]), Self.page(),
                                 "<< /Type /Pages /Kids [ 5 0 R ] /Count 1 /Parent 2 0 R >>", Self.page()])
        let updated = try PDFIncrementalUpdate.apply(.init(notes: [Self.note(0, "first")]), to: original)
        let read = try PDFRead(bytes: updated)
        #expect(read.table.pageObjects() == [5, 3])
        #expect(read.notes(onPage: 0) == ["first"])
    }

    @Test func languageAndDestinationsGoIntoTheCatalog() throws {
        let original = Self.pdf(["<< /Type /Catalog /Pages 2 0 R /Lang (xx) >>", Self.pages([3]), Self.page()])
        let destinations = [PDFIncrementalUpdate.Destination(name: "zeta", pageIndex: 0, y: 10),
                            PDFIncrementalUpdate.Destination(name: "Alpha", pageIndex: 0, y: 90.25),
                            PDFIncrementalUpdate.Destination(name: "zeta", pageIndex: 0, y: 50)]
        let updated = try PDFIncrementalUpdate.apply(.init(destinations: destinations, language: "de-CH"), to: original)
        let catalog = try PDFRead(bytes: updated).catalog
        #expect(catalog.contains("/Lang (de-CH)"))
        #expect(!catalog.contains("(xx)"))
        // Keys sorted by bytes (upper case first); the first "zeta" wins.
        #expect(catalog.contains("/Names [ (Alpha) [ 3 0 R /XYZ 0 90.25 null ] (zeta) [ 3 0 R /XYZ 0 10 null ] ]"))
        check(updated)
        let path = write(updated)
        defer { try? FileManager.default.removeItem(atPath: path) }
        if let dests = DocumentFixtures.run("pdfinfo", ["-dests", path]) {
            #expect(dests.stdout.contains("\"Alpha\""))
        }
    }

    @Test func nothingToAddLeavesTheBytes() throws {
        let original = Self.pdf([Self.catalog, Self.pages([3]), Self.page()])
        #expect(try PDFIncrementalUpdate.apply(.init(notes: [Self.note(0, "")]), to: original) == original)
    }

    @Test func entriesPointingAtTheWrongObjectAreRepaired() throws {
        // Object 4's entry points at object 3, as Cairo 1.16 does for objects it never writes.
        let original = Self.pdf([Self.catalog, Self.pages([3]), Self.page(), "[ 4 0 R ]"], misplaced: [4: 3])
        let updated = try PDFIncrementalUpdate.apply(.init(), to: original)
        #expect(Blob(updated).bytes.count > original.count)
        let read = try PDFRead(bytes: updated)
        #expect(read.table.body(of: 4) == " null ")
        check(updated)
    }

    @Test func unreadableFilesAreRefused() {
        #expect(throws: PDFIncrementalUpdate.Failure.self) {
            try PDFIncrementalUpdate.apply(.init(language: "en"), to: Array("%PDF-1.5\nnot really\n".utf8))
        }
        #expect(throws: PDFIncrementalUpdate.Failure.self) {
            try PDFIncrementalUpdate.apply(.init(notes: [Self.note(3)]),
                                           to: Self.pdf([Self.catalog, Self.pages([3]), Self.page()]))
        }
    }

    @Test func damagedFilesNeverCrash() throws {
        let original = Self.pdf([Self.catalog, Self.pages([3]), Self.page("/Annots [ 4 0 R ]"), "[ ]"])
        let additions = PDFIncrementalUpdate.Additions(notes: [Self.note(0)], language: "en")
        var survived = 0
        for cut in stride(from: 0, to: original.count, by: 7) {
            if (try? PDFIncrementalUpdate.apply(additions, to: Array(original.prefix(cut)))) != nil { survived += 1 }
        }
        for position in stride(from: 0, to: original.count, by: 3) {
            for replacement in Array("0 9<>[]()/%\n".utf8) {
                var damaged = original
                damaged[position] = replacement
                _ = try? PDFIncrementalUpdate.apply(additions, to: damaged)
            }
        }
        // A trailer claiming an absurd size must not make the repair loop run forever.
        let huge = PDFSyntax.bytes(PDFSyntax.text(original[...]).replacingOccurrences(of: "/Size 5", with: "/Size 999999999999999"))
        #expect(throws: Never.self) { _ = try? PDFIncrementalUpdate.apply(additions, to: huge) }
        #expect(survived < original.count / 7, "truncated files are refused")
    }

    @Test func textStringsAreLiteralOrUTF16() {
        #expect(PDFTextString.encode("a(b)\\c\nd") == "(a\\(b\\)\\\\c\\nd)")
        #expect(PDFTextString.encode("é") == "<FEFF00E9>")
        #expect(PDFTextString.encode("😀") == "<FEFFD83DDE00>")
        #expect(PDFNumber.text(-0.0004) == "0")
        #expect(PDFNumber.text(12.5) == "12.5")
        #expect(PDFNumber.text(-3.14159) == "-3.142")
    }
}
