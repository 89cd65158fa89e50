import CRsvg
import Geometry

/// Parses SVG bytes with librsvg (no base file: the document cannot pull in other files)
/// and finds its natural size.
enum SVGDocumentLoader {
    static func load(_ bytes: [UInt8]) throws(NativeError) -> (handle: UnsafeMutablePointer<RsvgHandle>, size: Size) {
        var error: UnsafeMutablePointer<GError>?
        let made = bytes.withUnsafeBufferPointer { buffer in
            rsvg_handle_new_from_data(buffer.baseAddress, gsize(buffer.count), &error)
        }
        guard let handle = made else {
            throw .imageDecodeFailed("SVG: " + PixbufDecoder.consume(&error, or: "not an SVG document"))
        }
        rsvg_handle_set_dpi(handle, 96)
        guard let size = naturalSize(handle), size.width > 0, size.height > 0,
              size.width.isFinite, size.height.isFinite
        else {
            g_object_unref(UnsafeMutableRawPointer(handle))
            throw .imageDecodeFailed("SVG has neither a size nor a viewBox")
        }
        return (handle, size)
    }

    /// width/height in pixels when both are absolute; otherwise the viewBox size.
    private static func naturalSize(_ handle: UnsafeMutablePointer<RsvgHandle>) -> Size? {
        var width = 0.0, height = 0.0
        if rsvg_handle_get_intrinsic_size_in_pixels(handle, &width, &height) != 0 {
            return Size(width: width, height: height)
        }
        var hasViewBox: gboolean = 0
        var viewBox = RsvgRectangle()
        rsvg_handle_get_intrinsic_dimensions(handle, nil, nil, nil, nil, &hasViewBox, &viewBox)
        guard hasViewBox != 0 else { return nil }
        return Size(width: viewBox.width, height: viewBox.height)
    }
}
