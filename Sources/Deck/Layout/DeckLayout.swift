import Diagnostics
import Geometry
import Native
import Scene

/// Lays out a parsed deck: one `Page` per slide (frame in CSS px, anchors `slide-N`, `N`
/// (Marp's) and heading ids, speaker notes), an outline entry per slide and the document metadata.
public struct DeckLayout {
    let measurer: any TextMeasurer
    let resources: any DeckResources
    let options: DeckLayoutOptions

    public init(measurer: any TextMeasurer, resources: any DeckResources, options: DeckLayoutOptions = DeckLayoutOptions()) {
        self.measurer = measurer
        self.resources = resources
        self.options = options
    }

    /// The document and every diagnostic (missing images, diagram errors, overflow…), located
    /// in `source` (the deck file the positions of `deck` refer to) when given.
    public func layout(_ deck: DeckDocument, source: SourceFile? = nil) -> (document: Document, diagnostics: [Diagnostic]) {
        let locator = SourceLocator(file: source)
        let size = Size(width: deck.size.width, height: deck.size.height)
        let (numbers, total) = Self.pageNumbers(deck.slides.map(\.directives.paginate))
        var metrics = TextMetrics(measurer: measurer)
        var ids = HeadingIDs()
        var diagnostics: [Diagnostic] = []
        var pages: [Page] = []
        var outline: [OutlineEntry] = []
        var reportedThemes: [String] = []
        for (index, slide) in deck.slides.enumerated() {
            var base = DeckThemes.named(slide.directives.theme) ?? .marpDefault
            if DeckThemes.named(slide.directives.theme) == nil, !reportedThemes.contains(slide.directives.theme) {
                reportedThemes.append(slide.directives.theme)
                let names = DeckThemes.all.map(\.name).joined(separator: ", ")
                diagnostics.append(.warning("deck.unknown-theme", "unknown theme '\(slide.directives.theme)'; using 'default'",
                                            at: locator.range(line: slide.line), hint: "built-in themes: \(names)"))
            }
            base = DeckThemes.applying(classes: slide.directives.classes, to: base)
            var theme = StyleSheet.apply(deck.styles + slide.scopedStyles, to: base, classes: slide.directives.classes)
            Self.applyDirectives(slide.directives, to: &theme)
            let layouter = SlideLayouter(theme: theme, metrics: metrics, resources: resources, locator: locator,
                                         slideNumber: index + 1, headingIDs: ids)
            let composer = SlideComposer(slide: slide, theme: theme, size: size, pageNumber: numbers[index], total: total,
                                         shrink: options.shrink)
            let (result, finished) = composer.compose(layouter: layouter)
            metrics = finished.metrics
            ids = finished.headingIDs
            diagnostics += finished.diagnostics
            let notes = slide.notes.isEmpty ? nil : slide.notes.joined(separator: "\n\n")
            // Marp names each slide by its number (`[next](#3)`); `slide-3` reads better in new decks.
            let slideAnchors = [PageAnchor(name: "slide-\(index + 1)", y: 0), PageAnchor(name: "\(index + 1)", y: 0)]
            pages.append(Page(frame: result.frame, anchors: slideAnchors + result.anchors,
                              notes: notes))
            let title = result.firstHeading?.title ?? "Slide \(index + 1)"
            outline.append(OutlineEntry(title: title.isEmpty ? "Slide \(index + 1)" : title, level: 1, pageIndex: index))
        }
        let m = deck.metadata
        let metadata = DocumentMetadata(title: m.title, author: m.author, subject: m.subject, keywords: m.keywords,
                                        language: m.language)
        return (Document(pages: pages, outline: outline, metadata: metadata), diagnostics)
    }

    /// The number shown on each slide (nil: none) and the count of numbered slides (the `N`
    /// of `n / N`): `hold` repeats the previous number, `skip` neither shows nor counts.
    static func pageNumbers(_ modes: [Pagination]) -> (numbers: [Int?], total: Int) {
        var counter = 0
        let numbers = modes.map { mode -> Int? in
            switch mode {
            case .hidden:
                counter += 1
                return nil
            case .shown:
                counter += 1
                return counter
            case .hold:
                counter = max(counter, 1)
                return counter
            case .skip:
                return nil
            }
        }
        return (numbers, counter)
    }

    /// `backgroundColor` and `color` directives over the theme.
    static func applyDirectives(_ directives: SlideDirectives, to theme: inout DeckTheme) {
        if let value = directives.backgroundColor, let color = Color(css: value) { theme.background = color }
        if let value = directives.color, let color = Color(css: value) {
            theme.text = color
            theme.headingColors = [nil]
            theme.quoteText = color
        }
    }
}
