import Foundation
import Geometry
import Native
import Scene

extension SlideLayouter {
    /// The title block: title, subtitle, a line of author, date and version, an accent rule.
    mutating func titleBlock(_ settings: DocumentSettings, width: Double) -> LaidBlock {
        var blocks: [LaidBlock] = []
        let size = theme.fontSize
        if let title = settings.title {
            var style = textStyle(size: size * 2.3, weight: 700, color: theme.headingColor(1))
            style.lineHeight = 1.2
            style.hyphenates = false
            blocks.append(InlineFlow(style: style).layout(words(title), width: width, metrics: &metrics))
        }
        if let subtitle = settings.subtitle {
            var style = textStyle(size: size * 1.3, color: theme.quoteText)
            style.hyphenates = false
            var block = InlineFlow(style: style).layout(words(subtitle), width: width, metrics: &metrics)
            block.spaceAbove = size * 0.5
            blocks.append(block)
        }
        let facts = [settings.author, settings.date, settings.version.map { "Version \($0)" }].compactMap { $0 }
        if !facts.isEmpty {
            var block = InlineFlow(style: textStyle(size: size * 0.9, color: theme.headerFooterColor))
                .layout(words(facts.joined(separator: "  ·  ")), width: width, metrics: &metrics)
            block.spaceAbove = size * 1.0
            blocks.append(block)
        }
        var rule = LaidBlock(items: [.shape(ShapeItem(path: .rect(Rect(x: 0, y: 0, width: width, height: 0.75)), fill: theme.rule)),
                                     .shape(ShapeItem(path: .rect(Rect(x: 0, y: -1, width: 64, height: 2.5)), fill: theme.accent))],
                             width: width, height: 0.75, line: 0)
        rule.spaceAbove = size * 1.1
        blocks.append(rule)
        var stacked = Self.stack(blocks, width: width)
        stacked.items = [.group(GroupItem(stacked.items, tag: .class("title-block")))]
        stacked.spaceBelow = size * 1.8
        return stacked
    }

    /// The "Contents" heading of the table of contents.
    mutating func contentsTitle(width: Double) -> LaidBlock {
        var style = textStyle(size: theme.headingSize(2), weight: theme.headingWeight, color: theme.headingColor(2))
        style.lineHeight = 1.25
        var block = InlineFlow(style: style).layout(words("Contents"), width: width, metrics: &metrics)
        block.anchors = [PageAnchor(name: "contents", y: 0)]
        block.spaceAbove = theme.headingSpaceAbove
        block.spaceBelow = theme.headingSpaceBelow + 2
        return block
    }

    /// One line of the table of contents: the heading's number and title indented by level,
    /// dot leaders, the page number on the right (a placeholder until pages are known), all a
    /// link to the heading.
    mutating func contentsEntry(_ heading: DocumentHeading, top: Int, page: Int?, width: Double) -> LaidBlock {
        let depth = Double(max(0, heading.level - top))
        let indent = depth * theme.fontSize * 1.4
        let numberColumn = theme.fontSize * 3
        let major = heading.level == top
        var style = textStyle(weight: major ? 600 : 400)
        style.lineHeight = 1.35
        style.hyphenates = false
        let text = (heading.label.map { $0 + "  " } ?? "") + heading.title
        let titleWidth = width - indent - numberColumn
        let flow = InlineFlow(style: style).layout(words(text), width: titleWidth, metrics: &metrics)
        var items = flow.moved(dx: indent, dy: 0).items
        let lineHeight = theme.fontSize * style.lineHeight
        let lastLineTop = flow.height - lineHeight
        let natural = metrics.naturalHeight(style.base)
        let number = page.map(String.init) ?? ""
        let numberWidth = metrics.width(number, style.base)
        let textTop = lastLineTop + (lineHeight - natural) / 2
        if flow.height < lineHeight * 1.5 {
            let start = indent + (flow.contentWidth ?? titleWidth) + theme.fontSize * 0.6
            let end = width - max(numberWidth, theme.fontSize) - theme.fontSize * 0.6
            if end > start {
                let y = textTop + natural * 0.78
                items.append(.shape(ShapeItem(path: .polyline([Point(x: start, y: y), Point(x: end, y: y)]),
                                              stroke: StrokeStyle(color: theme.rule, width: 1, dash: [0.01, 3.5], lineCap: .round),
                                              tag: .class("leader"))))
            }
        }
        if !number.isEmpty {
            items.append(.text(TextItem(spans: [TextSpan(number)], style: style.base,
                                        box: Rect(x: width - numberWidth - 1, y: textTop, width: numberWidth + 1, height: natural),
                                        alignment: .right)))
        }
        let group = GroupItem(items, tag: .class("toc-entry"), link: Link(url: "#" + heading.id))
        return LaidBlock(items: [.group(group)], width: width, height: flow.height,
                         spaceAbove: major ? theme.fontSize * 0.35 : 0, spaceBelow: 0, line: 0)
    }

    /// A figure caption: small, italic, centred.
    mutating func caption(_ text: String, width: Double) -> LaidBlock {
        var style = textStyle(size: theme.fontSize * 0.9, color: theme.quoteText)
        style.alignment = .center
        var format = InlineFormat()
        format.italic = true
        var atoms: [InlineAtom] = []
        InlineAtomizer.words(text, format: format, into: &atoms)
        return InlineFlow(style: style).layout(atoms, width: width, metrics: &metrics)
    }

    /// A GitHub alert as a call-out: tinted panel, coloured bar on the left, bold coloured title.
    mutating func layoutCallout(_ admonition: Admonition, width: Double) -> LaidBlock {
        let color = admonition.kind.color
        let bar = 3.0, pad = theme.fontSize * 0.8
        let innerWidth = max(10, width - bar - 2 * pad)
        let titleBlock = InlineFlow(style: textStyle(weight: 700, color: color))
            .layout(words(admonition.kind.title), width: innerWidth, metrics: &metrics)
        var blocks = [titleBlock]
        var content = layoutBlocks(admonition.blocks, width: innerWidth)
        if !content.isEmpty { content[0].spaceAbove = theme.fontSize * 0.3 }
        if !content.isEmpty { content[content.count - 1].spaceBelow = 0 }
        blocks += content
        let inner = Self.stack(blocks, width: innerWidth)
        let height = inner.height + 2 * pad
        let moved = inner.moved(dx: bar + pad, dy: pad)
        var items: [Item] = [
            .shape(ShapeItem(path: .roundedRect(Rect(x: 0, y: 0, width: width, height: height), radius: 3),
                             fill: theme.background.mixed(with: color, 0.07), tag: .class("callout"))),
            .shape(ShapeItem(path: .rect(Rect(x: 0, y: 0, width: bar, height: height)), fill: color, tag: .class("callout-bar"))),
        ]
        items += moved.items
        let group = GroupItem(items, tag: Tag(classes: ["callout", "callout-\(admonition.kind.rawValue)"]))
        return LaidBlock(items: [.group(group)], width: width, height: height, spaceAbove: theme.blockSpaceAbove + 4,
                         spaceBelow: theme.blockSpaceBelow + 4, line: admonition.blocks.first?.start.line ?? 0,
                         anchors: moved.anchors)
    }

    /// Plain words as inline atoms.
    func words(_ text: String) -> [InlineAtom] {
        var atoms: [InlineAtom] = []
        InlineAtomizer.words(text, format: InlineFormat(), into: &atoms)
        return atoms
    }
}
