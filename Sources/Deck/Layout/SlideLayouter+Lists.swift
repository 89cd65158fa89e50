import Geometry
import Native
import Scene

extension SlideLayouter {
    /// A bullet, ordered or task list; nested lists indent further and change bullets.
    mutating func layoutList(_ node: MarkdownNode, width: Double, depth: Int) -> LaidBlock {
        guard case .list(let ordered, let start, let tight, let delimiter) = node.kind else {
            return LaidBlock(items: [], width: width, height: 0, line: node.start.line)
        }
        let savedAlignment = alignment
        alignment = .left
        defer { alignment = savedAlignment }
        let markerStyle = textStyle()
        // Room for the widest marker ("10.") plus a gap; bullets need 1.4 em.
        let lastNumber = ordered ? "\(start + max(0, node.children.count - 1))." : ""
        let indent = max(theme.fontSize * 1.4, metrics.width(lastNumber, markerStyle.base) + theme.fontSize * 0.5)
        var blocks: [LaidBlock] = []
        var widest = 0.0
        for (index, item) in node.children.enumerated() {
            guard case .item(let checked) = item.kind else { continue }
            let checkboxWidth = checked == nil ? 0 : theme.fontSize * 1.1
            var children: [LaidBlock] = []
            for child in item.children {
                if case .list = child.kind {
                    children.append(layoutList(child, width: width - indent - checkboxWidth, depth: depth + 1))
                } else if var block = layoutBlock(child, width: width - indent - checkboxWidth) {
                    if tight, case .paragraph = child.kind {
                        block.spaceAbove = 0
                        block.spaceBelow = 0
                    }
                    children.append(block)
                }
            }
            var content = Self.stack(children, width: width - indent - checkboxWidth)
            widest = max(widest, indent + checkboxWidth + maxContentWidth(children))
            var items = content.moved(dx: indent + checkboxWidth, dy: 0).items
            let lineHeight = theme.fontSize * theme.lineHeight
            if let checked {
                items += checkbox(checked, x: indent, lineHeight: lineHeight)
            }
            let marker = ordered ? "\(start + index)\(delimiter == ")" ? ")" : ".")" : ["•", "◦", "▪"][depth % 3]
            var markerFlow = markerStyle
            markerFlow.alignment = .right
            if !ordered, let bullet = theme.bulletColor { markerFlow.base.color = bullet }
            let markerBlock = InlineFlow(style: markerFlow).layout([.word(marker, InlineFormat())],
                                                                   width: indent - theme.fontSize * 0.35, metrics: &metrics)
            if checked == nil { items += markerBlock.items }
            content.anchors = content.moved(dx: indent, dy: 0).anchors
            let gap = tight ? theme.fontSize * 0.2 : theme.fontSize * 0.5
            var itemBlock = LaidBlock(items: items, width: width, height: content.height, spaceAbove: gap, spaceBelow: gap,
                                      line: item.start.line, anchors: content.anchors)
            itemBlock.marks = content.marks
            blocks.append(itemBlock)
        }
        var list = Self.stack(blocks, width: width)
        if savedAlignment == .center, widest < width {
            let moved = list.moved(dx: (width - widest) / 2, dy: 0)
            list.items = moved.items
        }
        list.contentWidth = widest
        list.spaceAbove = depth == 0 ? theme.blockSpaceAbove : 0
        list.spaceBelow = depth == 0 ? theme.blockSpaceBelow : 0
        list.line = node.start.line
        return list
    }

    private func maxContentWidth(_ blocks: [LaidBlock]) -> Double {
        blocks.map { $0.contentWidth ?? $0.width }.max() ?? 0
    }

    /// A task-list box, ticked when `checked`, centred on the first line.
    private func checkbox(_ checked: Bool, x: Double, lineHeight: Double) -> [Item] {
        let side = theme.fontSize * 0.7
        let box = Rect(x: x, y: (lineHeight - side) / 2, width: side, height: side)
        var items: [Item] = [.shape(ShapeItem(path: .roundedRect(box, radius: side * 0.15),
                                              fill: checked ? theme.accent : nil,
                                              stroke: StrokeStyle(color: checked ? theme.accent : textColor.withAlpha(0.6),
                                                                  width: max(1.5, side / 12)),
                                              tag: .class(checked ? "task-done" : "task-open")))]
        if checked {
            let tick = Path.polyline([Point(x: box.minX + side * 0.2, y: box.midY), Point(x: box.minX + side * 0.42, y: box.maxY - side * 0.22),
                                      Point(x: box.maxX - side * 0.18, y: box.minY + side * 0.22)])
            items.append(.shape(ShapeItem(path: tick, stroke: StrokeStyle(color: theme.background, width: max(2, side / 7),
                                                                           lineCap: .round, lineJoin: .round))))
        }
        return items
    }
}
