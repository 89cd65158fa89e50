import Geometry
import Native
import Scene

/// Turns Scene text into Native layouts, one way for measuring and every backend.
struct TextLayoutFactory {
    let fonts: FontLibrary
    /// One layout reused for every measurement (nil only if Pango could not make it).
    let measuring: TextMeasuringLayout?
    /// Words shaped once and reused by later measuring and drawing.
    let words: WordLayouts
    /// ASCII in monospaced fonts, measured by arithmetic.
    let monospaced: MonospacedWidths

    init(fonts: FontLibrary) {
        self.fonts = fonts
        measuring = try? TextMeasuringLayout(library: fonts)
        words = WordLayouts(fonts: fonts)
        monospaced = MonospacedWidths(library: fonts)
    }

    /// The size of `spans` as they will be drawn: unwrapped lines that `placeLines` draws word
    /// by word are measured the same way, from the word table (shaping each word there once,
    /// for drawing later); anything else as `layout(spans, style:, width:, alignment:)` would
    /// have it, on the reused layout.
    func size(_ spans: [TextSpan], style: TextStyle, width: Double?) throws(NativeError) -> Size {
        let font = Self.font(style)
        if width == nil, spans.count == 1, !spans[0].bold, !spans[0].italic,
           let size = monospaced.size(of: spans[0].text, font: font) {
            return size
        }
        if width == nil, let lines = WordLines(spans) {
            var size = Size(width: 0, height: 0)
            for line in lines.lines {
                let measured = try lineSize(line, font: font).size
                size.width = max(size.width, measured.width)
                size.height += measured.height
            }
            return size
        }
        let runs = spans.map { StyledRun($0.text, bold: $0.bold, italic: $0.italic) }
        guard let measuring else {
            return try TextLayout(library: fonts, runs: runs, font: font, width: width, alignment: .left).size
        }
        return measuring.size(of: runs, font: font, width: width, alignment: .left)
    }

    func layout(_ spans: [TextSpan], style: TextStyle, width: Double?,
                alignment: TextAlignment) throws(NativeError) -> TextLayout {
        let runs = spans.map { StyledRun($0.text, bold: $0.bold, italic: $0.italic) }
        return try TextLayout(library: fonts, runs: runs, font: Self.font(style), width: width,
                              alignment: Self.lineAlignment(alignment))
    }

    /// A line drawn word by word (`placeLines`): its words, its size (the words' advances
    /// added up; the tallest ascent over the deepest descent, as Pango sizes a line of
    /// several runs) and its ascent.
    func lineSize(_ pieces: WordPieces, font: FontSpec) throws(NativeError)
        -> (words: [ShapedWord], size: Size, ascent: Double) {
        var words: [ShapedWord] = []
        words.reserveCapacity(pieces.pieces.count)
        var width = 0.0, ascent = 0.0, descent = 0.0
        for piece in pieces.pieces {
            let word = try self.words.layout(piece.run, font: font)
            words.append(word)
            width += word.size.width
            ascent = max(ascent, word.baseline)
            descent = max(descent, word.size.height - word.baseline)
        }
        return (words, Size(width: width, height: ascent + descent), ascent)
    }

    static func font(_ style: TextStyle) -> FontSpec {
        FontSpec(family: style.family, size: style.size, weight: style.weight, italic: style.italic)
    }

    /// A non-wrapping text item as lines of words from the word table (words and the spaces
    /// between them, in order), each with where it starts: its left end and its baseline.
    /// Lines stack by their heights and align in the box one by one, and words follow one
    /// another by their measured advances on their line's baseline, as a layout of the whole
    /// text would place them. Nil when the item must be laid out whole (`WordLines` says
    /// which text qualifies).
    func placeLines(_ text: TextItem) throws(NativeError) -> [(words: [ShapedWord], origin: Point)]? {
        guard !text.wraps, let lines = WordLines(text.spans) else { return nil }
        let font = Self.font(text.style)
        var placed: [(words: [ShapedWord], origin: Point)] = []
        placed.reserveCapacity(lines.lines.count)
        var top = text.box.minY
        for pieces in lines.lines {
            let line = try lineSize(pieces, font: font)
            var x = text.box.minX
            switch text.alignment {
            case .left: break
            case .center: x += (text.box.width - line.size.width) / 2
            case .right: x += text.box.width - line.size.width
            }
            placed.append((line.words, Point(x: x, y: top + line.ascent)))
            top += line.size.height
        }
        return placed
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
