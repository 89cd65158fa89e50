import CPangoCairo
import Geometry

/// A word (or a run of spaces) ready to measure and draw on one line.
///
/// Text in one font is itemized and shaped straight through Pango's itemizer and shaper, which
/// costs about half of a `PangoLayout` (no line breaking, break attributes or line
/// bookkeeping); its size and baseline are the ones a layout of the same text reports. Text
/// that needs several fonts or directions, or a colour font, keeps a whole `TextLayout`.
public final class ShapedWord {
    /// The one item and its glyphs, when shaped directly.
    let item: UnsafeMutablePointer<PangoItem>?
    let glyphs: UnsafeMutablePointer<PangoGlyphString>?
    /// The layout, when the word could not be shaped directly.
    let layout: TextLayout?
    /// The word's UTF-8 bytes (no NUL).
    let bytes: [UInt8]
    /// Logical width (advance) and height (ascent + descent).
    public let size: Size
    /// Distance from the top to the baseline.
    public let baseline: Double

    /// Family names of the fonts that draw the word, in order of first use.
    public let families: [String]

    public init(library: FontLibrary, run: StyledRun, font: FontSpec) throws(NativeError) {
        let (clean, bytes, _) = TextLayout.text(of: [run])
        self.bytes = bytes
        if let direct = Self.shape(bytes, library: library, font: Self.resolved(font, run: clean[0])) {
            item = direct.item
            glyphs = direct.glyphs
            layout = nil
            families = [direct.family]
            var logical = PangoRectangle()
            pango_glyph_string_extents(direct.glyphs, direct.item.pointee.analysis.font, nil, &logical)
            let scale = TextLayout.pangoScale
            size = Size(width: Double(logical.width) / scale, height: Double(logical.height) / scale)
            baseline = Double(-logical.y) / scale
            return
        }
        let whole = try TextLayout(library: library, runs: [run], font: font, width: nil, alignment: .left)
        item = nil
        glyphs = nil
        layout = whole
        families = whole.usedFamilies
        size = whole.size
        baseline = whole.baseline
    }

    /// The word's text.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Whether the word was shaped directly (else it is drawn from a whole layout).
    public var isShapedDirectly: Bool { item != nil }

    deinit {
        if let glyphs { pango_glyph_string_free(glyphs) }
        if let item { pango_item_free(item) }
    }

    /// The font a `TextLayout` of this run would use: bold and italic runs change the base font.
    static func resolved(_ font: FontSpec, run: StyledRun) -> FontSpec {
        var resolved = font
        if run.bold { resolved.weight = max(font.weight, 700) }
        if run.italic { resolved.italic = true }
        return resolved
    }

    /// The item, glyphs and font family of `bytes` when they itemize into one left-to-right
    /// item in a font that is not a colour font; nil otherwise (nothing is left allocated).
    static func shape(_ bytes: [UInt8], library: FontLibrary, font: FontSpec)
        -> (item: UnsafeMutablePointer<PangoItem>, glyphs: UnsafeMutablePointer<PangoGlyphString>, family: String)? {
        guard !bytes.isEmpty, let description = PangoFonts.description(font) else { return nil }
        let attributes = pango_attr_list_new()
        if let attribute = pango_attr_font_desc_new(description) {
            pango_attr_list_insert(attributes, attribute)
        }
        pango_font_description_free(description)
        defer { pango_attr_list_unref(attributes) }
        return bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                let length = Int32(chars.count)
                guard let items = pango_itemize_with_base_dir(library.context, PANGO_DIRECTION_LTR, chars.baseAddress, 0,
                                                              length, attributes, nil) else { return nil }
                defer { g_list_free(items) }
                guard items.pointee.next == nil, let first = items.pointee.data else {
                    var node: UnsafeMutablePointer<GList>? = items
                    while let current = node {
                        pango_item_free(current.pointee.data?.assumingMemoryBound(to: PangoItem.self))
                        node = current.pointee.next
                    }
                    return nil
                }
                let item = first.assumingMemoryBound(to: PangoItem.self)
                guard item.pointee.analysis.level % 2 == 0, item.pointee.length == length,
                      let font = item.pointee.analysis.font, let family = PangoFonts.family(of: font),
                      !library.colorFamilies.contains(family), let glyphs = pango_glyph_string_new() else {
                    pango_item_free(item)
                    return nil
                }
                pango_shape_item(item, chars.baseAddress, length, nil, glyphs, PANGO_SHAPE_NONE)
                return (item, glyphs, family)
            }
        }
    }
}
