import CCairo
import CPangoCairo
import Geometry

extension Canvas {
    /// Draws one line made of single-line layouts set one after another (words and the
    /// spaces between them), starting at `origin.x` with their baselines on `origin.y`.
    ///
    /// Neighbouring pieces shaped in the same font are joined into one glyph run, so a line
    /// costs the PDF one text operation instead of one per word, and its text (spaces
    /// included) stays extractable. Pieces that cannot join (font fallback within a piece,
    /// colour glyphs, several glyph runs) are drawn on their own.
    public func drawLine(_ pieces: [TextLayout], at origin: Point, color: PaintColor) {
        cairo_set_source_rgba(cr, color.red, color.green, color.blue, color.alpha)
        var x = origin.x
        var group: [TextLayout] = []
        var groupFont: UnsafeMutablePointer<PangoFont>?
        var groupX = x
        func flush() {
            if !group.isEmpty { drawJoined(group, at: Point(x: groupX, y: origin.y)) }
            group.removeAll(keepingCapacity: true)
            groupFont = nil
        }
        for piece in pieces {
            let width = piece.size.width
            if let font = Self.singleRunFont(piece), !needsColorGlyphDrawing(piece) {
                if font != groupFont { flush(); groupFont = font; groupX = x }
                group.append(piece)
            } else {
                flush()
                if !piece.bytes.allSatisfy({ $0 == 0x20 }) {
                    draw(piece, at: Point(x: x, y: origin.y - piece.baseline), color: color)
                    cairo_set_source_rgba(cr, color.red, color.green, color.blue, color.alpha)
                }
            }
            x += width
        }
        flush()
        cairo_new_path(cr)
    }

    /// The font of a layout that is one line holding one glyph run, else nil.
    static func singleRunFont(_ layout: TextLayout) -> UnsafeMutablePointer<PangoFont>? {
        guard pango_layout_get_line_count(layout.layout) == 1,
              let line = pango_layout_get_line_readonly(layout.layout, 0),
              let runs = line.pointee.runs, runs.pointee.next == nil,
              let run = runs.pointee.data?.assumingMemoryBound(to: PangoGlyphItem.self),
              run.pointee.item.pointee.offset == 0,
              Int(run.pointee.item.pointee.length) == layout.bytes.count,
              run.pointee.item.pointee.analysis.level % 2 == 0 else { return nil }
        return run.pointee.item.pointee.analysis.font
    }

    /// Draws pieces that share one font as a single glyph run, baseline at `origin.y`.
    private func drawJoined(_ pieces: [TextLayout], at origin: Point) {
        let runs = pieces.map { piece in
            pango_layout_get_line_readonly(piece.layout, 0).pointee.runs.pointee.data.assumingMemoryBound(to: PangoGlyphItem.self)
        }
        let glyphCount = runs.reduce(0) { $0 + Int($1.pointee.glyphs.pointee.num_glyphs) }
        guard glyphCount > 0, let glyphs = pango_glyph_string_new() else { return }
        defer { pango_glyph_string_free(glyphs) }
        pango_glyph_string_set_size(glyphs, Int32(glyphCount))
        var text: [UInt8] = []
        var characters: Int32 = 0
        var next = 0
        for (piece, run) in zip(pieces, runs) {
            let source = run.pointee.glyphs.pointee
            for index in 0..<Int(source.num_glyphs) {
                glyphs.pointee.glyphs[next] = source.glyphs[index]
                glyphs.pointee.log_clusters[next] = source.log_clusters[index] + Int32(text.count)
                next += 1
            }
            text.append(contentsOf: piece.bytes)
            characters += run.pointee.item.pointee.num_chars
        }
        guard let item = pango_item_copy(runs[0].pointee.item) else { return }
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
