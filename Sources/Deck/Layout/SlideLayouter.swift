import Diagnostics
import Geometry
import Native
import Scene

/// Lays out the Markdown blocks of one slide with one theme; collects diagnostics,
/// footnotes and heading anchors on the way.
struct SlideLayouter {
    var theme: DeckTheme
    var metrics: TextMetrics
    let resources: any DeckResources
    let locator: SourceLocator
    /// 1-based slide number, for messages.
    let slideNumber: Int
    var diagnostics: [Diagnostic] = []
    /// Footnote labels in the order they are first referenced.
    var footnoteLabels: [String] = []
    /// Heading ids used so far in the deck (for unique `#id` anchors).
    var headingIDs: HeadingIDs
    /// The first heading of the slide: its text and level.
    var firstHeading: (title: String, level: Int)?
    /// Text colour and alignment of the blocks being laid out (block quotes and `lead` change them).
    var textColor: Color
    var alignment: TextAlignment
    /// Height that diagrams and images inside `<div class="columns">` may take (the slide
    /// composer lowers it when the columns make the slide overflow).
    var columnBoxHeight: Double = .infinity
    /// What messages call the source: "deck", or "document" when typesetting one.
    var sourceNoun = "deck"

    init(theme: DeckTheme, metrics: TextMetrics, resources: any DeckResources, locator: SourceLocator,
         slideNumber: Int, headingIDs: HeadingIDs) {
        self.theme = theme
        self.metrics = metrics
        self.resources = resources
        self.locator = locator
        self.slideNumber = slideNumber
        self.headingIDs = headingIDs
        self.textColor = theme.text
        self.alignment = theme.alignment
    }

    /// The inline settings of body text at `size` px.
    func textStyle(size: Double? = nil, weight: Int = 400, color: Color? = nil) -> TextBlockStyle {
        TextBlockStyle(base: TextStyle(family: theme.fontFamily, size: size ?? theme.fontSize, weight: weight,
                                       color: color ?? textColor),
                       lineHeight: theme.lineHeight, alignment: alignment, codeFamily: theme.codeFamily,
                       codeScale: theme.codeScale, codeText: theme.codeText, codeBackground: theme.codeBackground,
                       link: theme.link, strong: theme.strongColor)
    }

    /// Blocks in `width`, `<div>` containers resolved (`columns` side by side).
    mutating func layoutBlocks(_ nodes: [MarkdownNode], width: Double) -> [LaidBlock] {
        var out: [LaidBlock] = []
        for entry in HTMLContainers.tree(nodes) {
            switch entry {
            case .block(let node):
                if let block = layoutBlock(node, width: width) { out.append(block) }
            case .container(let classes, let children, let line):
                if classes.contains("columns") {
                    out.append(layoutColumns(children, width: width, line: line))
                } else {
                    out += layoutBlocks(HTMLContainers.flatten(children), width: width)
                }
            }
        }
        return out
    }

    /// One block, or nil for blocks that draw nothing (stray HTML, link reference leftovers).
    mutating func layoutBlock(_ node: MarkdownNode, width: Double) -> LaidBlock? {
        var block: LaidBlock?
        switch node.kind {
        case .paragraph: block = layoutParagraph(node, width: width)
        case .heading(let level): block = layoutHeading(node, level: level, width: width)
        case .blockQuote: block = layoutQuote(node, width: width)
        case .list: block = layoutList(node, width: width, depth: 0)
        case .codeBlock(let info, let literal): block = layoutCode(node, info: info, literal: literal, width: width)
        case .thematicBreak: block = layoutRule(width: width)
        case .table(let alignments): block = layoutTable(node, alignments: alignments, width: width)
        case .footnoteDefinition: return nil  // drawn at the end of the slide
        case .htmlBlock: return nil
        default: return nil
        }
        if var b = block {
            if b.line == 0 { b.line = node.start.line }
            return b
        }
        return nil
    }

    /// Blocks one under another; adjacent margins collapse to the larger one.
    static func stack(_ blocks: [LaidBlock], width: Double) -> LaidBlock {
        var items: [Item] = []
        var anchors: [PageAnchor] = []
        var marks: [LineMark] = []
        var y = 0.0
        for (index, block) in blocks.enumerated() {
            if index > 0 { y += max(blocks[index - 1].spaceBelow, block.spaceAbove) }
            let moved = block.moved(dx: 0, dy: y)
            items += moved.items
            anchors += moved.anchors
            marks += block.allMarks(dy: y)
            y += block.height
        }
        var result = LaidBlock(items: items, width: width, height: y, contentWidth: blocks.map { $0.contentWidth ?? $0.width }.max(),
                               line: blocks.first?.line ?? 0, anchors: anchors)
        result.marks = marks
        result.spaceAbove = blocks.first?.spaceAbove ?? 0
        result.spaceBelow = blocks.last?.spaceBelow ?? 0
        return result
    }

    /// The y of each block's top when stacked (the same arithmetic as `stack`).
    static func offsets(_ blocks: [LaidBlock]) -> [Double] {
        var y = 0.0
        var out: [Double] = []
        for (index, block) in blocks.enumerated() {
            if index > 0 { y += max(blocks[index - 1].spaceBelow, block.spaceAbove) }
            out.append(y)
            y += block.height
        }
        return out
    }

    mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }
}
