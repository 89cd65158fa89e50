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
        if width == nil, let lines = WordLines(spans), let measured = try lineSizes(lines, font: font) {
            return Size(width: measured.map(\.size.width).max() ?? 0, height: measured.reduce(0) { $0 + $1.size.height })
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

    /// One line drawn word by word (`placeLines`).
    struct LineWords {
        var words: [ShapedWord]
        /// The span of each word.
        var spans: [Int]
        /// The words' advances added up; the tallest ascent over the deepest descent, as Pango
        /// sizes a line of several runs.
        var size: Size
        var ascent: Double
    }

    /// The lines of `lines` as words from the word table, or nil when one must be laid out
    /// whole.
    func lineSizes(_ lines: WordLines, font: FontSpec) throws(NativeError) -> [LineWords]? {
        var measured: [LineWords] = []
        for line in lines.lines {
            guard let words = try lineWords(line, font: font) else { return nil }
            measured.append(words)
        }
        return measured
    }

    /// A line's words, or nil when a word needs a font other than the line's own family (a
    /// CJK word, an emoji, an icon): Pango's itemizer decides which font the spaces next to
    /// such a word take from the characters around them, so that line is laid out whole.
    /// With every word in the line's family, words shaped one by one advance exactly as the
    /// whole line would (the bundled fonts do not kern across spaces).
    func lineWords(_ line: WordPieces, font: FontSpec) throws(NativeError) -> LineWords? {
        var words: [ShapedWord] = []
        words.reserveCapacity(line.pieces.count)
        var width = 0.0, ascent = 0.0, descent = 0.0
        for piece in line.pieces {
            let word = try self.words.layout(piece.run, font: font)
            guard word.families.allSatisfy({ $0 == font.family }) else { return nil }
            words.append(word)
            width += word.size.width
            ascent = max(ascent, word.baseline)
            descent = max(descent, word.size.height - word.baseline)
        }
        return LineWords(words: words, spans: line.pieces.map(\.span), size: Size(width: width, height: ascent + descent),
                         ascent: ascent)
    }

    /// Where Pango starts a centred line inside a block `width` wide: half the slack in whole
    /// Pango units, rounded to a whole pixel when both widths are whole pixels.
    static func centringOffset(_ width: Double, _ lineWidth: Double) -> Double {
        let scale = 1024
        let block = Int((width * Double(scale)).rounded()), line = Int((lineWidth * Double(scale)).rounded())
        var offset = (block - line) / 2
        if (block | line) & (scale - 1) == 0 { offset = (offset + scale / 2) & ~(scale - 1) }
        return Double(offset) / Double(scale)
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
    func placeLines(_ text: TextItem) throws(NativeError) -> [(line: LineWords, origin: Point)]? {
        guard !text.wraps, let lines = WordLines(text.spans) else { return nil }
        let font = Self.font(text.style)
        guard let measured = try lineSizes(lines, font: font) else { return nil }
        // Pango aligns each line within the widest, then `place` aligns that block in the box.
        let widest = measured.map(\.size.width).max() ?? 0
        var placed: [(line: LineWords, origin: Point)] = []
        placed.reserveCapacity(measured.count)
        var top = text.box.minY
        for line in measured {
            var x = text.box.minX
            switch text.alignment {
            case .left: break
            case .center: x += (text.box.width - widest) / 2 + Self.centringOffset(widest, line.size.width)
            case .right: x += text.box.width - line.size.width
            }
            placed.append((line, Point(x: x, y: top + line.ascent)))
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
