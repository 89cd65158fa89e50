import CCairo

/// A one-page Cairo PDF document written into memory, with vector paths and embedded,
/// selectable text.
public final class PDFSurface {
    let surface: OpaquePointer
    let sink = ByteSink()
    private var finished = false

    /// A page of `width` x `height` points (one point per user unit).
    public init(width: Double, height: Double) throws(NativeError) {
        guard let surface = cairo_pdf_surface_create_for_stream(ByteSink.write, sink.opaque, max(1, width), max(1, height))
        else { throw .creationFailed("cairo_pdf_surface_create_for_stream") }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw .cairo(String(cString: cairo_status_to_string(status)))
        }
        self.surface = surface
    }

    deinit {
        // Finish while the sink is still alive: finishing writes the trailer through it.
        cairo_surface_finish(surface)
        cairo_surface_destroy(surface)
    }

    public func makeCanvas() throws(NativeError) -> Canvas {
        try Canvas(surface: surface, owner: self)
    }

    /// Document information: title, subject, creator, and dates as ISO 8601
    /// (`YYYY-MM-DDThh:mm:ssZ`). Unset values are left out.
    public func setMetadata(title: String?, subject: String?, creator: String?, date: String?) {
        if let title { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title) }
        if let subject { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, subject) }
        if let creator { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, creator) }
        if let date {
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date)
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, date)
        }
    }

    /// Ends the document and returns its bytes; the surface cannot be drawn on afterwards.
    public func finish() throws(NativeError) -> [UInt8] {
        if !finished {
            cairo_surface_finish(surface)
            finished = true
        }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else { throw .cairo(String(cString: cairo_status_to_string(status))) }
        return sink.bytes
    }
}
