import CCairo

/// How far apart two renderings of the same picture are, computed by Cairo (fast even in
/// debug builds): the per-pixel difference is composited, then box-filtered down before summing.
public enum ImageDifference {
    /// Mean absolute difference per colour channel (0...255) of two opaque PNGs over the area
    /// both cover.
    public static func mean(_ first: [UInt8], _ second: [UInt8]) throws(NativeError) -> Double {
        let a = try PNGDecoder.imageSurface(first)
        defer { cairo_surface_destroy(a) }
        let b = try PNGDecoder.imageSurface(second)
        defer { cairo_surface_destroy(b) }
        let width = min(cairo_image_surface_get_width(a), cairo_image_surface_get_width(b))
        let height = min(cairo_image_surface_get_height(a), cairo_image_surface_get_height(b))
        guard width > 0, height > 0 else { return 255 }
        guard let difference = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height) else {
            throw .creationFailed("cairo_image_surface_create")
        }
        defer { cairo_surface_destroy(difference) }
        try composite(difference) { cr in
            cairo_set_source_surface(cr, a, 0, 0)
            cairo_set_operator(cr, CAIRO_OPERATOR_SOURCE)
            cairo_paint(cr)
            cairo_set_source_surface(cr, b, 0, 0)
            cairo_set_operator(cr, CAIRO_OPERATOR_DIFFERENCE)
            cairo_paint(cr)
        }
        // Averaging 8×8 blocks keeps the mean and leaves 64 times fewer pixels to add up here.
        let smallWidth = (width + 7) / 8, smallHeight = (height + 7) / 8
        guard let small = cairo_image_surface_create(CAIRO_FORMAT_RGB24, smallWidth, smallHeight) else {
            throw .creationFailed("cairo_image_surface_create")
        }
        defer { cairo_surface_destroy(small) }
        try composite(small) { cr in
            cairo_scale(cr, Double(smallWidth) / Double(width), Double(smallHeight) / Double(height))
            cairo_set_source_surface(cr, difference, 0, 0)
            cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD)
            cairo_set_operator(cr, CAIRO_OPERATOR_SOURCE)
            cairo_paint(cr)
        }
        cairo_surface_flush(small)
        guard let data = cairo_image_surface_get_data(small) else { throw .cairo("no image data") }
        let stride = Int(cairo_image_surface_get_stride(small))
        var total = 0
        for y in 0..<Int(smallHeight) {
            let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
            for x in 0..<Int(smallWidth) {
                let p = row[x]
                total += Int((p >> 16) & 0xFF) + Int((p >> 8) & 0xFF) + Int(p & 0xFF)
            }
        }
        return Double(total) / Double(Int(smallWidth) * Int(smallHeight) * 3)
    }

    private static func composite(_ surface: OpaquePointer, _ body: (OpaquePointer) -> Void) throws(NativeError) {
        guard let cr = cairo_create(surface) else { throw .creationFailed("cairo_create") }
        defer { cairo_destroy(cr) }
        body(cr)
        let status = cairo_status(cr)
        if status != CAIRO_STATUS_SUCCESS { throw .cairo(String(cString: cairo_status_to_string(status))) }
    }
}
