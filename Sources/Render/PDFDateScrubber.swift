/// Removes the wall-clock dates Cairo writes into a PDF's document information, so the same
/// input always gives the same bytes.
///
/// Each `/CreationDate (...)` and `/ModDate (...)` entry is overwritten with spaces of the same
/// length: the dictionary stays valid and every byte offset in the cross-reference table
/// stays true, so no rewriting of the file structure is needed.
enum PDFDateScrubber {
    static let keys = ["/CreationDate", "/ModDate"].map { Array($0.utf8) }

    static func blankDates(in pdf: [UInt8]) -> [UInt8] {
        var bytes = pdf
        for key in keys {
            var searchFrom = 0
            while let start = find(key, in: bytes, from: searchFrom) {
                guard let end = entryEnd(in: bytes, after: start + key.count) else {
                    searchFrom = start + key.count  // e.g. the key's text inside a title string
                    continue
                }
                for i in start..<end { bytes[i] = 0x20 }
                searchFrom = end
            }
        }
        return bytes
    }

    /// The index just past the `(D:...)` date string that follows the key (spaces allowed before it).
    static func entryEnd(in bytes: [UInt8], after index: Int) -> Int? {
        var i = index
        while i < bytes.count, bytes[i] == 0x20 { i += 1 }
        guard i + 2 < bytes.count, bytes[i...(i + 2)].elementsEqual("(D:".utf8) else { return nil }
        while i < bytes.count, bytes[i] != UInt8(ascii: ")") { i += 1 }
        return i < bytes.count ? i + 1 : nil
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        var i = start
        while i <= haystack.count - needle.count {
            if haystack[i] == needle[0], haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
