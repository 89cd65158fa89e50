import Diagnostics
import Geometry
import Native
import Scene

extension SlideLayouter {
    /// The image at `url`, or nil after reporting why it cannot be drawn.
    mutating func loadImage(_ url: String, node: MarkdownNode) -> ImageSource? {
        let lower = url.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("//") {
            report(.warning("deck.remote-image", "remote image '\(url)' is not fetched", at: locator.range(of: node),
                            hint: "download it next to the deck and use a relative path"))
            return nil
        }
        switch resources.load(url) {
        case .failure(let error):
            report(.error("deck.missing-image", "cannot read image '\(url)': \(error.message)",
                          at: locator.range(of: node), hint: "paths are relative to the deck file"))
            return nil
        case .success(let bytes):
            guard let source = ImageProbe.source(bytes, path: url) else {
                report(.error("deck.unsupported-image", "'\(url)' is not a PNG, JPEG or SVG image",
                              at: locator.range(of: node)))
                return nil
            }
            return filtered(source, url: url, node: node)
        }
    }

    /// An inline image's source and drawn size: `w:`/`h:` from its alt text, else its natural
    /// size limited to the line height times 8 and the width of the slide's content.
    mutating func inlineImage(_ node: MarkdownNode, maxWidth: Double) -> (ImageSource, Size)? {
        guard case .image(let url, _) = node.kind else { return nil }
        let spec = ImageSpec(alt: node.plainText)
        guard let source = loadImage(url, node: node) else { return nil }
        let natural = source.naturalSize ?? Size(width: 300, height: 150)
        let ratio = natural.width > 0 ? natural.height / natural.width : 1
        var size: Size
        switch (spec.width, spec.height) {
        case let (w?, h?): size = Size(width: w, height: h)
        case let (w?, nil): size = Size(width: w, height: w * ratio)
        case let (nil, h?): size = Size(width: ratio > 0 ? h / ratio : h, height: h)
        case (nil, nil): size = natural
        }
        if size.width > maxWidth, maxWidth > 0 {
            size = Size(width: maxWidth, height: size.height * maxWidth / size.width)
        }
        return (source, size)
    }

    /// A paragraph that is a single unsized image: drawn as flexible content that shrinks to
    /// the room left on the slide (never enlarged).
    mutating func standaloneImage(_ paragraph: MarkdownNode, width: Double) -> LaidBlock? {
        let meaningful = paragraph.children.filter {
            if case .softBreak = $0.kind { return false }
            if case .text(let t) = $0.kind { return !t.allSatisfy(\.isWhitespace) }
            return true
        }
        guard meaningful.count == 1, let node = meaningful.first, case .image(let url, _) = node.kind else { return nil }
        let spec = ImageSpec(alt: node.plainText)
        guard spec.width == nil, spec.height == nil else { return nil }
        guard let source = loadImage(url, node: node) else {
            return LaidBlock(items: [], width: width, height: 0, line: paragraph.start.line)
        }
        let natural = source.naturalSize ?? Size(width: width, height: width / 2)
        let content = FlexibleContent(natural: natural, items: [ImageItems.item(source, rect: Rect(origin: .zero, size: natural))],
                                      maxScale: 1, tag: .class("image-block"))
        return content.block(width: width, height: .infinity, alignment: alignment, line: paragraph.start.line,
                             spaceAbove: theme.blockSpaceAbove, spaceBelow: theme.blockSpaceBelow)
    }
}
