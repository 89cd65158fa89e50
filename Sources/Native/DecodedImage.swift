import CCairo
import CRsvg
import Geometry

/// An image decoded for drawing on a `Canvas`: PNG and JPEG as pixels, SVG as a librsvg
/// document that draws as vectors. Corrupt or unreadable bytes are a thrown error.
public final class DecodedImage {
    /// The encodings this type reads.
    public enum Format: String, Sendable {
        case png, jpeg, svg
    }

    enum Content {
        /// A Cairo ARGB32 image surface (owned).
        case raster(OpaquePointer)
        /// A librsvg handle (owned).
        case vector(UnsafeMutablePointer<RsvgHandle>)
    }

    let content: Content
    /// Size in pixels (SVG: its width/height in CSS pixels, else its viewBox size).
    public let naturalSize: Size
    public let format: Format

    public init(bytes: [UInt8], format: Format) throws(NativeError) {
        guard !bytes.isEmpty else { throw .imageDecodeFailed("empty \(format.rawValue) data") }
        self.format = format
        switch format {
        case .png:
            let surface: OpaquePointer
            do {
                surface = try PNGDecoder.imageSurface(bytes)
            } catch {
                throw .imageDecodeFailed("PNG: \(error)")
            }
            content = .raster(surface)
            naturalSize = Size(width: Double(cairo_image_surface_get_width(surface)),
                               height: Double(cairo_image_surface_get_height(surface)))
        case .jpeg:
            let surface = try PixbufDecoder.imageSurface(bytes, type: "jpeg")
            content = .raster(surface)
            naturalSize = Size(width: Double(cairo_image_surface_get_width(surface)),
                               height: Double(cairo_image_surface_get_height(surface)))
        case .svg:
            let decoded = try SVGDocumentLoader.load(bytes)
            content = .vector(decoded.handle)
            naturalSize = decoded.size
        }
    }

    deinit {
        switch content {
        case .raster(let surface): cairo_surface_destroy(surface)
        case .vector(let handle): g_object_unref(UnsafeMutableRawPointer(handle))
        }
    }

    /// The format the bytes announce by their signature, if any of ours.
    public static func sniffFormat(_ bytes: [UInt8]) -> Format? {
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        let head = String(decoding: bytes.prefix(1024), as: UTF8.self)
        if head.contains("<svg") { return .svg }
        return nil
    }
}
