import CCairo

/// Multi-page documents: page sizes, more document information, bookmarks.
extension PDFSurface {
    /// Sets the size in points of the current page and the ones after it; call before
    /// drawing anything on the page.
    public func setPageSize(width: Double, height: Double) {
        cairo_pdf_surface_set_size(surface, max(1, width), max(1, height))
    }

    /// Ends the current page; drawing continues on a new one.
    public func showPage() {
        cairo_surface_show_page(surface)
    }

    /// The author and keywords entries of the document information. Unset values are left out.
    public func setMetadata(author: String?, keywords: String?) {
        if let author { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, author) }
        if let keywords { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_KEYWORDS, keywords) }
    }

    /// Adds a bookmark under `parent` (nil: top level) that opens page `pageNumber` (1-based)
    /// at `top` points from the page's top edge. Returns its id, the parent of nested entries.
    @discardableResult
    public func addOutline(title: String, parent: Int?, pageNumber: Int, top: Double, open: Bool) -> Int {
        let y = top.isFinite ? max(0, top) : 0
        let attributes = "page=\(max(1, pageNumber)) pos=[0 \(Self.number(y))]"
        let flags = open ? CAIRO_PDF_OUTLINE_FLAG_OPEN : cairo_pdf_outline_flags_t(rawValue: 0)
        return Int(cairo_pdf_surface_add_outline(surface, Int32(parent ?? Int(CAIRO_PDF_OUTLINE_ROOT)), title,
                                                 attributes, flags))
    }

    /// A decimal without exponent, as Cairo's attribute parser wants it.
    static func number(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(rounded)
    }
}
