import Foundation
import Deck
import Diagnostics
import Render
import Scene

/// The facade for documents: Markdown run-books and SOPs -> paginated, linked PDF.
/// One instance owns the fonts and the native engine; reuse it for many documents.
public final class DocumentCompiler {
    let engine: RenderEngine

    /// Loads the fonts from `fontDirectory` (see `OutputFile.fontDirectory`).
    public init(fontDirectory: String) throws(TrellisError) {
        do {
            engine = try RenderEngine(fontDirectory: fontDirectory)
        } catch {
            throw .render(error)
        }
    }

    /// Typesets a document; images and `.mmd` files are read relative to `baseDirectory`
    /// (the document's folder). Never throws: problems are diagnostics.
    public func compile(_ source: SourceFile, baseDirectory: String,
                        options: DocumentCompileOptions = DocumentCompileOptions()) -> DocumentCompilation {
        let files = DeckFileResources(baseDirectory: baseDirectory, policy: options.fileAccess)
        let paper = options.paper.map { $0 == .letter ? DocumentPaper.letter : DocumentPaper.a4 }
        let typesetter = DocumentTypesetter(measurer: engine.measurer, resources: DeckResourceAdapter(files: files),
                                            options: DocumentOptions(paper: paper))
        let (document, diagnostics) = typesetter.typeset(source)
        return DocumentCompilation(source: source, document: diagnostics.hasErrors ? nil : document,
                                   diagnostics: diagnostics, readFiles: files.readFiles)
    }

    /// The document as one PDF: pages in points, outline, links, named destinations, metadata.
    public func renderPDF(_ document: Document, options: DocumentCompileOptions = DocumentCompileOptions())
        throws(TrellisError) -> [UInt8] {
        do {
            return try engine.renderPDF(document, options: DocumentRenderOptions(pointsPerUnit: 1,
                                                                                 sourceDateEpoch: options.sourceDateEpoch))
        } catch {
            throw .render(error)
        }
    }

    /// One PNG per page (`scale` pixels per point), for previews.
    public func renderPNGs(_ document: Document, scale: Double = 1) throws(TrellisError) -> [[UInt8]] {
        do {
            return try engine.renderPNGs(document, options: DocumentRenderOptions(pointsPerUnit: 1, scale: scale))
        } catch {
            throw .render(error)
        }
    }

    /// The file at `path` compiled to PDF bytes (nil when there were errors or rendering
    /// failed; the reason is in the diagnostics), for `trellis doc` and `trellis build`.
    public func pdf(atPath path: String, options: DocumentCompileOptions = DocumentCompileOptions())
        -> (bytes: [UInt8]?, compilation: DocumentCompilation) {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            let source = SourceFile(name: path, text: "")
            let problem = Diagnostic.error("doc.unreadable", "cannot read '\(path)': \(error.localizedDescription)",
                                           at: SourceRange(start: 0, end: 0))
            return (nil, DocumentCompilation(source: source, document: nil, diagnostics: [problem], readFiles: []))
        }
        let source = SourceFile(name: path, text: text)
        var compilation = compile(source, baseDirectory: URL(fileURLWithPath: path).deletingLastPathComponent().path,
                                  options: options)
        guard let document = compilation.document else { return (nil, compilation) }
        do {
            return (try renderPDF(document, options: options), compilation)
        } catch {
            compilation.diagnostics.append(.error("doc.render", error.description, at: SourceRange(start: 0, end: 0)))
            return (nil, compilation)
        }
    }
}
