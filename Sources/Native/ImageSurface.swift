import CCairo

/// A Cairo ARGB32 pixel surface that encodes itself as PNG.
public final class ImageSurface {
    let surface: OpaquePointer

    public let pixelWidth: Int
    public let pixelHeight: Int
    /// The PNG once encoded; the pixel memory no longer holds the Cairo image then.
    private var encoded: [UInt8]?

    public init(pixelWidth: Int, pixelHeight: Int) throws(NativeError) {
        guard pixelWidth > 0, pixelHeight > 0, pixelWidth <= 32767, pixelHeight <= 32767 else {
            throw .creationFailed("image size \(pixelWidth)x\(pixelHeight) is out of range")
        }
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(pixelWidth), Int32(pixelHeight))
        else { throw .creationFailed("cairo_image_surface_create") }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw .cairo(String(cString: cairo_status_to_string(status)))
        }
        self.surface = surface
        self.pixelWidth = pixelWidth
        self.pixelHeight = pixelHeight
    }

    deinit {
        cairo_surface_destroy(surface)
    }

    /// A new drawing context on this surface (one pixel per unit until scaled).
    public func makeCanvas() throws(NativeError) -> Canvas {
        guard encoded == nil else { throw .creationFailed("canvas on an image surface already encoded as PNG") }
        return try Canvas(surface: surface, owner: self)
    }

    /// The surface encoded as PNG, in memory. This is the surface's last use: its pixels are
    /// converted in place for the encoder, so later calls return the same bytes and
    /// no new canvas is made on it afterwards.
    public func pngBytes() throws(NativeError) -> [UInt8] {
        if let encoded { return encoded }
        cairo_surface_flush(surface)
        guard let data = cairo_image_surface_get_data(surface) else {
            throw .cairo("the image surface has no pixel data")
        }
        let bytes = try PNGEncoder.encode(pixels: UnsafeMutableRawPointer(data), width: pixelWidth,
                                          height: pixelHeight, stride: Int(cairo_image_surface_get_stride(surface)))
        encoded = bytes
        return bytes
    }
}
