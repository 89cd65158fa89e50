import Foundation
import Geometry
import Native
import Scene

extension SlideLayouter {
    /// Atoms of inline nodes, images resolved against the slide's width.
    mutating func atoms(_ nodes: [MarkdownNode], width: Double, format: InlineFormat = InlineFormat()) -> [InlineAtom] {
        // Images are resolved first so that the atomizer's closure needs no mutable access.
        var images: [MarkdownNode: (ImageSource, Size)] = [:]
        Self.collectImages(nodes) { node in
            if images[node] == nil, let resolved = inlineImage(node, maxWidth: width) { images[node] = resolved }
        }
        var labels = footnoteLabels
        Self.collectFootnotes(nodes) { label in if !labels.contains(label) { labels.append(label) } }
        footnoteLabels = labels
        let atomizer = InlineAtomizer(image: { images[$0] },
                                      footnoteNumber: { label in (labels.firstIndex(of: label) ?? 0) + 1 })
        return atomizer.atoms(nodes, format: format)
    }

    private static func collectImages(_ nodes: [MarkdownNode], _ visit: (MarkdownNode) -> Void) {
        for node in nodes {
            if case .image = node.kind { visit(node) } else { collectImages(node.children, visit) }
        }
    }

    private static func collectFootnotes(_ nodes: [MarkdownNode], _ visit: (String) -> Void) {
        for node in nodes {
            if case .footnoteReference(let label) = node.kind { visit(label) }
            collectFootnotes(node.children, visit)
        }
    }

    /// A paragraph that is only `![](file.mmd)`: the diagram file drawn.
    private mutating func diagramImage(_ node: MarkdownNode, width: Double) -> LaidBlock? {
        let images = node.children.filter { if case .image = $0.kind { return true } else { return false } }
        guard images.count == 1, let image = images.first, case .image(let url, _) = image.kind,
              url.lowercased().hasSuffix(".mmd") || url.lowercased().hasSuffix(".mermaid") else { return nil }
        return layoutDiagramFile(image, url: url, width: width)
            ?? LaidBlock(items: [], width: width, height: 0, line: node.start.line)
    }

    mutating func layoutParagraph(_ node: MarkdownNode, width: Double) -> LaidBlock {
        if let diagram = diagramImage(node, width: width) { return diagram }
        if let image = standaloneImage(node, width: width) { return image }
        let flow = InlineFlow(style: textStyle())
        var block = flow.layout(atoms(node.children, width: width), width: width, metrics: &metrics)
        block.spaceAbove = theme.blockSpaceAbove
        block.spaceBelow = theme.blockSpaceBelow
        block.line = node.start.line
        return block
    }

    /// A heading; `<!-- fit -->` scales it to fill the width on one line.
    mutating func layoutHeading(_ node: MarkdownNode, level: Int, width: Double) -> LaidBlock {
        let fits = node.children.contains {
            if case .htmlInline(let html) = $0.kind { return html.contains("fit") }
            return false
        }
        let title = node.plainText.trimmingCharacters(in: .whitespaces)
        let id = headingIDs.make(title)
        if firstHeading == nil { firstHeading = (title, level) }
        var style = textStyle(size: theme.headingSize(level), weight: theme.headingWeight, color: theme.headingColor(level))
        if textColor != theme.text { style.base.color = textColor }
        style.lineHeight = min(theme.lineHeight, 1.25)
        style.hyphenates = false
        let inline = atomsWithStrongColor(node.children, width: width, strong: theme.headingStrong)
        var block: LaidBlock
        if fits {
            let natural = InlineFlow(style: style).layout(inline, width: nil, metrics: &metrics)
            // A little under the exact ratio: hinting makes widths not quite proportional to size.
            let scale = natural.width > 0 ? width / natural.width * 0.98 : 1
            style.base.size = max(8, min(style.base.size * scale, 720 * 0.8 / style.lineHeight))
            block = InlineFlow(style: style).layout(inline, width: nil, metrics: &metrics)
            if alignment == .center {
                block.items = block.moved(dx: (width - block.width) / 2, dy: 0).items
            } else if alignment == .right {
                block.items = block.moved(dx: width - block.width, dy: 0).items
            }
            block.width = width
        } else {
            block = InlineFlow(style: style).layout(inline, width: width, metrics: &metrics)
        }
        if level == 1, let rule = theme.headingRule {
            let barTop = block.height + 8
            let barWidth = min(width, 72)
            let x = alignment == .center ? (width - barWidth) / 2 : 0
            block.items.append(.shape(ShapeItem(path: .rect(Rect(x: x, y: barTop, width: barWidth, height: 5)), fill: rule,
                                                tag: .class("heading-rule"))))
            block.height = barTop + 5
        }
        block.anchors = [PageAnchor(name: id, y: 0)]
        block.spaceAbove = theme.headingSpaceAbove
        block.spaceBelow = theme.headingSpaceBelow
        block.line = node.start.line
        return block
    }

    /// Atoms where `strong` text takes the heading-strong colour.
    private mutating func atomsWithStrongColor(_ nodes: [MarkdownNode], width: Double, strong: Color?) -> [InlineAtom] {
        let raw = atoms(nodes, width: width)
        guard let strong else { return raw }
        return raw.map { atom in
            switch atom {
            case .word(let text, var format) where format.bold:
                format.color = strong
                return .word(text, format)
            case .space(var format) where format.bold:
                format.color = strong
                return .space(format)
            default: return atom
            }
        }
    }

    /// A block quote: a bar on the left (when the theme has one), contents indented and dimmed.
    mutating func layoutQuote(_ node: MarkdownNode, width: Double) -> LaidBlock {
        let indent = theme.fontSize
        let saved = textColor
        textColor = theme.quoteText
        let inner = Self.stack(layoutBlocks(node.children, width: max(10, width - indent)), width: width - indent)
        textColor = saved
        var items = inner.moved(dx: indent, dy: 0).items
        // Centred text: the bar goes beside the text, not at the far left.
        let contentWidth = inner.contentWidth ?? (width - indent)
        let barX = alignment == .center ? max(0, indent + (width - indent - contentWidth) / 2 - indent * 0.6) : 0
        if let bar = theme.quoteBar {
            items.insert(.shape(ShapeItem(path: .rect(Rect(x: barX, y: 0, width: max(3, theme.fontSize * 0.25), height: inner.height)),
                                          fill: bar, tag: .class("quote-bar"))), at: 0)
        }
        var quote = LaidBlock(items: items, width: width, height: inner.height, spaceAbove: theme.blockSpaceAbove,
                              spaceBelow: theme.blockSpaceBelow, line: node.start.line,
                              anchors: inner.moved(dx: indent, dy: 0).anchors)
        quote.marks = inner.marks
        return quote
    }

    /// A horizontal rule across the width.
    func layoutRule(width: Double) -> LaidBlock {
        let thickness = max(2, theme.fontSize * 0.12)
        let rule = ShapeItem(path: .rect(Rect(x: 0, y: 0, width: width, height: thickness)), fill: theme.rule, tag: .class("rule"))
        return LaidBlock(items: [.shape(rule)], width: width, height: thickness,
                         spaceAbove: theme.fontSize * 0.8, spaceBelow: theme.fontSize * 0.8, line: 0)
    }

    /// The slide's footnote definitions, in reference order, small, under a short rule.
    mutating func layoutFootnotes(_ definitions: [MarkdownNode], width: Double) -> LaidBlock? {
        let byLabel = definitions.compactMap { node -> (String, MarkdownNode)? in
            if case .footnoteDefinition(let label) = node.kind { return (label, node) }
            return nil
        }
        guard !byLabel.isEmpty else { return nil }
        let savedAlignment = alignment
        alignment = .left
        defer { alignment = savedAlignment }
        var labels = footnoteLabels
        for (label, _) in byLabel where !labels.contains(label) { labels.append(label) }
        footnoteLabels = labels
        var blocks: [LaidBlock] = [LaidBlock(items: [.shape(ShapeItem(path: .rect(Rect(x: 0, y: 0, width: min(width, 160), height: 1)),
                                                                       fill: theme.rule))], width: width, height: 1,
                                             spaceBelow: 8, line: byLabel[0].1.start.line)]
        let size = theme.fontSize * 0.6
        for (index, label) in labels.enumerated() {
            guard let node = byLabel.first(where: { $0.0 == label })?.1 else { continue }
            let inlines = node.children.flatMap { $0.children }
            var content = atoms(inlines, width: width)
            content.insert(contentsOf: [.word("\(index + 1).", InlineFormat()), .space(InlineFormat())], at: 0)
            var block = InlineFlow(style: textStyle(size: size, color: theme.quoteText)).layout(content, width: width, metrics: &metrics)
            block.line = node.start.line
            blocks.append(block)
        }
        var stacked = Self.stack(blocks, width: width)
        stacked.spaceAbove = theme.fontSize
        return stacked
    }
}
