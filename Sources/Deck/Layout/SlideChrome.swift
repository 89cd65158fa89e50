import Geometry
import Native
import Scene

/// Header, footer and page number of a slide, placed at the theme's fixed positions.
extension SlideLayouter {
    /// The inline nodes of a header or footer: its Markdown's first paragraph (a footer
    /// such as `1. Intro` or `# Title` keeps its text, not its block).
    static func inlines(_ markdown: String) -> [MarkdownNode] {
        func firstParagraph(_ node: MarkdownNode) -> MarkdownNode? {
            if case .paragraph = node.kind { return node }
            if case .heading = node.kind { return node }
            for child in node.children { if let found = firstParagraph(child) { return found } }
            return nil
        }
        let document = MarkdownParser.parse(markdown)
        if let paragraph = firstParagraph(document) { return paragraph.children }
        return [MarkdownNode(kind: .text(markdown))]
    }

    mutating func chrome(header: String?, footer: String?, pageNumber: Int?, total: Int, size: Size) -> [Item] {
        var items: [Item] = []
        let inset = theme.headerFooterInset
        let width = max(10, size.width - inset.left - inset.right)
        var style = textStyle(size: theme.headerFooterSize, color: theme.headerFooterColor)
        style.alignment = .left
        style.lineHeight = 1.3
        if let header, !header.isEmpty {
            let block = InlineFlow(style: style).layout(atoms(Self.inlines(header), width: width), width: width,
                                                        metrics: &metrics)
            items.append(.group(GroupItem(block.moved(dx: inset.left, dy: inset.top).items, tag: .class("header"))))
        }
        if let footer, !footer.isEmpty {
            let block = InlineFlow(style: style).layout(atoms(Self.inlines(footer), width: width), width: width,
                                                        metrics: &metrics)
            let top = size.height - inset.bottom - block.height
            items.append(.group(GroupItem(block.moved(dx: inset.left, dy: top).items, tag: .class("footer"))))
        }
        if let pageNumber {
            let text = theme.pageNumberStyle == .numberOfTotal ? "\(pageNumber) / \(total)" : "\(pageNumber)"
            var numberStyle = textStyle(size: theme.pageNumberSize, color: theme.pageNumberColor)
            numberStyle.alignment = .right
            numberStyle.lineHeight = 1.2
            let boxWidth = 200.0
            let block = InlineFlow(style: numberStyle).layout([.word(text, InlineFormat())], width: boxWidth, metrics: &metrics)
            var number: [Item] = []
            if let backdrop = theme.pageNumberBackdrop {
                let side = theme.pageNumberInset.x * 2 + 80
                number.append(.shape(ShapeItem(path: .polygon([Point(x: size.width, y: size.height - side),
                                                                Point(x: size.width, y: size.height),
                                                                Point(x: size.width - side, y: size.height)]),
                                               fill: backdrop)))
            }
            number += block.moved(dx: size.width - theme.pageNumberInset.x - boxWidth,
                                  dy: size.height - theme.pageNumberInset.y - block.height).items
            items.append(.group(GroupItem(number, tag: .class("page-number"))))
        }
        return items
    }
}
