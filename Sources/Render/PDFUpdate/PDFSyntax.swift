/// Just enough PDF token scanning to read and edit the dictionaries Cairo writes: numbers,
/// top-level dictionary keys (skipping strings, comments and nested dictionaries), references.
enum PDFSyntax {
    /// Bytes as text, one character per byte (Latin-1), so text offsets equal byte offsets.
    static func text(_ bytes: ArraySlice<UInt8>) -> String {
        // ASCII (nearly every dictionary) decodes the same either way, and UTF-8 is much faster.
        if bytes.allSatisfy({ $0 < 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
        return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
    }

    /// Text back to bytes; every character must be Latin-1 (callers only add ASCII).
    static func bytes(_ text: String) -> [UInt8] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return Array(text.utf8) }
        return text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
    }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C || byte == 0x00
    }

    static func isDelimiter(_ byte: UInt8) -> Bool {
        isWhitespace(byte) || delimiters.contains(byte)
    }

    private static let delimiters: [UInt8] = Array("()<>[]{}/%".utf8)

    static func skipWhitespace(in bytes: [UInt8], from index: Int) -> Int {
        var i = index
        while i < bytes.count, isWhitespace(bytes[i]) { i += 1 }
        return i
    }

    static func matches(_ word: String, in bytes: [UInt8], at index: Int) -> Bool {
        matches(Array(word.utf8), in: bytes, at: index)
    }

    static func matches(_ needle: [UInt8], in bytes: [UInt8], at index: Int) -> Bool {
        guard index >= 0, index + needle.count <= bytes.count else { return false }
        for (offset, byte) in needle.enumerated() where bytes[index + offset] != byte { return false }
        return true
    }

    /// The dictionary delimiters, made once (the scanners test them at every byte).
    private static let open: [UInt8] = Array("<<".utf8)
    private static let close: [UInt8] = Array(">>".utf8)

    /// A non-negative integer after optional whitespace, and the index just past it.
    static func integer(in bytes: [UInt8], from index: Int) -> (value: Int, end: Int)? {
        var i = skipWhitespace(in: bytes, from: index)
        var value = 0, digits = 0
        while i < bytes.count, (0x30...0x39).contains(bytes[i]), digits < 18 {
            value = value * 10 + Int(bytes[i] - 0x30)
            digits += 1
            i += 1
        }
        return digits > 0 ? (value, i) : nil
    }

    static func firstIndex(of word: String, in bytes: [UInt8], from start: Int) -> Int? {
        let needle = Array(word.utf8)
        guard let first = needle.first, bytes.count >= needle.count else { return nil }
        var i = max(0, start)
        while i <= bytes.count - needle.count {
            if bytes[i] == first, bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    static func lastIndex(of word: String, in bytes: [UInt8]) -> Int? {
        let needle = Array(word.utf8)
        guard let first = needle.first, bytes.count >= needle.count else { return nil }
        var i = bytes.count - needle.count
        while i >= 0 {
            if bytes[i] == first, bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i -= 1
        }
        return nil
    }

    /// The range of the `<< … >>` dictionary that starts at or after `index` (after whitespace).
    static func dictionary(in bytes: [UInt8], from index: Int) -> Range<Int>? {
        let start = skipWhitespace(in: bytes, from: index)
        guard matches("<<", in: bytes, at: start) else { return nil }
        var depth = 0
        var i = start
        while i < bytes.count {
            if let skipped = skipOpaque(bytes, at: i) { i = skipped; continue }
            if matches(open, in: bytes, at: i) { depth += 1; i += 2; continue }
            if matches(close, in: bytes, at: i) {
                depth -= 1
                i += 2
                if depth == 0 { return start..<i }
                continue
            }
            i += 1
        }
        return nil
    }

    /// Past a literal string `( … )`, a hex string `< … >` or a comment starting at `index`.
    private static func skipOpaque(_ bytes: [UInt8], at index: Int) -> Int? {
        switch bytes[index] {
        case UInt8(ascii: "("):
            var depth = 0, i = index
            while i < bytes.count {
                switch bytes[i] {
                case UInt8(ascii: "\\"): i += 1
                case UInt8(ascii: "("): depth += 1
                case UInt8(ascii: ")"):
                    depth -= 1
                    if depth == 0 { return i + 1 }
                default: break
                }
                i += 1
            }
            return bytes.count
        case UInt8(ascii: "<") where index + 1 < bytes.count && bytes[index + 1] != UInt8(ascii: "<"):
            var i = index + 1
            while i < bytes.count, bytes[i] != UInt8(ascii: ">") { i += 1 }
            return min(bytes.count, i + 1)
        case UInt8(ascii: "%"):
            var i = index
            while i < bytes.count, bytes[i] != 0x0A, bytes[i] != 0x0D { i += 1 }
            return i
        default:
            return nil
        }
    }

    /// Where the value of `key` starts and ends in a dictionary's text, looking at its
    /// own keys only (not those of nested dictionaries).
    static func valueRange(of key: String, in dictionary: String) -> Range<Int>? {
        let bytes = bytes(dictionary)
        let keyBytes = Array(key.utf8)
        var depth = 0, i = 0
        while i < bytes.count {
            if let skipped = skipOpaque(bytes, at: i) { i = skipped; continue }
            if matches(open, in: bytes, at: i) { depth += 1; i += 2; continue }
            if matches(close, in: bytes, at: i) { depth -= 1; i += 2; continue }
            if depth == 1, bytes[i] == UInt8(ascii: "/"), matches(keyBytes, in: bytes, at: i),
               i + keyBytes.count >= bytes.count || isDelimiter(bytes[i + keyBytes.count]) {
                let start = skipWhitespace(in: bytes, from: i + keyBytes.count)
                return start..<valueEnd(bytes, from: start)
            }
            i += 1
        }
        return nil
    }

    /// The end of the value that starts at `start`: an array, dictionary, string, reference,
    /// or a single token.
    private static func valueEnd(_ bytes: [UInt8], from start: Int) -> Int {
        guard start < bytes.count else { return start }
        if bytes[start] == UInt8(ascii: "[") {
            var depth = 0, i = start
            while i < bytes.count {
                if let skipped = skipOpaque(bytes, at: i) { i = skipped; continue }
                if bytes[i] == UInt8(ascii: "[") { depth += 1 }
                if bytes[i] == UInt8(ascii: "]") {
                    depth -= 1
                    if depth == 0 { return i + 1 }
                }
                i += 1
            }
            return bytes.count
        }
        if matches("<<", in: bytes, at: start) { return dictionary(in: bytes, from: start)?.upperBound ?? bytes.count }
        if let skipped = skipOpaque(bytes, at: start) { return skipped }
        var i = start + (bytes[start] == UInt8(ascii: "/") ? 1 : 0)
        while i < bytes.count, !isDelimiter(bytes[i]) { i += 1 }
        // `N G R` is one value.
        if bytes[start..<i].allSatisfy({ (0x30...0x39).contains($0) }), let generation = integer(in: bytes, from: i),
           case let after = skipWhitespace(in: bytes, from: generation.end), after < bytes.count,
           bytes[after] == UInt8(ascii: "R"), after + 1 == bytes.count || isDelimiter(bytes[after + 1]) {
            return after + 1
        }
        return i
    }

    static func value(of key: String, in dictionary: String) -> String? {
        valueRange(of: key, in: dictionary).map { text(bytes(dictionary)[$0]) }
    }

    static func integerValue(of key: String, in dictionary: String) -> Int? {
        value(of: key, in: dictionary).flatMap { integer(in: bytes($0), from: 0)?.value }
    }

    /// The object number of a `N G R` value.
    static func reference(of key: String, in dictionary: String) -> Int? {
        value(of: key, in: dictionary).flatMap { references(in: $0).first }
    }

    /// The object numbers of every `N G R` in `text`, in order.
    static func references(in text: String) -> [Int] {
        let words = text.split(whereSeparator: { " \n\r\t[]<>".contains($0) })
        var result: [Int] = []
        var i = 0
        while i + 2 < words.count {
            if words[i + 2] == "R", let number = Int(words[i]), Int(words[i + 1]) != nil {
                result.append(number)
                i += 3
            } else {
                i += 1
            }
        }
        return result
    }
}
