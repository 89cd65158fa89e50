import Scene

extension RenderEngine {
    /// The document as one PDF: a page per `Page`, with bookmarks, links, metadata and notes.
    /// Same document and options give the same bytes.
    public func renderPDF(_ document: Document, options: DocumentRenderOptions = DocumentRenderOptions())
        throws(RenderError) -> [UInt8] {
        try PDFDocumentBackend(layouts: layouts).render(document, options: options)
    }

    /// One PNG per page, for the 0-based `pages` given (every page when nil), in that order.
    public func renderPNGs(_ document: Document, pages: [Int]? = nil,
                           options: DocumentRenderOptions = DocumentRenderOptions()) throws(RenderError) -> [[UInt8]] {
        var images: [[UInt8]] = []
        for index in pages ?? Array(document.pages.indices) {
            guard document.pages.indices.contains(index) else {
                throw .backendFailed("no page \(index + 1) (the document has \(document.pages.count))")
            }
            images.append(try PNGBackend(layouts: layouts).render(document.pages[index].frame, options: options.frameOptions))
        }
        return images
    }
}
