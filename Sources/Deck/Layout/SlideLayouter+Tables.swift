import Geometry
import Native
import Scene

extension SlideLayouter {
    /// A GitHub table: columns as wide as their content, narrowed to fit by wrapping the
    /// widest; header row bold (and filled when the theme says so), striped body rows.
    mutating func layoutTable(_ node: MarkdownNode, alignments: [MarkdownAlignment], width: Double) -> LaidBlock {
        let rows = node.children.filter { if case .tableRow = $0.kind { return true } else { return false } }
        let columns = max(alignments.count, rows.map(\.children.count).max() ?? 0)
        guard columns > 0 else { return LaidBlock(items: [], width: width, height: 0, line: node.start.line) }
        let padX = theme.fontSize * 0.45, padY = theme.fontSize * 0.2
        let savedAlignment = alignment
        defer { alignment = savedAlignment }

        // Cell atoms and natural (one-line) widths.
        var cellAtoms: [[[InlineAtom]]] = []
        var natural = Array(repeating: theme.fontSize, count: columns)
        for row in rows {
            let header = isHeader(row)
            var atomsRow: [[InlineAtom]] = []
            for (c, cell) in row.children.enumerated() where c < columns {
                var format = InlineFormat()
                format.bold = header
                let a = atoms(cell.children, width: width, format: format)
                atomsRow.append(a)
                let one = InlineFlow(style: textStyle()).layout(a, width: nil, metrics: &metrics)
                natural[c] = max(natural[c], one.width + 2 * padX)
            }
            cellAtoms.append(atomsRow)
        }
        let widths = Self.columnWidths(natural: natural, available: width)
        let tableWidth = widths.reduce(0, +)

        var items: [Item] = []
        var y = 0.0
        var rowRects: [(Rect, Bool, Int)] = []
        var textItems: [Item] = []
        for (r, row) in rows.enumerated() {
            let header = isHeader(row)
            var x = 0.0
            var cells: [LaidBlock] = []
            for c in 0..<columns {
                let a = c < cellAtoms[r].count ? cellAtoms[r][c] : []
                alignment = Self.textAlignment(c < alignments.count ? alignments[c] : .none, header: header)
                var style = textStyle(color: header ? theme.tableHeaderText : nil)
                if header { style.base.weight = 700 }
                cells.append(InlineFlow(style: style).layout(a, width: max(1, widths[c] - 2 * padX), metrics: &metrics))
            }
            let height = (cells.map(\.height).max() ?? 0) + 2 * padY
            for (c, cell) in cells.enumerated() {
                textItems += cell.moved(dx: x + padX, dy: y + padY).items
                x += widths[c]
            }
            rowRects.append((Rect(x: 0, y: y, width: tableWidth, height: height), header, r))
            y += height
        }
        var bodyIndex = 0
        for (rect, header, _) in rowRects {
            if header, let fill = theme.tableHeaderBackground {
                items.append(.shape(ShapeItem(path: .rect(rect), fill: fill, tag: .class("table-header"))))
            } else if !header {
                if bodyIndex % 2 == 1, let stripe = theme.tableStripe {
                    items.append(.shape(ShapeItem(path: .rect(rect), fill: stripe, tag: .class("table-stripe"))))
                }
                bodyIndex += 1
            }
        }
        items += gridLines(rows: rowRects.map(\.0), widths: widths, height: y)
        items += textItems
        var block = LaidBlock(items: items, width: width, height: y, contentWidth: tableWidth,
                              spaceAbove: theme.blockSpaceAbove, spaceBelow: theme.blockSpaceBelow, line: node.start.line)
        if savedAlignment == .center, tableWidth < width {
            block.items = block.moved(dx: (width - tableWidth) / 2, dy: 0).items
        }
        return block
    }

    private func isHeader(_ row: MarkdownNode) -> Bool {
        if case .tableRow(let header) = row.kind { return header }
        return false
    }

    private func gridLines(rows: [Rect], widths: [Double], height: Double) -> [Item] {
        var path = Path()
        let total = widths.reduce(0, +)
        var ys = rows.map(\.minY)
        ys.append(height)
        for y in ys {
            path.move(to: Point(x: 0, y: y))
            path.line(to: Point(x: total, y: y))
        }
        var x = 0.0
        for w in [0] + widths {
            x += Double(w)
            path.move(to: Point(x: x, y: 0))
            path.line(to: Point(x: x, y: height))
        }
        return [.shape(ShapeItem(path: path, stroke: StrokeStyle(color: theme.tableBorder, width: 1), tag: .class("table-grid")))]
    }

    /// Natural widths when they fit; otherwise narrow columns keep theirs and the wide ones
    /// share what is left in proportion to their natural widths.
    static func columnWidths(natural: [Double], available: Double) -> [Double] {
        let total = natural.reduce(0, +)
        guard total > available, available > 0 else { return natural }
        let fair = available / Double(natural.count)
        let narrow = natural.filter { $0 <= fair }.reduce(0, +)
        let wideTotal = natural.filter { $0 > fair }.reduce(0, +)
        let room = available - narrow
        return natural.map { $0 <= fair ? $0 : $0 / wideTotal * room }
    }

    static func textAlignment(_ alignment: MarkdownAlignment, header: Bool) -> TextAlignment {
        switch alignment {
        case .left: return .left
        case .center: return .center
        case .right: return .right
        case .none: return header ? .center : .left
        }
    }
}
