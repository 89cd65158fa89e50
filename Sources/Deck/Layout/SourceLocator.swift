import Diagnostics
import Native

/// Turns Markdown line/column positions into byte ranges of the deck file for diagnostics.
struct SourceLocator {
    let file: SourceFile?

    func offset(line: Int, column: Int) -> Int {
        guard let file, line >= 1 else { return 0 }
        guard line <= file.lineStarts.count else { return file.utf8.count }
        let start = file.lineStarts[line - 1]
        let lineEnd = line < file.lineStarts.count ? file.lineStarts[line] - 1 : file.utf8.count
        return min(max(start, start + column - 1), max(start, lineEnd))
    }

    /// The range a node covers on its first line.
    func range(of node: MarkdownNode) -> SourceRange {
        let start = offset(line: node.start.line, column: max(1, node.start.column))
        let endColumn = node.end.line == node.start.line ? node.end.column + 1 : Int.max / 4
        let end = offset(line: node.start.line, column: endColumn)
        return SourceRange(start: start, end: max(start, end))
    }

    /// The range of a whole line.
    func range(line: Int) -> SourceRange {
        SourceRange(start: offset(line: line, column: 1), end: offset(line: line, column: Int.max / 4))
    }
}
