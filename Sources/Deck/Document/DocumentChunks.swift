import Geometry
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
    /// Never split, but drawn smaller to finish a page.
    case figure(Figure)
}

/// The chunk source of a document: lays out runs of a unit's parts with the document's layouter.
struct DocumentChunks: ChunkSource {
    var layouter: SlideLayouter
    var width: Double
    var wholes: [LaidBlock]
    var splits: [Splitting]
    private var cache: [Int: [Range<Int>: LaidBlock]] = [:]
    /// Header and body row heights of split tables, read once from their whole layout.
    private var tableRows: [Int: (header: Double, rows: [Double])?] = [:]

    init(layouter: SlideLayouter, width: Double, wholes: [LaidBlock], splits: [Splitting]) {
        self.layouter = layouter
        self.width = width
        self.wholes = wholes
        self.splits = splits
    }

    mutating func fitted(_ unit: Int, height: Double) -> LaidBlock {
        guard case .figure(let figure) = splits[unit] else { return wholes[unit] }
        return figure.block(maxHeight: height)
    }

    mutating func height(_ unit: Int, _ range: Range<Int>) -> Double {
        if case .table = splits[unit] {
            if tableRows[unit] == nil { tableRows[unit] = Self.rowHeights(wholes[unit]) }
            if let known = tableRows[unit], let rows = known, range.upperBound <= rows.rows.count {
                return rows.header + rows.rows[range].reduce(0, +)
            }
        }
        return chunk(unit, range).height
    }

    /// The header's and each body row's height, from the horizontal lines of a table's grid
    /// (one at the top of every row and one at the bottom); nil when the grid is not found.
    static func rowHeights(_ table: LaidBlock) -> (header: Double, rows: [Double])? {
        for item in table.items {
            guard case .shape(let shape) = item, shape.tag.classes.contains("table-grid") else { continue }
            var ys: [Double] = []
            var last: Point?
            for element in shape.path.elements {
                switch element {
                case .move(let p): last = p
                case .line(let p):
                    if let start = last, start.y == p.y, start.x != p.x { ys.append(p.y) }
                    last = p
                default: last = nil
                }
            }
            guard ys.count >= 3 else { return nil }
            let heights = zip(ys.dropFirst(), ys).map { $0 - $1 }
            return (heights[0], Array(heights.dropFirst()))
        }
        return nil
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
        case .figure:
            block = whole
        }
        block.spaceAbove = whole.spaceAbove
        block.spaceBelow = whole.spaceBelow
        cache[unit, default: [:]][range] = block
        return block
    }
}
