import CPangoCairo

extension TextLayout {
    /// Characters no loaded font could draw (each shown as a missing-glyph box).
    public var unknownGlyphCount: Int { Int(pango_layout_get_unknown_glyphs_count(layout)) }

    /// Family names of the fonts Pango picked for the layout's glyph runs, in order of first
    /// use: the requested family, and any fallback family a character needed. Worked out
    /// once per layout (a cached layout is drawn many times).
    public var usedFamilies: [String] {
        if let known = familiesMemo { return known }
        let families = findUsedFamilies()
        familiesMemo = families
        return families
    }

    /// Distance from the layout's top to its first line's baseline.
    public var baseline: Double {
        if let known = baselineMemo { return known }
        let baseline = Double(pango_layout_get_baseline(layout)) / Self.pangoScale
        baselineMemo = baseline
        return baseline
    }

    private func findUsedFamilies() -> [String] {
        guard let iterator = pango_layout_get_iter(layout) else { return [] }
        defer { pango_layout_iter_free(iterator) }
        var families: [String] = []
        repeat {
            guard let run = pango_layout_iter_get_run_readonly(iterator),
                  let font = run.pointee.item.pointee.analysis.font,
                  let name = PangoFonts.family(of: font) else { continue }
            if !families.contains(name) { families.append(name) }
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

extension TextLayout {
    /// The one advance every glyph of this single-line layout has, when each byte of its text
    /// became one glyph of that same width (a monospaced font over ASCII); else nil.
    public var uniformAdvance: Double? {
        guard lineCount == 1, let line = pango_layout_get_line_readonly(layout, 0) else { return nil }
        var advance: Int32?
        var glyphs = 0
        var runs = line.pointee.runs
        while let node = runs {
            defer { runs = node.pointee.next }
            guard let run = node.pointee.data?.assumingMemoryBound(to: PangoGlyphItem.self),
                  let string = run.pointee.glyphs else { return nil }
            for index in 0..<Int(string.pointee.num_glyphs) {
                let width = string.pointee.glyphs[index].geometry.width
                if advance == nil { advance = width }
                guard width == advance else { return nil }
            }
            glyphs += Int(string.pointee.num_glyphs)
        }
        guard let advance, glyphs == bytes.count, bytes.allSatisfy({ (0x20...0x7E).contains($0) }) else { return nil }
        return Double(advance) / Self.pangoScale
    }
}
