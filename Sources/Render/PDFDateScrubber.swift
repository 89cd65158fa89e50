/// Makes the dates Cairo writes into a PDF's document information reproducible.
///
/// Cairo 1.16 stamps `/CreationDate` with the local wall clock, whose text length even depends on
/// the time zone, and when given a date it drops the required `D:` prefix. So the backend gives
/// Cairo the fixed `placeholder` for both dates, and the entries are rewritten in place: with an
/// epoch, to that instant in UTC; without one, to spaces. The replacement has exactly the
/// original length, so the dictionary stays valid and every cross-reference offset stays true.
enum PDFDateScrubber {
    static let keys = ["/CreationDate", "/ModDate"]
    /// What Cairo is told; it writes `(20000101000000+00'00)`, long enough for any `D:...Z` date.
    static let placeholder = "2000-01-01T00:00:00+00:00"

    /// The PDF with each date entry set to `date` (PDF form, e.g. `D:20210101000000Z`) or,
    /// when nil or too long to fit, blanked out.
    static func rewriteDates(in pdf: [UInt8], date: String?) -> [UInt8] {
        var bytes = pdf
        for key in keys {
            let keyBytes = Array(key.utf8)
            var searchFrom = 0
            while let start = find(keyBytes, in: bytes, from: searchFrom) {
                guard let end = entryEnd(in: bytes, after: start + keyBytes.count) else {
                    searchFrom = start + keyBytes.count  // e.g. the key's text inside a title string
                    continue
                }
                var replacement = date.map { Array("\(key) (\($0))".utf8) } ?? []
                if replacement.count > end - start { replacement = [] }
                replacement += Array(repeating: 0x20, count: end - start - replacement.count)
                bytes.replaceSubrange(start..<end, with: replacement)
                searchFrom = end
            }
        }
        return bytes
    }

    /// `D:YYYYMMDDhhmmssZ` for seconds since 1970 (UTC).
    static func pdfDate(_ epoch: Int) -> String {
        let iso = PDFBackend.isoDate(epoch)  // YYYY-MM-DDThh:mm:ssZ
        return "D:" + iso.filter { $0.isNumber } + "Z"
    }

    /// The index just past the `(2000...)` or `(D:2000...)` date string that follows the key
    /// (spaces allowed before it).
    static func entryEnd(in bytes: [UInt8], after index: Int) -> Int? {
        var i = index
        while i < bytes.count, bytes[i] == 0x20 { i += 1 }
        guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "("),
              bytes[i + 1] == UInt8(ascii: "D") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i + 1])
        else { return nil }
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
