import Native
import SyntaxHighlight

/// How a unit's parts are laid out again when it is split across pages.
enum Splitting {
    case none
    /// Code lines (the block is drawn again for each run of lines).
    case code(lines: [Substring], fence: CodeFence, line: Int)
    /// Body rows under the repeated header.
    case table(MarkdownNode, alignments: [MarkdownAlignment])
    /// Items of a top-level list, numbering continued.
    case list(MarkdownNode)
    /// Lines of a paragraph.
    case lines(LineSlicer)
}

/// The chunk source of a document: lays out runs of a unit's parts with the document's layouter.
struct DocumentChunks: ChunkSource {
    var layouter: SlideLayouter
    var width: Double
    var wholes: [LaidBlock]
    var splits: [Splitting]
    private var cache: [Int: [Range<Int>: LaidBlock]] = [:]

    init(layouter: SlideLayouter, width: Double, wholes: [LaidBlock], splits: [Splitting]) {
        self.layouter = layouter
        self.width = width
        self.wholes = wholes
        self.splits = splits
    }

    mutating func chunk(_ unit: Int, _ range: Range<Int>) -> LaidBlock {
        if let known = cache[unit]?[range] { return known }
        let whole = wholes[unit]
        var block: LaidBlock
        switch splits[unit] {
        case .none:
            block = whole
        case .code(let lines, let fence, let line):
            block = layouter.codeBlock(lines[range].joined(separator: "\n"), info: fence, width: width, line: line)
        case .table(let node, let alignments):
            block = layouter.layoutTable(node, alignments: alignments, width: width, bodyRows: range)
        case .list(let node):
            var part = node
            part.children = Array(node.children[range])
            if case .list(let ordered, let start, let tight, let delimiter) = node.kind {
                part.kind = .list(ordered: ordered, start: start + range.lowerBound, tight: tight, delimiter: delimiter)
            }
            if let first = part.children.first { part.start = first.start }
            block = layouter.layoutList(part, width: width, depth: 0)
        case .lines(let slicer):
            block = slicer.slice(range)
        }
        block.spaceAbove = whole.spaceAbove
        block.spaceBelow = whole.spaceBelow
        cache[unit, default: [:]][range] = block
        return block
    }
}
