import Diagnostics

/// The lexer's state: a position in the UTF-8 bytes and the small scanning steps the
/// parser is built from. Every step is O(bytes consumed), so parsing stays linear.
struct ByteCursor {
    let bytes: [UInt8]
    var offset: Int

    init(bytes: [UInt8], offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    var isAtEnd: Bool { offset >= bytes.count }

    /// The byte `ahead` positions on, or 0 past the end.
    func peek(_ ahead: Int = 0) -> UInt8 {
        let index = offset + ahead
        return index < bytes.count ? bytes[index] : 0
    }

    func text(_ start: Int, _ end: Int) -> String {
        let low = max(0, min(start, bytes.count))
        let high = max(low, min(end, bytes.count))
        return String(decoding: bytes[low..<high], as: UTF8.self)
    }

    func range(from start: Int) -> SourceRange { SourceRange(start: start, end: offset) }

    /// The range of the whole character (Unicode scalar) starting at `start`, for messages.
    func characterRange(at start: Int) -> SourceRange {
        var end = min(start + 1, bytes.count)
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return SourceRange(start: start, end: end)
    }

    /// Whether the bytes at the cursor spell `literal` (ASCII, case-sensitive).
    func matches(_ literal: String) -> Bool {
        var index = offset
        for byte in literal.utf8 {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
        }
        return true
    }

    /// Skips spaces and tabs (not line breaks).
    mutating func skipBlanks() {
        while offset < bytes.count, bytes[offset] == .space || bytes[offset] == .tab || bytes[offset] == .carriageReturn {
            offset += 1
        }
    }

    /// Skips blanks and a trailing `%%` comment (not an `%%{` directive).
    mutating func skipBlanksAndComment() {
        skipBlanks()
        if peek() == .percent, peek(1) == .percent, peek(2) != .openBrace {
            skipToLineEnd()
        }
    }

    /// Moves to the next line break (not past it).
    mutating func skipToLineEnd() {
        while offset < bytes.count, bytes[offset] != .newline { offset += 1 }
    }

    /// Whether the cursor is at a statement end: `;`, a line break, a comment or the end.
    var isAtStatementEnd: Bool {
        let byte = peek()
        return isAtEnd || byte == .newline || byte == .semicolon
            || (byte == .percent && peek(1) == .percent)
    }

    /// Scans a node id: letters (any script), digits, `_`, `-`/`.` where they cannot
    /// start a link, and after the first character the punctuation Mermaid allows (`! $ * + ? # ' / \\`). Returns nil when no id starts here.
    mutating func scanNodeID() -> Identifier? {
        let start = offset
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte.isIDByte {
                offset += 1
            } else if byte == .dash, peek(1).isIDByte {
                offset += 1
            } else if byte == .dot, offset > start, peek(1).isIDByte {
                offset += 1
            } else if byte.isIDPunctuation, offset > start {
                offset += 1
            } else {
                break
            }
        }
        return offset > start ? Identifier(text(start, offset), range: range(from: start)) : nil
    }

    /// Scans a plain word (letters, digits, `_`, `-`), e.g. a keyword or class name.
    mutating func scanWord() -> Identifier? {
        let start = offset
        while offset < bytes.count, bytes[offset].isIDByte || bytes[offset] == .dash {
            offset += 1
        }
        return offset > start ? Identifier(text(start, offset), range: range(from: start)) : nil
    }

    /// The keyword at the cursor if it is followed by a blank, a statement end or EOF.
    func keyword() -> String? {
        var index = offset
        while index < bytes.count, bytes[index].isASCIILetter { index += 1 }
        guard index > offset else { return nil }
        let next = index < bytes.count ? bytes[index] : UInt8.newline
        guard next == .space || next == .tab || next == .newline || next == .semicolon
                || next == .carriageReturn || next == .colon || next == .openBrace else { return nil }
        return text(offset, index)
    }

    /// Moves past the current statement: to the next `;` or line break (not past it).
    mutating func skipStatement() {
        var inQuote = false
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == .newline { return }
            if byte == .quote { inQuote.toggle() }
            if byte == .semicolon, !inQuote { return }
            offset += 1
        }
    }
}

extension UInt8 {
    static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t"), newline = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r"), semicolon = UInt8(ascii: ";"), colon = UInt8(ascii: ":")
    static let percent = UInt8(ascii: "%"), dash = UInt8(ascii: "-"), dot = UInt8(ascii: ".")
    static let equals = UInt8(ascii: "="), tilde = UInt8(ascii: "~"), less = UInt8(ascii: "<")
    static let greater = UInt8(ascii: ">"), pipe = UInt8(ascii: "|"), quote = UInt8(ascii: "\"")
    static let singleQuote = UInt8(ascii: "'"), backtick = UInt8(ascii: "`"), ampersand = UInt8(ascii: "&")
    static let at = UInt8(ascii: "@"), comma = UInt8(ascii: ","), slash = UInt8(ascii: "/")
    static let backslash = UInt8(ascii: "\\"), underscore = UInt8(ascii: "_")
    static let openBracket = UInt8(ascii: "["), closeBracket = UInt8(ascii: "]")
    static let openParen = UInt8(ascii: "("), closeParen = UInt8(ascii: ")")
    static let openBrace = UInt8(ascii: "{"), closeBrace = UInt8(ascii: "}")
    static let lowerX = UInt8(ascii: "x"), lowerO = UInt8(ascii: "o")

    var isASCIILetter: Bool { (self | 0x20) >= UInt8(ascii: "a") && (self | 0x20) <= UInt8(ascii: "z") }
    var isDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
    /// Bytes that may appear anywhere in an id: ASCII letters, digits, `_`, and any
    /// non-ASCII byte (letters of other scripts).
    var isIDByte: Bool { isASCIILetter || isDigit || self == .underscore || self >= 0x80 }
    /// Punctuation Mermaid's lexer keeps inside an id (`a!`, `cost$`, `x+y`, `path/to`).
    var isIDPunctuation: Bool {
        self == UInt8(ascii: "!") || self == UInt8(ascii: "$") || self == UInt8(ascii: "*") || self == UInt8(ascii: "+")
            || self == UInt8(ascii: "?") || self == UInt8(ascii: "#") || self == .singleQuote || self == .slash
            || self == .backslash
    }
    var isBlank: Bool { self == .space || self == .tab || self == .carriageReturn }
}
