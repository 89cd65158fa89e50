import CPangoCairo
import Geometry

/// Parses SVG bytes with librsvg (no base file: the document cannot pull in other files)
/// and finds its natural size.
enum SVGDocumentLoader {
    static func load(_ bytes: [UInt8]) throws(NativeError) -> (handle: OpaquePointer, size: Size) {
        let rsvg = try ImageLibraries.get()
        var error: UnsafeMutablePointer<GError>?
        let made = bytes.withUnsafeBufferPointer { buffer in
            rsvg.svgNewFromData(buffer.baseAddress, buffer.count, &error)
        }
        guard let handle = made else {
            throw .imageDecodeFailed("SVG: " + PixbufDecoder.consume(&error, or: "not an SVG document"))
        }
        rsvg.svgSetDPI(handle, 96)
        guard let size = naturalSize(handle, rsvg), size.width > 0, size.height > 0,
              size.width.isFinite, size.height.isFinite
        else {
            g_object_unref(UnsafeMutableRawPointer(handle))
            throw .imageDecodeFailed("SVG has neither a size nor a viewBox")
        }
        return (handle, size)
    }

    /// width/height in pixels when both are absolute; otherwise the viewBox size.
    private static func naturalSize(_ handle: OpaquePointer, _ rsvg: ImageLibraries) -> Size? {
        var width = 0.0, height = 0.0
        if rsvg.svgIntrinsicSizeInPixels(handle, &width, &height) != 0 {
            return Size(width: width, height: height)
        }
        var hasViewBox: Int32 = 0
        var viewBox = SVGRectangle(x: 0, y: 0, width: 0, height: 0)
        withUnsafeMutableBytes(of: &viewBox) { box in
            rsvg.svgIntrinsicDimensions(handle, nil, nil, nil, nil, &hasViewBox, box.baseAddress)
        }
        guard hasViewBox != 0 else { return nil }
        return Size(width: viewBox.width, height: viewBox.height)
    }
}

/// librsvg's `RsvgRectangle`: four doubles, laid out as C lays them out.
struct SVGRectangle {
    var x: Double
    var y: Double
    var width: Double
    var height: Double
}
