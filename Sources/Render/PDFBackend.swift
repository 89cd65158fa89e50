import Native
import Scene

/// PDF output: one vector page (1 pt per unit) with embedded fonts and selectable text.
/// Reproducible: the dates come from `sourceDateEpoch`, and without it are left out.
struct PDFBackend {
    let layouts: TextLayoutFactory

    func render(_ frame: Frame, options: RenderOptions) throws(RenderError) -> [UInt8] {
        do {
            let bytes: [UInt8]
            do {
                let surface = try PDFSurface(width: frame.size.width, height: frame.size.height)
                // Cairo gets a fixed date that is rewritten afterwards (see PDFDateScrubber).
                surface.setMetadata(title: frame.title ?? frame.accessibilityTitle, subject: frame.summary, creator: "Trellis",
                                    date: PDFDateScrubber.placeholder)
                let canvas = try surface.makeCanvas()
                try CairoFrameRenderer(layouts: layouts, canvas: canvas, drawsLinks: true)
                    .draw(frame, background: options.background ?? frame.background)
                bytes = try surface.finish()
            }
            let dated = PDFDateScrubber.rewriteDates(in: bytes, date: options.sourceDateEpoch.map(PDFDateScrubber.pdfDate))
            // Cairo 1.16 lists objects it never writes when a page has links; repair them.
            return (try? PDFIncrementalUpdate.apply(PDFIncrementalUpdate.Additions(), to: dated)) ?? dated
        } catch {
            throw RenderError(error)
        }
    }

    /// `YYYY-MM-DDThh:mm:ssZ` (UTC) for seconds since 1970, by the civil-from-days algorithm.
    static func isoDate(_ epoch: Int) -> String {
        let days = epoch >= 0 ? epoch / 86_400 : (epoch - 86_399) / 86_400
        let seconds = epoch - days * 86_400
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let yearText = String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year)
        return "\(yearText)-\(two(month))-\(two(day))T\(two(seconds / 3600)):\(two(seconds % 3600 / 60)):\(two(seconds % 60))Z"
    }
}
