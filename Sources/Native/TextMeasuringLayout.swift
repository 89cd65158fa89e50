import CPangoCairo
import Geometry

/// One Pango layout reused for measuring many texts: each measure sets every property a
/// `TextLayout` of the same runs would have, so sizes are exactly a new layout's, without
/// making and freeing a layout per word. Confined to the thread that owns its `FontLibrary`.
public final class TextMeasuringLayout {
    let layout: OpaquePointer
    /// Keeps the font map and context alive as long as the layout.
    let library: FontLibrary

    public init(library: FontLibrary) throws(NativeError) {
        guard let layout = pango_layout_new(library.context) else {
            throw .creationFailed("pango_layout_new")
        }
        self.layout = layout
        self.library = library
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(layout))
    }

    /// The size `TextLayout(library:runs:font:width:alignment:).size` would report.
    public func size(of runs: [StyledRun], font: FontSpec, width: Double?, alignment: LineAlignment) -> Size {
        let (clean, bytes, starts) = TextLayout.text(of: runs)
        TextLayout.configure(layout, bytes: bytes, runs: clean, runStarts: starts, font: font, width: width,
                             alignment: alignment)
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        return Size(width: Double(logical.width) / TextLayout.pangoScale,
                    height: Double(logical.height) / TextLayout.pangoScale)
    }
}
