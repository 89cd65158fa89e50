import CCairo
import CPangoCairo

/// Decodes image formats Cairo cannot read (JPEG) through gdk-pixbuf (loaded on first use), into a Cairo
/// premultiplied ARGB32 image surface.
enum PixbufDecoder {
    /// A new image surface (the caller destroys it) holding the decoded image.
    static func imageSurface(_ bytes: [UInt8], type: String) throws(NativeError) -> OpaquePointer {
        let gdk = try ImageLibraries.get()
        var error: UnsafeMutablePointer<GError>?
        guard let loader = gdk.loaderNewWithType(type, &error) else {
            throw .imageDecodeFailed(consume(&error, or: "no \(type) loader"))
        }
        defer { g_object_unref(UnsafeMutableRawPointer(loader)) }
        let wrote = bytes.withUnsafeBufferPointer { buffer in
            gdk.loaderWrite(loader, buffer.baseAddress, buffer.count, &error)
        }
        // Close even after a failed write: a loader must be closed before it is freed.
        var closeError: UnsafeMutablePointer<GError>?
        let closed = gdk.loaderClose(loader, &closeError)
        guard wrote != 0 else {
            _ = consume(&closeError, or: "")
            throw .imageDecodeFailed(consume(&error, or: "\(type) data rejected"))
        }
        guard closed != 0, let pixbuf = gdk.loaderGetPixbuf(loader) else {
            throw .imageDecodeFailed(consume(&closeError, or: "incomplete \(type) data"))
        }
        return try surface(from: pixbuf, gdk)
    }

    /// The message of a GError (freed here), or `fallback` when there is none.
    static func consume(_ error: inout UnsafeMutablePointer<GError>?, or fallback: String) -> String {
        guard let pointer = error else { return fallback }
        defer {
            g_error_free(pointer)
            error = nil
        }
        guard let message = pointer.pointee.message else { return fallback }
        return String(cString: message)
    }

    /// Copies a pixbuf's 8-bit RGB(A) rows into a new premultiplied ARGB32 Cairo surface.
    private static func surface(from pixbuf: OpaquePointer, _ gdk: ImageLibraries) throws(NativeError) -> OpaquePointer {
        let width = Int(gdk.pixbufWidth(pixbuf)), height = Int(gdk.pixbufHeight(pixbuf))
        let channels = Int(gdk.pixbufChannels(pixbuf))
        let rowstride = Int(gdk.pixbufRowstride(pixbuf))
        guard width > 0, height > 0, width <= 32767, height <= 32767,
              gdk.pixbufBitsPerSample(pixbuf) == 8, channels == 3 || channels == 4,
              let pixels = gdk.pixbufReadPixels(pixbuf)
        else { throw .imageDecodeFailed("unsupported pixel layout") }
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height)),
              cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS,
              let target = cairo_image_surface_get_data(surface)
        else { throw .creationFailed("cairo_image_surface_create") }
        let stride = Int(cairo_image_surface_get_stride(surface))
        for y in 0..<height {
            let source = pixels + y * rowstride
            let row = UnsafeMutableRawPointer(target + y * stride).assumingMemoryBound(to: UInt32.self)
            for x in 0..<width {
                let p = source + x * channels
                let alpha = channels == 4 ? UInt32(p[3]) : 255
                let r = UInt32(p[0]) * alpha / 255, g = UInt32(p[1]) * alpha / 255, b = UInt32(p[2]) * alpha / 255
                row[x] = alpha << 24 | r << 16 | g << 8 | b
            }
        }
        cairo_surface_mark_dirty(surface)
        return surface
    }
}
