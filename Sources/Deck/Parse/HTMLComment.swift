import Diagnostics
import Native

/// An HTML comment found in a Markdown node: its trimmed text and where things are.
struct HTMLComment: Hashable, Sendable {
    /// The text between `<!--` and `-->`, trimmed.
    var content: String
    /// Deck offset of `content`'s first character.
    var contentOffset: Int
    /// The whole comment, `<!--` to `-->`.
    var range: SourceRange
    /// Whether the closing `-->` was found.
    var isClosed: Bool

    /// The comments of an `htmlBlock` / `htmlInline` literal in order, with what is left
    /// outside them (blank when the literal is only comments).
    static func scan(_ literal: String, of node: MarkdownNode, in map: DeckTextMap) -> (comments: [HTMLComment], rest: String) {
        let bytes = Array(literal.utf8)
        var comments: [HTMLComment] = []
        var rest: [UInt8] = []
        var index = 0
        while index < bytes.count {
            guard starts(bytes, "<!--", at: index) else {
                rest.append(bytes[index])
                index += 1
                continue
            }
            let open = index
            var contentStart = index + 4
            while contentStart < bytes.count, bytes[contentStart] == UInt8(ascii: "-"), !starts(bytes, "->", at: contentStart) {
                contentStart += 1
            }
            var close = contentStart
            while close < bytes.count, !starts(bytes, "-->", at: close) { close += 1 }
            let isClosed = close < bytes.count
            var contentEnd = close
            while contentEnd > contentStart, bytes[contentEnd - 1] == UInt8(ascii: "-") { contentEnd -= 1 }
            var trimmedStart = contentStart
            while trimmedStart < contentEnd, isSpace(bytes[trimmedStart]) { trimmedStart += 1 }
            var trimmedEnd = contentEnd
            while trimmedEnd > trimmedStart, isSpace(bytes[trimmedEnd - 1]) { trimmedEnd -= 1 }
            let end = isClosed ? close + 3 : bytes.count
            comments.append(HTMLComment(
                content: String(decoding: bytes[trimmedStart..<trimmedEnd], as: UTF8.self),
                contentOffset: deckOffset(of: trimmedStart, in: bytes, node: node, map: map),
                range: SourceRange(start: deckOffset(of: open, in: bytes, node: node, map: map),
                                   end: deckOffset(of: end, in: bytes, node: node, map: map)),
                isClosed: isClosed))
            index = end
        }
        return (comments, String(decoding: rest, as: UTF8.self))
    }

    private static func starts(_ bytes: [UInt8], _ prefix: String, at index: Int) -> Bool {
        let prefix = Array(prefix.utf8)
        guard index + prefix.count <= bytes.count else { return false }
        return Array(bytes[index..<(index + prefix.count)]) == prefix
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }

    /// Maps a byte index of the literal to the deck file. Later lines of a literal may
    /// have lost a container prefix (`> `); the missing bytes are added back per line.
    private static func deckOffset(of index: Int, in bytes: [UInt8], node: MarkdownNode, map: DeckTextMap) -> Int {
        let lineIndex = bytes[..<min(index, bytes.count)].filter { $0 == UInt8(ascii: "\n") }.count
        let lineStartInLiteral = (bytes[..<min(index, bytes.count)].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 }) ?? 0
        let column = index - lineStartInLiteral
        if lineIndex == 0 {
            return map.offset(of: node.start) + column
        }
        let line = node.start.line + lineIndex
        var literalLineEnd = lineStartInLiteral
        while literalLineEnd < bytes.count, bytes[literalLineEnd] != UInt8(ascii: "\n") { literalLineEnd += 1 }
        let stripped = max(0, map.file.lineText(line).utf8.count - (literalLineEnd - lineStartInLiteral))
        return map.offset(line: line, byteColumn: 1 + stripped + column)
    }
}
