import Diagnostics
import Native

/// Turns positions the parsers report (cmark's line + byte column, YAML's line + scalar
/// column relative to a snippet) into UTF-8 offsets of the deck file, for diagnostics.
struct DeckTextMap {
    let file: SourceFile

    /// Offset of a 1-based line and 1-based UTF-8 byte column (as cmark reports them).
    func offset(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line <= file.lineStarts.count else { return file.utf8.count }
        return min(file.lineStarts[line - 1] + max(0, byteColumn - 1), file.utf8.count)
    }

    func offset(of position: MarkdownPosition) -> Int {
        offset(line: position.line, byteColumn: position.column)
    }

    /// The range a Markdown node covers (its end is inclusive in cmark).
    func range(of node: MarkdownNode) -> SourceRange {
        SourceRange(start: offset(of: node.start), end: offset(of: node.end) + 1)
    }

    /// The 1-based line holding an offset.
    func line(of offset: Int) -> Int {
        file.location(of: offset).line
    }

    /// Offset of a 1-based line and a column counted in Unicode scalars, as libyaml counts.
    func offset(line: Int, scalarColumn: Int) -> Int {
        guard line >= 1, line <= file.lineStarts.count else { return file.utf8.count }
        let text = file.lineText(line)
        let prefix = String(String.UnicodeScalarView(text.unicodeScalars.prefix(max(0, scalarColumn - 1))))
        return file.lineStarts[line - 1] + prefix.utf8.count
    }

    /// The range of the first occurrence of `needle` on a line at or after `fromOffset`,
    /// or an empty range at the line's first non-blank character.
    func range(of needle: String, onLine line: Int, from fromOffset: Int = 0) -> SourceRange {
        guard line >= 1, line <= file.lineStarts.count else { return .at(file.utf8.count) }
        let lineStart = file.lineStarts[line - 1]
        let text = Array(file.lineText(line).utf8)
        let bytes = Array(needle.utf8)
        let first = max(0, fromOffset - lineStart)
        if !bytes.isEmpty, text.count >= bytes.count, first <= text.count - bytes.count {
            for index in first...(text.count - bytes.count) where Array(text[index..<(index + bytes.count)]) == bytes {
                return SourceRange(start: lineStart + index, end: lineStart + index + bytes.count)
            }
        }
        let indent = text.prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }.count
        return .at(lineStart + indent)
    }
}
