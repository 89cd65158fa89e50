import CCairo
import CPangoCairo
import Geometry

extension Canvas {
    /// Draws one line made of words (and the spaces between them) set one after another,
    /// starting at `origin.x` with their baselines on `origin.y`.
    ///
    /// Neighbouring words shaped in the same font are joined into one glyph run, so a line
    /// costs the PDF one text operation instead of one per word, and its text (spaces
    /// included) stays extractable. Words kept as whole layouts (font fallback, colour
    /// glyphs) are drawn on their own.
    public func drawLine(_ words: [ShapedWord], at origin: Point, color: PaintColor) {
        cairo_set_source_rgba(cr, color.red, color.green, color.blue, color.alpha)
        var x = origin.x
        var group: [ShapedWord] = []
        var groupFont: UnsafeMutablePointer<PangoFont>?
        var groupX = x
        func flush() {
            if !group.isEmpty { drawJoined(group, at: Point(x: groupX, y: origin.y)) }
            group.removeAll(keepingCapacity: true)
            groupFont = nil
        }
        for word in words {
            if let item = word.item {
                let font = item.pointee.analysis.font
                if font != groupFont { flush(); groupFont = font; groupX = x }
                group.append(word)
            } else if let layout = word.layout {
                flush()
                if !word.bytes.allSatisfy({ $0 == 0x20 }) {
                    draw(layout, at: Point(x: x, y: origin.y - word.baseline), color: color)
                    cairo_set_source_rgba(cr, color.red, color.green, color.blue, color.alpha)
                }
            }
            x += word.size.width
        }
        flush()
        cairo_new_path(cr)
    }

    /// Draws directly shaped words that share one font as a single glyph run, baseline at
    /// `origin.y`.
    private func drawJoined(_ words: [ShapedWord], at origin: Point) {
        let glyphCount = words.reduce(0) { $0 + Int($1.glyphs?.pointee.num_glyphs ?? 0) }
        guard glyphCount > 0, let first = words.first?.item, let glyphs = pango_glyph_string_new() else { return }
        defer { pango_glyph_string_free(glyphs) }
        pango_glyph_string_set_size(glyphs, Int32(glyphCount))
        var text: [UInt8] = []
        var characters: Int32 = 0
        var next = 0
        for word in words {
            guard let source = word.glyphs?.pointee, let item = word.item else { continue }
            for index in 0..<Int(source.num_glyphs) {
                glyphs.pointee.glyphs[next] = source.glyphs[index]
                glyphs.pointee.log_clusters[next] = source.log_clusters[index] + Int32(text.count)
                next += 1
            }
            text.append(contentsOf: word.bytes)
            characters += item.pointee.num_chars
        }
        guard let item = pango_item_copy(first) else { return }
        defer { pango_item_free(item) }
        item.pointee.offset = 0
        item.pointee.length = Int32(text.count)
        item.pointee.num_chars = characters
        var glyphItem = PangoGlyphItem(item: item, glyphs: glyphs, y_offset: 0, start_x_offset: 0, end_x_offset: 0)
        cairo_move_to(cr, origin.x, origin.y)
        text.append(0)
        text.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                pango_cairo_show_glyph_item(cr, chars.baseAddress, &glyphItem)
            }
        }
    }
}
