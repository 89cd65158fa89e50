import CCairo
import CPangoCairo
import Geometry
import Glibc

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
        case vector(OpaquePointer)
    }

    let content: Content
    /// Size in pixels (SVG: its width/height in CSS pixels, else its viewBox size).
    public let naturalSize: Size
    public let format: Format

    public init(bytes: [UInt8], format: Format) throws(NativeError) {
        guard !bytes.isEmpty else { throw .imageDecodeFailed("empty \(format.rawValue) data") }
        self.format = format
        try ImageHeader.checkSize(bytes, format: format)
        switch format {
        case .png:
            let surface: OpaquePointer
            do {
                surface = try PNGDecoder.imageSurface(bytes)
            } catch {
                throw .imageDecodeFailed("PNG: \(error)")
            }
            Self.attachIdentity(bytes, to: surface)
            content = .raster(surface)
            naturalSize = Size(width: Double(cairo_image_surface_get_width(surface)),
                               height: Double(cairo_image_surface_get_height(surface)))
        case .jpeg:
            let surface = try PixbufDecoder.imageSurface(bytes, type: "jpeg")
            Self.attachJPEG(bytes, to: surface)
            Self.attachIdentity(bytes, to: surface)
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

    /// A content hash as Cairo's unique id, so a PDF holding the same picture on many pages
    /// (a deck's logo) embeds it once.
    private static func attachIdentity(_ bytes: [UInt8], to surface: OpaquePointer) {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        let id = Array("trellis-image-\(String(hash, radix: 16))-\(bytes.count)".utf8)
        guard let copy = malloc(id.count) else { return }
        id.withUnsafeBytes { source in
            if let base = source.baseAddress { copy.copyMemory(from: base, byteCount: id.count) }
        }
        let status = cairo_surface_set_mime_data(surface, CAIRO_MIME_TYPE_UNIQUE_ID, copy.assumingMemoryBound(to: UInt8.self),
                                                 UInt(id.count), { free($0) }, copy)
        if status != CAIRO_STATUS_SUCCESS { free(copy) }
    }

    /// Lets the PDF surface embed the JPEG file itself (DCT) instead of re-encoding pixels.
    /// Cairo frees the copy when the surface is destroyed.
    private static func attachJPEG(_ bytes: [UInt8], to surface: OpaquePointer) {
        guard let copy = malloc(bytes.count) else { return }
        bytes.withUnsafeBytes { source in
            if let base = source.baseAddress { copy.copyMemory(from: base, byteCount: bytes.count) }
        }
        let status = cairo_surface_set_mime_data(surface, CAIRO_MIME_TYPE_JPEG, copy.assumingMemoryBound(to: UInt8.self),
                                                 UInt(bytes.count), { free($0) }, copy)
        if status != CAIRO_STATUS_SUCCESS { free(copy) }
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
