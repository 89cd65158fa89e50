/// cmark-gfm 0.29 counts inline lines only at soft breaks: after a hard break (`\` or two
/// spaces at the end of a line) its columns run on as if the next line continued the
/// previous one, and every later line is one short. This pass walks a leaf block's
/// inlines in order and puts them back on their source lines.
extension MarkdownTreeCopier {
    private struct InlineCursor {
        /// Lines to add to cmark's line numbers.
        var extraLines = 0
        /// The last source line an inline ended on.
        var lastLine: Int
        /// After a soft break: the source line the next inline is on.
        var pendingLine: Int?
        /// Where the last inline ended.
        var lastEnd: MarkdownPosition
    }

    func repairingInlines(of block: MarkdownNode) -> MarkdownNode {
        var cursor = InlineCursor(lastLine: block.start.line, lastEnd: block.start)
        var block = block
        block.children = block.children.map { repair($0, cursor: &cursor, block: block) }
        return block
    }

    private func repair(_ node: MarkdownNode, cursor: inout InlineCursor, block: MarkdownNode) -> MarkdownNode {
        var node = node
        if case .softBreak = node.kind {
            let position = MarkdownPosition(line: cursor.lastLine, column: lineLength(cursor.lastLine) + 1)
            node.start = position
            node.end = position
            cursor.pendingLine = cursor.lastLine + 1
            return node
        }
        if case .lineBreak = node.kind {
            // The break is the `\` or the spaces right after the last inline.
            let position = MarkdownPosition(line: cursor.lastEnd.line, column: cursor.lastEnd.column + 1)
            node.start = position
            node.end = position
            return node
        }
        if let pending = cursor.pendingLine {
            cursor.extraLines = pending - node.start.line
            cursor.pendingLine = nil
        }
        node.start = carried(node.start, cursor: cursor, block: block)
        node.end = carried(node.end, cursor: cursor, block: block)
        node.children = node.children.map { repair($0, cursor: &cursor, block: block) }
        if case .text(let literal) = node.kind, sourceMatches(literal, at: node.start) {
            node.end = MarkdownPosition(line: node.start.line, column: node.start.column + literal.utf8.count - 1)
        }
        if (node.end.line, node.end.column) < (node.start.line, node.start.column) { node.end = node.start }
        cursor.lastLine = max(cursor.lastLine, node.end.line)
        cursor.lastEnd = node.end
        return node
    }

    private func carried(_ position: MarkdownPosition, cursor: InlineCursor, block: MarkdownNode) -> MarkdownPosition {
        guard position.line > 0 else { return position }
        var line = position.line + cursor.extraLines
        var column = position.column
        while line < block.end.line, column > lineLength(line) + 1 {
            column -= lineLength(line) + 1
            line += 1
            // Lines after the first sit behind the same container prefix (`> `, list indent).
            column += max(0, block.start.column - 1)
        }
        return MarkdownPosition(line: line, column: column)
    }

    /// Whether the source holds `literal` verbatim at `position` (no escapes or entities).
    private func sourceMatches(_ literal: String, at position: MarkdownPosition) -> Bool {
        guard position.line >= 1, position.line <= lineStarts.count, !literal.contains("\n") else { return false }
        let start = lineStarts[position.line - 1] + position.column - 1
        let bytes = Array(literal.utf8)
        guard start >= 0, start + bytes.count <= source.count else { return false }
        return Array(source[start..<(start + bytes.count)]) == bytes
    }
}
