import CCairo
import CPangoCairo
import Geometry

extension Canvas {
    /// Draws `image` stretched to fill `rect` (the caller chooses the rect's aspect).
    /// Pixels are sampled smoothly; an SVG draws as vector paths, so PDF output stays vector.
    public func draw(_ image: DecodedImage, in rect: Rect) throws(NativeError) {
        let natural = image.naturalSize
        guard rect.width > 0, rect.height > 0, [rect.minX, rect.minY, rect.width, rect.height].allSatisfy(\.isFinite),
              natural.width > 0, natural.height > 0
        else { return }
        cairo_save(cr)
        defer { cairo_restore(cr) }
        cairo_translate(cr, rect.minX, rect.minY)
        cairo_scale(cr, rect.width / natural.width, rect.height / natural.height)
        switch image.content {
        case .raster(let surface):
            cairo_set_source_surface(cr, surface, 0, 0)
            let pattern = cairo_get_source(cr)
            // On pixels, PAD keeps the edge pixels opaque when smoothed (no fading into
            // transparency). PDF viewers do not fade edges, and a padded image would lose its
            // attached JPEG data (Cairo re-encodes it), so PDF keeps the default.
            if cairo_surface_get_type(cairo_get_target(cr)) == CAIRO_SURFACE_TYPE_IMAGE {
                cairo_pattern_set_extend(pattern, CAIRO_EXTEND_PAD)
            }
            cairo_pattern_set_filter(pattern, CAIRO_FILTER_GOOD)
            cairo_rectangle(cr, 0, 0, natural.width, natural.height)
            cairo_fill(cr)
        case .vector(let handle):
            let rsvg = try ImageLibraries.get()
            var viewport = SVGRectangle(x: 0, y: 0, width: natural.width, height: natural.height)
            var error: UnsafeMutablePointer<GError>?
            let ok = withUnsafeBytes(of: &viewport) { box in
                rsvg.svgRenderDocument(handle, cr, box.baseAddress, &error)
            }
            if ok == 0 {
                throw .imageDecodeFailed("SVG: " + PixbufDecoder.consume(&error, or: "could not be drawn"))
            }
        }
    }
}
