import CCairo

/// Reads a PNG back into premultiplied ARGB32 pixels through Cairo (libpng underneath,
/// which checks every chunk CRC and the zlib stream): how tests check encoded images.
public enum PNGDecoder {
    /// Width, height and row-major pixels as `0xAARRGGBB`, alpha premultiplied.
    public static func argbPixels(_ png: [UInt8]) throws(NativeError) -> (width: Int, height: Int, pixels: [UInt32]) {
        let surface = try imageSurface(png)
        defer { cairo_surface_destroy(surface) }
        guard let data = cairo_image_surface_get_data(surface) else { throw .cairo("no image data") }
        let width = Int(cairo_image_surface_get_width(surface))
        let height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        var pixels: [UInt32] = []
        pixels.reserveCapacity(width * height)
        for y in 0..<height {
            let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
            pixels.append(contentsOf: UnsafeBufferPointer(start: row, count: width))
        }
        return (width, height, pixels)
    }

    /// A Cairo image surface holding the decoded PNG (the caller destroys it).
    static func imageSurface(_ png: [UInt8]) throws(NativeError) -> OpaquePointer {
        final class Reader {
            let bytes: [UInt8]
            var offset = 0
            init(_ bytes: [UInt8]) { self.bytes = bytes }
        }
        let reader = Reader(png)
        let read: cairo_read_func_t = { closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_READ_ERROR }
            let reader = Unmanaged<Reader>.fromOpaque(closure).takeUnretainedValue()
            let count = Int(length)
            guard reader.offset + count <= reader.bytes.count else { return CAIRO_STATUS_READ_ERROR }
            let copied = reader.bytes.withUnsafeBufferPointer { source -> Bool in
                guard let base = source.baseAddress else { return false }
                data.update(from: base + reader.offset, count: count)
                return true
            }
            reader.offset += count
            return copied ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_READ_ERROR
        }
        let surface = withExtendedLifetime(reader) {
            cairo_image_surface_create_from_png_stream(read, Unmanaged.passUnretained(reader).toOpaque())
        }
        let status = cairo_surface_status(surface)
        guard let surface, status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw .cairo(String(cString: cairo_status_to_string(status)))
        }
        return surface
    }
}
