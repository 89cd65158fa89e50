/// The objects of a finished PDF that uses classic cross-reference tables (what Cairo writes):
/// where each object starts, the trailer's references, and the pages in order. Read-only;
/// `PDFIncrementalUpdate` uses it to revise a few objects without rewriting the file.
struct PDFObjectTable {
    let bytes: [UInt8]
    /// Byte offset of each in-use object, by object number (the newest revision wins).
    private(set) var offsets: [Int: Int] = [:]
    /// The trailer's `/Size`: one more than the highest object number.
    private(set) var size = 0
    /// The newest trailer dictionary, as text.
    private(set) var trailer = ""
    /// Offset of the newest cross-reference section (the next update's `/Prev`).
    private(set) var startXref = 0

    /// Nil when the file has no readable `startxref`, cross-reference table or trailer
    /// (e.g. it uses cross-reference streams, which Cairo 1.16 never writes).
    init?(_ bytes: [UInt8]) {
        self.bytes = bytes
        guard let marker = PDFSyntax.lastIndex(of: "startxref", in: bytes),
              let xref = PDFSyntax.integer(in: bytes, from: marker + 9)?.value else { return nil }
        startXref = xref
        var section: Int? = xref
        var visited: Set<Int> = []
        while let offset = section, !visited.contains(offset) {
            visited.insert(offset)
            guard let dictionary = readSection(at: offset) else { return nil }
            if trailer.isEmpty {
                trailer = dictionary
                guard let size = PDFSyntax.integerValue(of: "/Size", in: dictionary) else { return nil }
                self.size = size
            }
            section = PDFSyntax.integerValue(of: "/Prev", in: dictionary)
        }
    }

    /// Reads one `xref` section (keeping entries already known from newer sections) and
    /// returns its trailer dictionary.
    private mutating func readSection(at offset: Int) -> String? {
        guard offset >= 0, offset + 4 <= bytes.count, PDFSyntax.matches("xref", in: bytes, at: offset) else { return nil }
        var i = offset + 4
        while true {
            i = PDFSyntax.skipWhitespace(in: bytes, from: i)
            if PDFSyntax.matches("trailer", in: bytes, at: i) {
                return PDFSyntax.dictionary(in: bytes, from: i + 7).map { PDFSyntax.text(bytes[$0]) }
            }
            guard let first = PDFSyntax.integer(in: bytes, from: i),
                  let count = PDFSyntax.integer(in: bytes, from: first.end) else { return nil }
            i = PDFSyntax.skipWhitespace(in: bytes, from: count.end)
            for number in first.value..<(first.value + max(0, count.value)) {
                // Each entry is exactly 20 bytes: "oooooooooo ggggg n\r\n".
                guard i + 18 <= bytes.count, let entry = PDFSyntax.integer(in: bytes, from: i) else { return nil }
                if bytes[i + 17] == UInt8(ascii: "n"), offsets[number] == nil { offsets[number] = entry.value }
                if bytes[i + 17] == UInt8(ascii: "f"), offsets[number] == nil { offsets[number] = -1 }
                i += 20
            }
        }
    }

    /// The numbers of the objects in use, ascending.
    var inUseNumbers: [Int] {
        offsets.filter { $0.value >= 0 && $0.key > 0 }.keys.sorted()
    }

    /// Where object `number`'s body starts (just after `N G obj`), when its entry leads there.
    func bodyStart(of number: Int) -> Int? {
        guard let offset = offsets[number], offset >= 0, offset < bytes.count,
              let header = PDFSyntax.integer(in: bytes, from: offset), header.value == number,
              let generation = PDFSyntax.integer(in: bytes, from: header.end) else { return nil }
        let start = PDFSyntax.skipWhitespace(in: bytes, from: generation.end)
        return PDFSyntax.matches("obj", in: bytes, at: start) ? start + 3 : nil
    }

    /// The body of object `number` (what lies between `N G obj` and `endobj`), as text.
    func body(of number: Int) -> String? {
        guard let start = bodyStart(of: number),
              let end = PDFSyntax.firstIndex(of: "endobj", in: bytes, from: start) else { return nil }
        return PDFSyntax.text(bytes[start..<end])
    }

    /// The object number the trailer's `key` (`/Root`, `/Info`) refers to.
    func trailerReference(_ key: String) -> Int? {
        PDFSyntax.reference(of: key, in: trailer)
    }

    /// The page objects in document order, through the catalog's page tree.
    func pageObjects() -> [Int] {
        guard let root = trailerReference("/Root"), let catalog = body(of: root),
              let tree = PDFSyntax.reference(of: "/Pages", in: catalog) else { return [] }
        var pages: [Int] = []
        var visited: Set<Int> = []
        collectPages(tree, into: &pages, visited: &visited)
        return pages
    }

    private func collectPages(_ number: Int, into pages: inout [Int], visited: inout Set<Int>) {
        guard !visited.contains(number), let node = body(of: number) else { return }
        visited.insert(number)
        guard let kids = PDFSyntax.value(of: "/Kids", in: node) else {
            pages.append(number)
            return
        }
        for kid in PDFSyntax.references(in: kids) {
            collectPages(kid, into: &pages, visited: &visited)
        }
    }
}
