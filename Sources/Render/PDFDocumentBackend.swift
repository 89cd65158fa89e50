import Native
import Scene

/// PDF output of a whole document: one page per `Page` (frame size × `pointsPerUnit`),
/// bookmarks and document information through Cairo; speaker notes, named destinations for
/// `#name` links and the language added afterwards by `PDFIncrementalUpdate` (Cairo 1.16
/// writes no notes and no language, and drops destinations made without drawing).
struct PDFDocumentBackend {
    let layouts: TextLayoutFactory

    func render(_ document: Document, options: DocumentRenderOptions) throws(RenderError) -> [UInt8] {
        guard !document.pages.isEmpty else { throw .backendFailed("a document needs at least one page") }
        let unit = options.pointsPerUnit
        guard unit.isFinite, unit > 0 else { throw .backendFailed("points per unit must be positive, got \(unit)") }
        var bytes: [UInt8]
        do {
            let first = document.pages[0].frame.size
            let surface = try PDFSurface(width: first.width * unit, height: first.height * unit)
            let info = document.metadata
            surface.setMetadata(title: info.title, subject: info.subject, creator: "Trellis", date: PDFDateScrubber.placeholder)
            surface.setMetadata(author: info.author,
                                keywords: info.keywords.isEmpty ? nil : info.keywords.joined(separator: ", "))
            let canvas = try surface.makeCanvas()
            for (index, page) in document.pages.enumerated() {
                surface.setPageSize(width: page.frame.size.width * unit, height: page.frame.size.height * unit)
                canvas.save()
                canvas.scale(by: unit)
                try CairoFrameRenderer(layouts: layouts, canvas: canvas, drawsLinks: true)
                    .draw(page.frame, background: options.background ?? page.frame.background)
                canvas.restore()
                // The last page is ended by `finish`; an extra show_page would add a blank one.
                if index < document.pages.count - 1 { surface.showPage() }
            }
            addOutline(document, surface: surface, unit: unit)
            bytes = try surface.finish()
        } catch {
            throw RenderError(error)
        }
        bytes = PDFDateScrubber.rewriteDates(in: bytes, date: options.sourceDateEpoch.map(PDFDateScrubber.pdfDate))
        do {
            let additions = PDFIncrementalUpdate.Additions(
                notes: options.notesAsAnnotations ? notes(document, unit: unit) : [],
                destinations: destinations(document, unit: unit), language: document.metadata.language,
                displaysTitle: document.metadata.title != nil)
            return try PDFIncrementalUpdate.apply(additions, to: bytes)
        } catch {
            throw .backendFailed("cannot add notes and language to the PDF: \(error)")
        }
    }

    /// Bookmarks nested by level: an entry's parent is the nearest earlier entry of a lower level.
    private func addOutline(_ document: Document, surface: PDFSurface, unit: Double) {
        var open: [(level: Int, id: Int)] = []
        for entry in document.outline where document.pages.indices.contains(entry.pageIndex) {
            while let last = open.last, last.level >= entry.level { open.removeLast() }
            let id = surface.addOutline(title: entry.title, parent: open.last?.id, pageNumber: entry.pageIndex + 1,
                                        top: entry.y * unit, open: false)
            open.append((entry.level, id))
        }
    }

    /// Every page anchor, at its height above the page's bottom edge.
    private func destinations(_ document: Document, unit: Double) -> [PDFIncrementalUpdate.Destination] {
        document.pages.enumerated().flatMap { index, page in
            page.anchors.map { anchor in
                let top = min(max(0, anchor.y), page.frame.size.height)
                return PDFIncrementalUpdate.Destination(name: Canvas.destinationName(anchor.name), pageIndex: index,
                                                        y: (page.frame.size.height - top) * unit)
            }
        }
    }

    /// One note per page that has notes, as an icon in the page's top right corner.
    private func notes(_ document: Document, unit: Double) -> [PDFIncrementalUpdate.TextNote] {
        document.pages.enumerated().compactMap { index, page in
            guard let text = page.notes, !text.isEmpty else { return nil }
            let width = page.frame.size.width * unit, height = page.frame.size.height * unit
            let icon = min(20, width / 4, height / 4)
            return PDFIncrementalUpdate.TextNote(pageIndex: index, text: text,
                                                 rect: [width - icon - 4, height - icon - 4, width - 4, height - 4])
        }
    }
}
