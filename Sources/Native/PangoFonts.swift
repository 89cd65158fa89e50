import CPangoCairo

/// The two ways Native code talks about Pango fonts: a `FontSpec` as a font description, and
/// the family of a font Pango picked.
enum PangoFonts {
    /// A new font description of `font` (the caller frees it).
    static func description(_ font: FontSpec) -> OpaquePointer? {
        guard let description = pango_font_description_new() else { return nil }
        pango_font_description_set_family(description, font.family)
        pango_font_description_set_absolute_size(description, font.size * TextLayout.pangoScale)
        pango_font_description_set_weight(description, PangoWeight(rawValue: UInt32(clamping: font.weight)))
        pango_font_description_set_style(description, font.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        return description
    }

    /// The family name of `font`.
    static func family(of font: UnsafeMutablePointer<PangoFont>) -> String? {
        guard let description = pango_font_describe(font) else { return nil }
        defer { pango_font_description_free(description) }
        return pango_font_description_get_family(description).map { String(cString: $0) }
    }
}
