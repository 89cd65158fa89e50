import CPangoCairo

extension TextLayout {
    /// Characters no loaded font could draw (each shown as a missing-glyph box).
    public var unknownGlyphCount: Int { Int(pango_layout_get_unknown_glyphs_count(layout)) }

    /// Family names of the fonts Pango picked for the layout's glyph runs, in order of first
    /// use: the requested family, and any fallback family a character needed.
    public var usedFamilies: [String] {
        guard let iterator = pango_layout_get_iter(layout) else { return [] }
        defer { pango_layout_iter_free(iterator) }
        var families: [String] = []
        repeat {
            guard let run = pango_layout_iter_get_run_readonly(iterator),
                  let font = run.pointee.item.pointee.analysis.font,
                  let description = pango_font_describe(font) else { continue }
            defer { pango_font_description_free(description) }
            if let family = pango_font_description_get_family(description) {
                let name = String(cString: family)
                if !families.contains(name) { families.append(name) }
            }
        } while pango_layout_iter_next_run(iterator) != 0
        return families
    }

    /// The leftmost x (layout coordinates) of the bytes `start..<end` of `line`: for a piece
    /// holding right-to-left text, its first character is not its left edge.
    func leftEdge(of line: UnsafeMutablePointer<PangoLayoutLine>, from start: Int, to end: Int) -> Double {
        var position = PangoRectangle()
        pango_layout_index_to_pos(layout, Int32(start), &position)
        var left = Double(min(position.x, position.x + position.width))
        var ranges: UnsafeMutablePointer<Int32>?
        var count: Int32 = 0
        pango_layout_line_get_x_ranges(line, Int32(start), Int32(end), &ranges, &count)
        if let ranges {
            for i in 0..<Int(count) * 2 { left = min(left, Double(ranges[i])) }
            g_free(ranges)
        }
        return left / Self.pangoScale
    }
}
