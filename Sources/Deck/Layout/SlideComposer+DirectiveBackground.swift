import Geometry
import Native
import Scene

extension SlideComposer {
    /// The `backgroundImage` directive's picture (or the theme's): sized by `backgroundSize`,
    /// placed by `backgroundPosition`, tiled by `backgroundRepeat`, clipped to the slide.
    func directiveBackground(layouter: inout SlideLayouter, in slideRect: Rect) -> Item? {
        guard let directive = slide.directives.backgroundImage ?? theme.backgroundImage, let url = Self.cssURL(directive)
        else { return nil }
        let node = MarkdownNode(kind: .image(url: url, title: ""), start: MarkdownPosition(line: slide.line, column: 1),
                                end: MarkdownPosition(line: slide.line, column: 1))
        guard let source = layouter.loadImage(url, node: node) else { return nil }
        let directives = slide.directives
        let fit: ImageSpec.Fit = directives.backgroundSize.map { ImageSpec(alt: $0).fit } ?? .cover
        let lengths: (width: Double?, height: Double?) = directives.backgroundSize.map(Self.sizeLengths) ?? (nil, nil)
        let position = directives.backgroundPosition.flatMap(BackgroundPosition.init(css:)) ?? .center
        let rect = SlideBackground.placement(natural: source.naturalSize ?? slideRect.size, in: slideRect, fit: fit,
                                             width: lengths.width, height: lengths.height, position: position)
        let tiling = directives.backgroundRepeat.flatMap(BackgroundRepeat.init(css:)) ?? .noRepeat
        let tiles = tiling.tiles(of: rect, over: slideRect).map { ImageItems.item(source, rect: $0) }
        return .group(GroupItem(tiles, clip: .rect(slideRect), tag: .class("background-image")))
    }

    /// Lengths of a CSS `background-size` (`300px`, `300px 200px`, `auto 200px`); a keyword
    /// or percentage leaves its axis to the fit.
    static func sizeLengths(_ value: String) -> (width: Double?, height: Double?) {
        let words = value.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
        func length(_ index: Int) -> Double? {
            guard words.indices.contains(index), !words[index].hasSuffix("%") else { return nil }
            return ImageSpec.length(words[index]).flatMap { $0 > 0 && $0.isFinite ? $0 : nil }
        }
        return (length(0), length(1))
    }
}
