/// Adds what Cairo 1.16 cannot write to a finished PDF as an incremental update (PDF 1.7
/// §7.5.6): the original bytes stay as they are; after them come new objects, new revisions
/// of the objects that change, a cross-reference section for those only, and a trailer
/// whose `/Prev` points at the original one.
///
/// What it adds: speaker notes as text annotations (`/Subtype /Text`, listed in the page's
/// `/Annots`), named destinations (the catalog's `/Names /Dests` tree, which `#name` links
/// point into), the document language (`/Lang`) and `/DisplayDocTitle`. It also repairs a
/// Cairo 1.16 fault: with link tags, Cairo lists objects it never writes (a cross-reference
/// entry pointing at another object); those get a `null` revision, so strict readers such as
/// qpdf accept the file.
enum PDFIncrementalUpdate {
    /// A note on one page, shown as a note icon in `rect` (PDF points, origin bottom left).
    struct TextNote: Equatable {
        var pageIndex: Int
        var text: String
        var rect: [Double]
    }

    /// A named place: page and height above the page's bottom edge, in points.
    struct Destination: Equatable {
        /// The name exactly as links spell it (`Canvas.destinationName`).
        var name: String
        var pageIndex: Int
        var y: Double
    }

    /// Everything to add.
    struct Additions: Equatable {
        var notes: [TextNote] = []
        var destinations: [Destination] = []
        var language: String?
        /// Viewers show the document title, not the file name, in their title bar.
        var displaysTitle = false
    }

    enum Failure: Error, Equatable {
        /// The file's structure could not be read (no classic xref table, no catalog, …).
        case unreadable(String)
    }

    /// The PDF with the additions (and repairs); the same bytes when there is nothing to do.
    static func apply(_ additions: Additions, to pdf: [UInt8]) throws(Failure) -> [UInt8] {
        guard let table = PDFObjectTable(pdf) else { throw .unreadable("no cross-reference table") }
        var writer = PDFUpdateWriter(table: table)
        repairMissingObjects(table: table, writer: &writer)
        let pages = table.pageObjects()
        let notes = additions.notes.filter { !$0.text.isEmpty }
        if !notes.isEmpty { try addNotes(notes, pages: pages, writer: &writer) }
        var catalogEntries: [(key: String, value: String)] = []
        if let language = additions.language, !language.isEmpty {
            catalogEntries.append(("/Lang", PDFTextString.encode(language)))
        }
        if additions.displaysTitle {
            catalogEntries.append(("/ViewerPreferences", "<< /DisplayDocTitle true >>"))
        }
        if let tree = try destinationTree(additions.destinations, pages: pages) {
            catalogEntries.append(("/Names", "<< /Dests << /Names [ \(tree) ] >> >>"))
        }
        if !catalogEntries.isEmpty { try revise(catalogEntries, ofCatalogIn: table, writer: &writer) }
        return writer.isEmpty ? pdf : writer.finish()
    }

    /// Null revisions of listed objects whose entry does not lead to them.
    private static func repairMissingObjects(table: PDFObjectTable, writer: inout PDFUpdateWriter) {
        for number in table.inUseNumbers where table.bodyStart(of: number) == nil {
            writer.revise(number, body: " null ")
        }
    }

    private static func addNotes(_ notes: [TextNote], pages: [Int], writer: inout PDFUpdateWriter) throws(Failure) {
        var byPage: [[Int]] = Array(repeating: [], count: pages.count)
        for note in notes {
            guard pages.indices.contains(note.pageIndex) else { throw .unreadable("no page \(note.pageIndex + 1)") }
            let rect = note.rect.map(PDFNumber.text).joined(separator: " ")
            let number = writer.add("<< /Type /Annot /Subtype /Text /P \(pages[note.pageIndex]) 0 R /Rect [ \(rect) ]"
                + " /Contents \(PDFTextString.encode(note.text)) /T (Speaker notes) /Name /Comment"
                + " /Open false /F 24 >>")
            byPage[note.pageIndex].append(number)
        }
        for (index, annotations) in byPage.enumerated() where !annotations.isEmpty {
            try listAnnotations(annotations, onPage: pages[index], writer: &writer)
        }
    }

    /// Appends references to the page's `/Annots`: a new revision of the page, or of the
    /// array object when the page refers to one.
    private static func listAnnotations(_ annotations: [Int], onPage page: Int,
                                        writer: inout PDFUpdateWriter) throws(Failure) {
        guard let body = writer.body(of: page) else { throw .unreadable("page object \(page)") }
        let references = annotations.map { "\($0) 0 R" }.joined(separator: " ")
        guard let range = PDFSyntax.valueRange(of: "/Annots", in: body), let value = PDFSyntax.value(of: "/Annots", in: body)
        else {
            writer.revise(page, body: try inserting("/Annots [ \(references) ]", intoDictionary: body))
            return
        }
        if value.hasPrefix("[") {
            writer.revise(page, body: replacing(range, in: body, with: String(value.dropLast()) + " \(references) ]"))
        } else if let array = PDFSyntax.references(in: value).first, let arrayBody = writer.body(of: array),
                  let close = arrayBody.lastIndex(of: "]") {
            writer.revise(array, body: String(arrayBody[..<close]) + " \(references) " + String(arrayBody[close...]))
        } else {
            throw .unreadable("/Annots of page object \(page)")
        }
    }

    /// The `/Names` array of a destination name tree: keys in byte order, first of a name wins.
    private static func destinationTree(_ destinations: [Destination], pages: [Int]) throws(Failure) -> String? {
        var seen: Set<String> = []
        var unique: [Destination] = []
        for destination in destinations where !seen.contains(destination.name) {
            guard pages.indices.contains(destination.pageIndex) else {
                throw .unreadable("no page \(destination.pageIndex + 1)")
            }
            seen.insert(destination.name)
            unique.append(destination)
        }
        guard !unique.isEmpty else { return nil }
        unique.sort { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
        return unique.map {
            "\(PDFTextString.encode($0.name)) [ \(pages[$0.pageIndex]) 0 R /XYZ 0 \(PDFNumber.text($0.y)) null ]"
        }.joined(separator: " ")
    }

    /// A new catalog revision with the entries set (replacing any the catalog has).
    private static func revise(_ entries: [(key: String, value: String)], ofCatalogIn table: PDFObjectTable,
                               writer: inout PDFUpdateWriter) throws(Failure) {
        guard let root = table.trailerReference("/Root"), var catalog = writer.body(of: root) else {
            throw .unreadable("no catalog")
        }
        for entry in entries {
            if let range = PDFSyntax.valueRange(of: entry.key, in: catalog) {
                catalog = replacing(range, in: catalog, with: entry.value)
            } else {
                catalog = try inserting("\(entry.key) \(entry.value)", intoDictionary: catalog)
            }
        }
        writer.revise(root, body: catalog)
    }

    /// The body with `entry` added as the dictionary's last entry (on a line of its own, so
    /// a comment on the line before cannot swallow it).
    static func inserting(_ entry: String, intoDictionary body: String) throws(Failure) -> String {
        guard let close = PDFSyntax.dictionary(in: PDFSyntax.bytes(body), from: 0)?.upperBound else {
            throw .unreadable("not a dictionary")
        }
        let scalars = Array(body.unicodeScalars)
        return String(String.UnicodeScalarView(scalars[..<(close - 2)])) + "\n   " + entry + "\n"
            + String(String.UnicodeScalarView(scalars[(close - 2)...]))
    }

    private static func replacing(_ range: Range<Int>, in text: String, with value: String) -> String {
        let scalars = Array(text.unicodeScalars)
        return String(String.UnicodeScalarView(scalars[..<range.lowerBound])) + value
            + String(String.UnicodeScalarView(scalars[range.upperBound...]))
    }
}
