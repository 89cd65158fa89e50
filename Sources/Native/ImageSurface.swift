import CCairo

/// A Cairo ARGB32 pixel surface that encodes itself as PNG.
public final class ImageSurface {
    let surface: OpaquePointer

    public let pixelWidth: Int
    public let pixelHeight: Int

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
        try Canvas(surface: surface, owner: self)
    }

    /// The surface encoded as PNG, in memory.
    public func pngBytes() throws(NativeError) -> [UInt8] {
        cairo_surface_flush(surface)
        let sink = ByteSink()
        let status = withExtendedLifetime(sink) {
            cairo_surface_write_to_png_stream(surface, ByteSink.write, sink.opaque)
        }
        guard status == CAIRO_STATUS_SUCCESS else { throw .cairo(String(cString: cairo_status_to_string(status))) }
        return sink.bytes
    }
}
