import Foundation
import Diagnostics
import Geometry
import Native
import Scene

/// Typesets a Markdown document (a run-book, an SOP) into pages: title block from the front
/// matter, optional table of contents, blocks laid out by the deck layouter and broken into
/// pages between blocks (and inside code, tables, lists and long paragraphs), running header,
/// `n / N` footer, heading anchors and an outline. Page units are PDF points.
public struct DocumentTypesetter {
    let measurer: any TextMeasurer
    let resources: any DeckResources
    let options: DocumentOptions

    /// Paragraphs wrap where Pango's line-breaking rules allow and long prose words are
    /// hyphenated in the front matter's `lang:` (en-US by default) when a dictionary is installed.
    public init(measurer: any TextMeasurer, resources: any DeckResources, options: DocumentOptions = DocumentOptions()) {
        self.measurer = measurer
        self.resources = resources
        self.options = options
    }

    /// The pages and every diagnostic (front matter, images, diagrams), located in `source`.
    public func typeset(_ source: SourceFile) -> (document: Document, diagnostics: [Diagnostic]) {
        let frontMatter = FrontMatter.find(in: source)
        var diagnostics: [Diagnostic] = []
        var settings = DocumentSettings()
        if let frontMatter {
            let range = SourceRange(start: frontMatter.yamlOffset, end: frontMatter.yamlOffset + frontMatter.yaml.utf8.count)
            let (read, found) = DocumentSettings.read(frontMatter.yaml, range: range)
            settings = read
            diagnostics += found
        }
        var nodes = EmojiText.replacing(MarkdownParser.parse(FrontMatter.blanking(frontMatter, in: source)).children)
        Self.takeTitle(from: &nodes, settings: &settings)
        let paper = options.paper ?? settings.paper ?? .a4
        let page = PageGeometry(paper: paper)
        let theme = DeckTheme.document
        let metrics = TextMetrics(measurer: measurer, breakRules: LineBreakRules(),
                                  hyphenator: Hyphenator(language: settings.language ?? "en-US"))
        var layouter = SlideLayouter(theme: theme, metrics: metrics, resources: resources,
                                     locator: SourceLocator(file: source), slideNumber: 1, headingIDs: HeadingIDs())
        layouter.sourceNoun = "document"

        var builder = UnitBuilder(settings: settings, width: page.body.width, bodyHeight: page.body.height)
        builder.build(nodes, layouter: &layouter)
        // The layouter is the deck's; its findings are the document's (`doc.missing-image`).
        diagnostics += layouter.diagnostics.map { found in
            var renamed = found
            if found.id.hasPrefix("deck.") { renamed.id = "doc." + found.id.dropFirst("deck.".count) }
            return renamed
        }
        let chunks = DocumentChunks(layouter: layouter, width: page.body.width, wholes: builder.units.map(\.whole),
                                    splits: builder.splits)
        var breaker = PageBreaker(units: builder.units, bodyHeight: page.body.height, source: chunks)
        let pages = breaker.run()
        for index in breaker.oversized {
            diagnostics.append(.warning("doc.block-too-tall", "a block is taller than a page and runs over the bottom margin",
                                        at: SourceLocator(file: source).range(line: builder.units[index].whole.line),
                                        hint: "split it into smaller blocks"))
        }
        var composer = PageComposer(settings: settings, page: page, theme: theme, kinds: builder.kinds,
                                    headings: builder.headings, layouter: layouter)
        let document = composer.compose(pages)
        return (document, diagnostics)
    }

    /// With a front-matter title, a first `# heading` saying the same is the title block's
    /// (not drawn twice); without one, the first `# heading` becomes the title.
    static func takeTitle(from nodes: inout [MarkdownNode], settings: inout DocumentSettings) {
        guard let index = nodes.firstIndex(where: { if case .heading = $0.kind { return true } else { return false } }),
              case .heading(let level) = nodes[index].kind, level == 1 else { return }
        let text = nodes[index].plainText.trimmingCharacters(in: .whitespaces)
        let before = nodes[..<index].allSatisfy { if case .htmlBlock = $0.kind { return true } else { return false } }
        if let title = settings.title {
            if before, title.lowercased() == text.lowercased() { nodes.remove(at: index) }
        } else if before {
            settings.title = text
            nodes.remove(at: index)
        }
    }
}

