import Geometry
import Native
import Scene

/// Turns Scene text into Native layouts, one way for measuring and every backend.
struct TextLayoutFactory {
    let fonts: FontLibrary
    /// One layout reused for every measurement (nil only if Pango could not make it).
    let measuring: TextMeasuringLayout?

    init(fonts: FontLibrary) {
        self.fonts = fonts
        measuring = try? TextMeasuringLayout(library: fonts)
    }

    /// The size `layout(spans, style:, width:, alignment:)` would have, measured on the reused layout.
    func size(_ spans: [TextSpan], style: TextStyle, width: Double?) throws(NativeError) -> Size {
        let runs = spans.map { StyledRun($0.text, bold: $0.bold, italic: $0.italic) }
        let font = FontSpec(family: style.family, size: style.size, weight: style.weight, italic: style.italic)
        guard let measuring else {
            return try TextLayout(library: fonts, runs: runs, font: font, width: width, alignment: .left).size
        }
        return measuring.size(of: runs, font: font, width: width, alignment: .left)
    }

    func layout(_ spans: [TextSpan], style: TextStyle, width: Double?,
                alignment: TextAlignment) throws(NativeError) -> TextLayout {
        let runs = spans.map { StyledRun($0.text, bold: $0.bold, italic: $0.italic) }
        let font = FontSpec(family: style.family, size: style.size, weight: style.weight, italic: style.italic)
        return try TextLayout(library: fonts, runs: runs, font: font, width: width,
                              alignment: Self.lineAlignment(alignment))
    }

    /// The layout of a text item and where its top-left corner goes: wrapping items align
    /// inside the box width; others are laid out unwrapped and placed in the box by alignment.
    func place(_ text: TextItem) throws(NativeError) -> (layout: TextLayout, origin: Point) {
        let layout = try layout(text.spans, style: text.style, width: text.wraps ? text.box.width : nil,
                                alignment: text.alignment)
        var origin = text.box.origin
        if !text.wraps {
            let slack = text.box.width - layout.size.width
            switch text.alignment {
            case .left: break
            case .center: origin.x += slack / 2
            case .right: origin.x += slack
            }
        }
        return (layout, origin)
    }

    /// Whether a text item has something to draw at a usable size and place.
    static func isDrawable(_ text: TextItem) -> Bool {
        let numbers = [text.style.size, text.box.minX, text.box.minY, text.box.width]
        return !text.plainText.isEmpty && numbers.allSatisfy(\.isFinite) && text.style.size > 0
    }

    static func lineAlignment(_ alignment: TextAlignment) -> LineAlignment {
        switch alignment {
        case .left: .left
        case .center: .center
        case .right: .right
        }
    }
}
