import CCairo
import CPangoCairo
import Geometry

/// Colour emoji in PDF output.
///
/// Cairo 1.16 puts a colour bitmap glyph into a PDF as an image rasterised at the glyph's size
/// in points (a 16 pt emoji becomes 20×19 pixels, blurred when zoomed) and drops its text, so
/// the emoji cannot be searched or copied. A layout holding colour-font runs is therefore
/// drawn run by run: ordinary runs as Pango draws them; each colour glyph as an image made at
/// about the font's own strike resolution, over the same characters set in the symbol font
/// (Symbola) and painted almost transparent, which carries the text for search and copy.
extension Canvas {
    /// The text font under colour glyphs: it holds most emoji, so PDF readers map them back.
    static let colorGlyphTextFamily = "Symbola"
    /// Pixels along the longer side of a glyph image: about the colour font's own strike
    /// (Noto Color Emoji's is 109 px per em, ~136 px wide), whatever size the text is.
    static let colorGlyphImagePixels = 128.0
    /// Pango's glyph ids for "draw nothing" and the flag of a missing-glyph box.
    static let emptyGlyph: PangoGlyph = 0x0FFF_FFFF
    static let unknownGlyphFlag: PangoGlyph = 0x1000_0000

    /// Whether `layout` must be drawn run by run on this canvas (PDF target, colour runs).
    func needsColorGlyphDrawing(_ layout: TextLayout) -> Bool {
        guard cairo_surface_get_type(cairo_get_target(cr)) == CAIRO_SURFACE_TYPE_PDF,
              !layout.library.colorFamilies.isEmpty else { return false }
        return layout.usedFamilies.contains(where: layout.library.colorFamilies.contains)
    }

    /// Draws `layout` one glyph run at a time; colour runs as images over hidden text.
    func drawRunByRun(_ layout: TextLayout, at origin: Point, color: PaintColor) {
        guard let iterator = pango_layout_get_iter(layout.layout), let text = pango_layout_get_text(layout.layout) else {
            return
        }
        defer { pango_layout_iter_free(iterator) }
        let colorFamilies = layout.library.colorFamilies
        repeat {
            guard let run = pango_layout_iter_get_run(iterator) else { continue }  // end of a line
            var logical = PangoRectangle()
            pango_layout_iter_get_run_extents(iterator, nil, &logical)
            let x = origin.x + Double(logical.x) / TextLayout.pangoScale
            let y = origin.y + Double(pango_layout_iter_get_baseline(iterator)) / TextLayout.pangoScale
            cairo_set_source_rgba(cr, color.red, color.green, color.blue, color.alpha)
            if let family = Self.family(of: run), colorFamilies.contains(family) {
                drawHiddenText(of: run, text: text, at: Point(x: x, y: y), layout: layout, color: color)
                drawColorGlyphs(of: run, at: Point(x: x, y: y))
            } else {
                cairo_move_to(cr, x, y)
                pango_cairo_show_glyph_item(cr, text, run)
            }
        } while pango_layout_iter_next_run(iterator) != 0
        cairo_new_path(cr)
    }

    private static func fontName(_ font: UnsafeMutablePointer<PangoFont>) -> String {
        guard let description = pango_font_describe(font) else { return "" }
        defer { pango_font_description_free(description) }
        guard let name = pango_font_description_to_string(description) else { return "" }
        defer { g_free(name) }
        return String(cString: name)
    }

    private static func family(of run: UnsafeMutablePointer<PangoGlyphItem>) -> String? {
        run.pointee.item.pointee.analysis.font.flatMap(PangoFonts.family(of:))
    }

    /// Each glyph of a colour run as an image of its ink box, made at `colorGlyphImagePixels`.
    private func drawColorGlyphs(of run: UnsafeMutablePointer<PangoGlyphItem>, at origin: Point) {
        guard let font = run.pointee.item.pointee.analysis.font, let glyphs = run.pointee.glyphs else { return }
        var advance = 0.0
        for index in 0..<Int(glyphs.pointee.num_glyphs) {
            let info = glyphs.pointee.glyphs[index]
            defer { advance += Double(info.geometry.width) / TextLayout.pangoScale }
            guard info.glyph & Self.unknownGlyphFlag == 0, info.glyph != Self.emptyGlyph else { continue }
            var ink = PangoRectangle()
            pango_font_get_glyph_extents(font, info.glyph, &ink, nil)
            let box = Rect(x: Double(ink.x) / TextLayout.pangoScale, y: Double(ink.y) / TextLayout.pangoScale,
                           width: Double(ink.width) / TextLayout.pangoScale, height: Double(ink.height) / TextLayout.pangoScale)
            guard box.width > 0, box.height > 0,
                  let image = colorGlyphImage(font: font, glyph: info.glyph, ink: box) else { continue }
            let x = origin.x + advance + Double(info.geometry.x_offset) / TextLayout.pangoScale + box.minX
            let y = origin.y + Double(info.geometry.y_offset) / TextLayout.pangoScale + box.minY
            cairo_save(cr)
            cairo_translate(cr, x, y)
            cairo_scale(cr, box.width / Double(cairo_image_surface_get_width(image)),
                        box.height / Double(cairo_image_surface_get_height(image)))
            cairo_set_source_surface(cr, image, 0, 0)
            cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD)
            cairo_paint(cr)
            cairo_restore(cr)
        }
    }

    /// The glyph drawn alone into an image of its ink box; kept per canvas, so a glyph used
    /// again on the page or in the document is one image in the PDF.
    private func colorGlyphImage(font: UnsafeMutablePointer<PangoFont>, glyph: PangoGlyph, ink: Rect) -> OpaquePointer? {
        let scale = Self.colorGlyphImagePixels / max(ink.width, ink.height)
        let key = ColorGlyphKey(font: Self.fontName(font), glyph: glyph)
        if let cached = colorGlyphImages[key] { return cached }
        let width = Int32(max(1, (ink.width * scale).rounded(.up)))
        let height = Int32(max(1, (ink.height * scale).rounded(.up)))
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height) else { return nil }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let context = cairo_create(surface) else {
            cairo_surface_destroy(surface)
            return nil
        }
        cairo_scale(context, Double(width) / ink.width, Double(height) / ink.height)
        cairo_translate(context, -ink.minX, -ink.minY)
        cairo_move_to(context, 0, 0)
        if let glyphs = pango_glyph_string_new() {
            pango_glyph_string_set_size(glyphs, 1)
            glyphs.pointee.glyphs[0] = PangoGlyphInfo(glyph: glyph, geometry: PangoGlyphGeometry(), attr: PangoGlyphVisAttr())
            pango_cairo_show_glyph_string(context, font, glyphs)
            pango_glyph_string_free(glyphs)
        }
        cairo_destroy(context)
        cairo_surface_flush(surface)
        colorGlyphImages[key] = surface
        return surface
    }

    /// The run's characters in the symbol font, each stretched to its colour glyph's advance,
    /// painted at the lowest opacity Cairo still draws, under the glyph images.
    private func drawHiddenText(of run: UnsafeMutablePointer<PangoGlyphItem>, text: UnsafePointer<CChar>,
                                at origin: Point, layout: TextLayout, color: PaintColor) {
        guard let colorGlyphs = run.pointee.glyphs, let description = pango_font_description_new() else { return }
        defer { pango_font_description_free(description) }
        pango_font_description_set_family(description, Self.colorGlyphTextFamily)
        // The layout's size: the colour font's own description reports its strike's scaled size.
        if let base = pango_layout_get_font_description(layout.layout) {
            pango_font_description_set_absolute_size(description, Double(pango_font_description_get_size(base)))
        }
        guard let textFont = pango_font_map_load_font(layout.library.fontMap, layout.library.context, description),
              let glyphs = pango_glyph_string_new() else { return }
        defer {
            pango_glyph_string_free(glyphs)
            g_object_unref(textFont)
        }
        var item = run.pointee.item.pointee
        item.analysis.font = textFont
        pango_shape_full(text + Int(item.offset), item.length, text, -1, &item.analysis, glyphs)
        HiddenTextWidths.match(glyphs, to: colorGlyphs)
        cairo_set_source_rgba(cr, color.red, color.green, color.blue, 1.0 / 255)
        cairo_move_to(cr, origin.x, origin.y)
        withUnsafeMutablePointer(to: &item) { itemPointer in
            var glyphItem = PangoGlyphItem(item: itemPointer, glyphs: glyphs, y_offset: 0, start_x_offset: 0, end_x_offset: 0)
            pango_cairo_show_glyph_item(cr, text, &glyphItem)
        }
        cairo_set_source_rgba(cr, color.red, color.green, color.blue, color.alpha)
    }
}

/// A colour glyph image's cache key: the font's description (family, size...) and glyph id.
struct ColorGlyphKey: Hashable {
    let font: String
    let glyph: PangoGlyph
}

/// Advances of the hidden text, so it spans exactly the colour glyphs it stands for.
enum HiddenTextWidths {
    static func match(_ glyphs: UnsafeMutablePointer<PangoGlyphString>, to colorGlyphs: UnsafeMutablePointer<PangoGlyphString>) {
        let count = Int(glyphs.pointee.num_glyphs), colorCount = Int(colorGlyphs.pointee.num_glyphs)
        let target = (0..<colorCount).reduce(0) { $0 + Int(colorGlyphs.pointee.glyphs[$1].geometry.width) }
        if count == colorCount {
            for i in 0..<count { glyphs.pointee.glyphs[i].geometry.width = colorGlyphs.pointee.glyphs[i].geometry.width }
            return
        }
        let total = (0..<count).reduce(0) { $0 + Int(glyphs.pointee.glyphs[$1].geometry.width) }
        guard total > 0 else { return }
        for i in 0..<count {
            let width = Int(glyphs.pointee.glyphs[i].geometry.width)
            glyphs.pointee.glyphs[i].geometry.width = Int32(clamping: width * target / total)
        }
    }
}
