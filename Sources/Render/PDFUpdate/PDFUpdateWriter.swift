/// Collects the new and revised objects of an incremental update and writes them after the
/// original bytes, with a cross-reference section for those objects only and a trailer
/// whose `/Prev` points at the original cross-reference section.
struct PDFUpdateWriter {
    let table: PDFObjectTable
    private(set) var nextNumber: Int
    /// Object bodies (the text between `N 0 obj` and `endobj`), new and revised alike.
    private(set) var bodies: [Int: String] = [:]

    init(table: PDFObjectTable) {
        self.table = table
        nextNumber = table.size
    }

    var isEmpty: Bool { bodies.isEmpty }

    /// The object's newest body: revised here, else the original.
    func body(of number: Int) -> String? {
        bodies[number] ?? table.body(of: number)
    }

    /// A new object; returns its number.
    mutating func add(_ body: String) -> Int {
        let number = nextNumber
        nextNumber += 1
        bodies[number] = "\n" + body + "\n"
        return number
    }

    mutating func revise(_ number: Int, body: String) {
        bodies[number] = body
    }

    func finish() -> [UInt8] {
        var out = table.bytes
        if out.last != 0x0A { out.append(0x0A) }
        var offsets: [(number: Int, offset: Int)] = []
        for number in bodies.keys.sorted() {
            offsets.append((number, out.count))
            out += PDFSyntax.bytes("\(number) 0 obj" + (bodies[number] ?? "") + "endobj\n")
        }
        let xrefOffset = out.count
        var xref = "xref\n"
        var index = 0
        while index < offsets.count {
            var end = index
            while end + 1 < offsets.count, offsets[end + 1].number == offsets[end].number + 1 { end += 1 }
            xref += "\(offsets[index].number) \(end - index + 1)\n"
            for entry in offsets[index...end] {
                let digits = String(entry.offset)
                // Exactly 20 bytes per entry.
                xref += String(repeating: "0", count: max(0, 10 - digits.count)) + digits + " 00000 n\r\n"
            }
            index = end + 1
        }
        var trailer = "<< /Size \(nextNumber)"
        for key in ["/Root", "/Info"] {
            if let number = table.trailerReference(key) { trailer += " \(key) \(number) 0 R" }
        }
        if let id = PDFSyntax.value(of: "/ID", in: table.trailer) { trailer += " /ID \(id)" }
        trailer += " /Prev \(table.startXref) >>"
        out += PDFSyntax.bytes(xref + "trailer\n" + trailer + "\nstartxref\n\(xrefOffset)\n%%EOF\n")
        return out
    }
}
