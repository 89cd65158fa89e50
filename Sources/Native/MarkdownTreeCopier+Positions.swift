/// Repairs for the source positions cmark-gfm 0.29 gets wrong: block ends reported as
/// "column 0 of the next line", HTML blocks ending before they start, autolinks with no
/// position (and the text node before them keeping the autolink's end), footnote
/// definitions without their label.
extension MarkdownTreeCopier {
    /// The byte length of a 1-based line, without its line break.
    func lineLength(_ line: Int) -> Int {
        guard line >= 1, line <= lineStarts.count else { return 0 }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : source.count
        while end > start, source[end - 1] == UInt8(ascii: "\n") || source[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return end - start
    }

    func repairedEnd(_ end: MarkdownPosition, start: MarkdownPosition, kind: MarkdownKind) -> MarkdownPosition {
        var end = end
        if end.line > 1, end.column == 0 {
            end = MarkdownPosition(line: end.line - 1, column: lineLength(end.line - 1))
        }
        if (end.line, end.column) < (start.line, start.column) {
            var lastLine = start.line
            if case .htmlBlock(let literal) = kind {
                lastLine += literal.dropLast(literal.hasSuffix("\n") ? 1 : 0).filter { $0 == "\n" }.count
            }
            end = MarkdownPosition(line: lastLine, column: lineLength(lastLine))
        }
        return end
    }

    /// `[^label]:` at the start of a line (after indentation): the label and where it starts.
    func footnoteLabel(onLine line: Int) -> (label: String, start: MarkdownPosition)? {
        guard line >= 1, line <= lineStarts.count else { return nil }
        let lineStart = lineStarts[line - 1]
        let length = lineLength(line)
        let bytes = source[lineStart..<(lineStart + length)]
        guard let open = bytes.firstIndex(of: UInt8(ascii: "[")), open + 1 < bytes.endIndex,
              source[open + 1] == UInt8(ascii: "^"),
              let close = bytes[(open + 2)...].firstIndex(of: UInt8(ascii: "]")) else { return nil }
        let label = String(decoding: source[(open + 2)..<close], as: UTF8.self)
        return (label, MarkdownPosition(line: line, column: open - lineStart + 1))
    }

    /// The label of `[^label]` starting at `position`.
    func footnoteReferenceLabel(at position: MarkdownPosition) -> String? {
        guard position.line >= 1, position.line <= lineStarts.count else { return nil }
        let open = lineStarts[position.line - 1] + position.column - 1
        guard open + 2 < source.count, source[open] == UInt8(ascii: "["), source[open + 1] == UInt8(ascii: "^"),
              let close = source[(open + 2)...].firstIndex(of: UInt8(ascii: "]")) else { return nil }
        return String(decoding: source[(open + 2)..<close], as: UTF8.self)
    }

    /// Gives position-less autolinks (and their text) the place of their text in the
    /// source, searching after the previous sibling's start, and trims that sibling's end.
    func repairingAutolinks(_ children: [MarkdownNode], start parentStart: MarkdownPosition) -> [MarkdownNode] {
        guard children.contains(where: { $0.start.line == 0 }) else { return children }
        var repaired = children
        for index in repaired.indices where repaired[index].start.line == 0 {
            let previous = index > 0 ? repaired[index - 1].start : parentStart
            let needle = Array(repaired[index].plainText.utf8)
            guard !needle.isEmpty, let found = find(needle, from: previous) else { continue }
            let end = MarkdownPosition(line: found.line, column: found.column + needle.count - 1)
            repaired[index].start = found
            repaired[index].end = end
            repaired[index].children = repaired[index].children.map { child in
                var child = child
                if child.start.line == 0 { child.start = found; child.end = end }
                return child
            }
            if index > 0, found.line == repaired[index - 1].end.line, found.column <= repaired[index - 1].end.column {
                repaired[index - 1].end = MarkdownPosition(line: found.line, column: found.column - 1)
            }
        }
        return repaired
    }

    private func find(_ needle: [UInt8], from position: MarkdownPosition) -> MarkdownPosition? {
        guard position.line >= 1, position.line <= lineStarts.count else { return nil }
        var offset = lineStarts[position.line - 1] + max(0, position.column - 1)
        while offset + needle.count <= source.count {
            if source[offset] == needle[0], Array(source[offset..<(offset + needle.count)]) == needle {
                var line = position.line
                while line < lineStarts.count, lineStarts[line] <= offset { line += 1 }
                return MarkdownPosition(line: line, column: offset - lineStarts[line - 1] + 1)
            }
            offset += 1
        }
        return nil
    }
}
