import Diagnostics
import Geometry
import Scene

extension SlideLayouter {
    /// `![bg](flow.mmd)`: the diagram in the deck theme's colours, placed in its background
    /// cell as vectors. A diagram is contained (whole) unless the alt text names a fit, since
    /// Marp's default `cover` would crop it.
    mutating func backgroundDiagram(_ entry: SlideBackground.Entry, in cell: Rect) -> Item? {
        if !entry.spec.filters.isEmpty || !entry.spec.badFilters.isEmpty {
            report(.warning("deck.image-filter", "image filters apply to PNG and JPEG images; '\(entry.url)' is a diagram and draws unfiltered",
                            at: locator.range(of: entry.node), hint: "remove the filter, or style the diagram with classDef"))
        }
        guard let frame = diagramFileFrame(entry.node, url: entry.url) else { return nil }
        let fit = entry.spec.fitGiven ? entry.spec.fit : .contain
        return SlideBackground.placed(diagram: frame, in: cell, fit: fit, width: entry.spec.width, height: entry.spec.height)
    }
}
