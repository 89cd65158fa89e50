import Diagnostics
import Geometry
import Render
import Scene

/// A compiled deck: the laid-out document when there were no errors, and every diagnostic.
public struct DeckCompilation: Sendable {
    public var source: SourceFile
    public var document: Document?
    public var diagnostics: [Diagnostic]
    /// The images and diagram files the deck read (resolved paths, each once): a deck is
    /// stale when one of them changes.
    public var readFiles: [String]

    public init(source: SourceFile, document: Document?, diagnostics: [Diagnostic], readFiles: [String] = []) {
        self.source = source
        self.document = document
        self.diagnostics = diagnostics
        self.readFiles = readFiles
    }
}

/// The facade for decks: Marp Markdown -> slide model -> pages -> PDF or PNG bytes.
/// One instance owns the fonts and the native engine; reuse it for many decks.
public final class DeckCompiler {
    let engine: RenderEngine

    /// Loads the fonts from `fontDirectory` (see `OutputFile.fontDirectory`).
    public init(fontDirectory: String) throws(TrellisError) {
        do {
            engine = try RenderEngine(fontDirectory: fontDirectory)
        } catch {
            throw .render(error)
        }
    }

    /// Parses and lays out a deck; images and diagram files are read relative to
    /// `baseDirectory` (the deck's folder). Never throws: problems are diagnostics.
    public func compile(_ source: SourceFile, baseDirectory: String, options: DeckOptions = DeckOptions()) -> DeckCompilation {
        compileTimed(source, baseDirectory: baseDirectory, options: options).compilation
    }

    /// `compile`, also returning how long parsing and layout took (for `--timings`).
    public func compileTimed(_ source: SourceFile, baseDirectory: String, options: DeckOptions = DeckOptions())
        -> (compilation: DeckCompilation, timings: [StageTiming]) {
        let resources = DeckFileResources(baseDirectory: baseDirectory, policy: options.fileAccess)
        var timings: [StageTiming] = []
        let (document, diagnostics) = pipeline(source, resources: resources, options: options, timings: &timings)
        let compilation = DeckCompilation(source: source, document: diagnostics.hasErrors ? nil : document,
                                          diagnostics: diagnostics, readFiles: resources.readFiles)
        return (compilation, timings)
    }

    /// The pages as they are output: the slides, or handout pages with `options.handout`.
    public func outputDocument(_ document: Document, options: DeckOptions = DeckOptions()) -> Document {
        guard let paper = options.handout else { return document }
        let size = Size(width: paper.points.width, height: paper.points.height)
        return HandoutLayout(measurer: engine.measurer, paper: size).layout(document)
    }

    /// The whole deck as one PDF (960x540 pt pages for 16:9 slides; paper pages for handouts).
    public func renderPDF(_ document: Document, options: DeckOptions = DeckOptions()) throws(TrellisError) -> [UInt8] {
        let pages = outputDocument(document, options: options)
        do {
            return try engine.renderPDF(pages, options: renderOptions(options))
        } catch {
            throw .render(error)
        }
    }

    /// One PNG per selected page (0-based `pages` of the output document; all when nil).
    public func renderPNGs(_ document: Document, pages: [Int]? = nil,
                           options: DeckOptions = DeckOptions()) throws(TrellisError) -> [[UInt8]] {
        let output = outputDocument(document, options: options)
        do {
            let images = try engine.renderPNGs(output, pages: pages, options: renderOptions(options))
            return images.map { PNGResolution.stamped($0, dotsPerInch: 96 * options.scale) }
        } catch {
            throw .render(error)
        }
    }

    private func renderOptions(_ options: DeckOptions) -> DocumentRenderOptions {
        DocumentRenderOptions(pointsPerUnit: options.handout == nil ? DeckOptions.pointsPerPixel : 1,
                              scale: options.handout == nil ? options.scale : options.scale * 96 / 72,
                              sourceDateEpoch: options.sourceDateEpoch,
                              notesAsAnnotations: options.handout == nil && options.notesAsAnnotations)
    }
}
