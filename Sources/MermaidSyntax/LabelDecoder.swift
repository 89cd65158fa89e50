/// Turns label text as written into display text: `<br>` variants become line breaks and
/// Mermaid entity codes (`#quot;`, `#35;`, `#9829;`, `#x2665;`) become characters.
enum LabelDecoder {
    static func decode(_ raw: String) -> String {
        var bytes = Array(raw.utf8)
        guard bytes.contains(.less) || bytes.contains(UInt8(ascii: "#")) || bytes.contains(.ampersand) else {
            return raw
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if let end = lineBreakEnd(bytes, at: index) {
                out.append(.newline)
                index = end
            } else if let (scalar, end) = entity(bytes, at: index) {
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
                index = end
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        bytes = out
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Line breaks written in the source (with the indentation around them) become one
    /// space, as HTML labels show them; only `<br>` makes a line break.
    static func joiningLines(_ raw: String) -> String {
        guard raw.utf8.contains(.newline) else { return raw }
        let lines = raw.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.enumerated().map { index, line in
            var text = Substring(line)
            if index > 0 { text = text.drop { $0 == " " || $0 == "\t" } }
            if index < lines.count - 1 {
                while let last = text.last, last == " " || last == "\t" || last == "\r" { text = text.dropLast() }
            }
            return String(text)
        }.joined(separator: " ")
    }

    /// End of `<br>`, `<br/>`, `<br />` (any case) starting at `index`.
    private static func lineBreakEnd(_ bytes: [UInt8], at index: Int) -> Int? {
        guard bytes[index] == .less, index + 3 < bytes.count,
              bytes[index + 1] | 0x20 == UInt8(ascii: "b"), bytes[index + 2] | 0x20 == UInt8(ascii: "r")
        else { return nil }
        var cursor = index + 3
        while cursor < bytes.count, bytes[cursor].isBlank { cursor += 1 }
        if cursor < bytes.count, bytes[cursor] == .slash { cursor += 1 }
        guard cursor < bytes.count, bytes[cursor] == .greater else { return nil }
        return cursor + 1
    }

    /// A `#…;` (Mermaid) or `&…;` (HTML) entity starting at `index`.
    private static func entity(_ bytes: [UInt8], at index: Int) -> (Unicode.Scalar, Int)? {
        guard bytes[index] == UInt8(ascii: "#") || bytes[index] == .ampersand else { return nil }
        var cursor = index + 1
        while cursor < bytes.count, cursor - index <= 12, bytes[cursor] != .semicolon,
              bytes[cursor].isASCIILetter || bytes[cursor].isDigit || bytes[cursor] == UInt8(ascii: "#") {
            cursor += 1
        }
        guard cursor < bytes.count, bytes[cursor] == .semicolon, cursor > index + 1 else { return nil }
        var name = String(decoding: bytes[(index + 1)..<cursor], as: UTF8.self)
        if name.hasPrefix("#") { name.removeFirst() }
        let scalar: Unicode.Scalar?
        if let first = name.first, first == "x" || first == "X", let code = UInt32(name.dropFirst(), radix: 16) {
            scalar = Unicode.Scalar(code)
        } else if let code = UInt32(name) {
            scalar = Unicode.Scalar(code)
        } else {
            scalar = namedEntities[name]
        }
        guard let scalar else { return nil }
        return (scalar, cursor + 1)
    }

    private static let namedEntities: [String: Unicode.Scalar] = [
        "quot": "\"", "amp": "&", "lt": "<", "gt": ">", "apos": "'", "nbsp": "\u{A0}",
        "hearts": "\u{2665}", "spades": "\u{2660}", "clubs": "\u{2663}", "diams": "\u{2666}",
        "copy": "\u{A9}", "reg": "\u{AE}", "trade": "\u{2122}", "deg": "\u{B0}", "plusmn": "\u{B1}",
        "times": "\u{D7}", "divide": "\u{F7}", "middot": "\u{B7}", "bull": "\u{2022}", "hellip": "\u{2026}",
        "ndash": "\u{2013}", "mdash": "\u{2014}", "lsquo": "\u{2018}", "rsquo": "\u{2019}",
        "ldquo": "\u{201C}", "rdquo": "\u{201D}", "laquo": "\u{AB}", "raquo": "\u{BB}",
        "larr": "\u{2190}", "uarr": "\u{2191}", "rarr": "\u{2192}", "darr": "\u{2193}", "harr": "\u{2194}",
        "euro": "\u{20AC}", "pound": "\u{A3}", "yen": "\u{A5}", "cent": "\u{A2}", "sect": "\u{A7}",
        "para": "\u{B6}", "infin": "\u{221E}", "ne": "\u{2260}", "le": "\u{2264}", "ge": "\u{2265}",
        "check": "\u{2713}", "alpha": "\u{3B1}", "beta": "\u{3B2}", "gamma": "\u{3B3}", "delta": "\u{3B4}",
        "lambda": "\u{3BB}", "mu": "\u{3BC}", "pi": "\u{3C0}", "sigma": "\u{3C3}", "omega": "\u{3C9}",
        "semi": ";", "num": "#", "colon": ":", "comma": ",", "lpar": "(", "rpar": ")",
        "lsqb": "[", "rsqb": "]", "lcub": "{", "rcub": "}", "vert": "|", "excl": "!",
    ]
}
