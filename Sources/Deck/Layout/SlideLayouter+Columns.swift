import Geometry
import Native
import Scene

extension SlideLayouter {
    /// `<div class="columns">`: each inner `<div>` is a column; without inner divs, every
    /// h2/h3 starts a column, else the blocks are split in half. Columns share the width.
    mutating func layoutColumns(_ children: [HTMLContainers.Entry], width: Double, line: Int) -> LaidBlock {
        let groups = Self.columnGroups(children)
        guard groups.count > 1 else {
            return Self.stack(layoutBlocks(HTMLContainers.flatten(children), width: width), width: width)
        }
        let gap = theme.columnGap ?? theme.fontSize
        let weights = theme.columnWeights.count == groups.count ? theme.columnWeights : Array(repeating: 1, count: groups.count)
        let totalWeight = weights.reduce(0, +)
        let room = max(10, width - gap * Double(groups.count - 1))
        var items: [Item] = []
        var anchors: [PageAnchor] = []
        var marks: [LineMark] = []
        var height = 0.0
        var x = 0.0
        var nested = false
        for (index, group) in groups.enumerated() {
            let columnWidth = room * weights[index] / totalWeight
            var blocks = layoutBlocks(group, width: columnWidth)
            nested = nested || blocks.contains { $0.flexible != nil }
            FlexibleFit.fit(&blocks, boxHeight: columnBoxHeight, alignment: alignment)
            let stacked = Self.stack(blocks, width: columnWidth)
            let moved = stacked.moved(dx: x, dy: 0)
            x += columnWidth + gap
            items += moved.items
            anchors += moved.anchors
            marks += stacked.marks
            height = max(height, stacked.height)
        }
        var columns = LaidBlock(items: items, width: width, height: height, spaceAbove: theme.blockSpaceAbove,
                                spaceBelow: theme.blockSpaceBelow, line: line, anchors: anchors)
        columns.marks = marks.sorted { ($0.y, $0.line) < ($1.y, $1.line) }
        columns.hasNestedFlexible = nested
        return columns
    }

    static func columnGroups(_ children: [HTMLContainers.Entry]) -> [[MarkdownNode]] {
        var groups: [[MarkdownNode]] = []
        var loose: [MarkdownNode] = []
        let hasContainers = children.contains { if case .container = $0 { return true } else { return false } }
        if hasContainers {
            for child in children {
                switch child {
                case .block(let node): loose.append(node)
                case .container(_, let inner, _):
                    if !loose.isEmpty { groups.append(loose); loose = [] }
                    groups.append(HTMLContainers.flatten(inner))
                }
            }
            if !loose.isEmpty { groups.append(loose) }
            return groups
        }
        let blocks = HTMLContainers.flatten(children)
        for node in blocks {
            if case .heading(let level) = node.kind, level >= 2, !loose.isEmpty {
                groups.append(loose)
                loose = []
            }
            loose.append(node)
        }
        if !loose.isEmpty { groups.append(loose) }
        if groups.count == 1, blocks.count > 1 {
            let half = (blocks.count + 1) / 2
            return [Array(blocks[..<half]), Array(blocks[half...])]
        }
        return groups
    }
}
