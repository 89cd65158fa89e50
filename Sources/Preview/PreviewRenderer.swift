import Diagnostics
import Foundation
import Trellis

/// Compiles one source to SVG pages in-process: a diagram is one page.
final class PreviewRenderer {
    private let diagrams: DiagramCompiler
    private let theme: String?
    private let fontDirectory: String
    /// Made on the first deck: diagrams-only previews do not load a second engine.
    private var decks: DeckCompiler?

    init(fontDirectory: String, theme: String?) throws(TrellisError) {
        diagrams = try DiagramCompiler(fontDirectory: fontDirectory)
        self.theme = theme
        self.fontDirectory = fontDirectory
    }

    /// The SVG pages (nil when the source has errors or rendering failed), the diagnostics,
    /// and the other files the source read (a change to one of them is a change to it).
    func render(_ source: SourceFile, kind: PreviewItem.Kind, path: String)
        -> (pages: [String]?, diagnostics: [Diagnostic], readFiles: [String]) {
        switch kind {
        case .diagram:
            let directory = (path as NSString).deletingLastPathComponent
            let compilation = diagrams.compile(source, options: DiagramOptions(theme: theme, baseDirectory: directory))
            guard let frame = compilation.frame, !compilation.diagnostics.hasErrors else {
                return (nil, compilation.diagnostics, [])
            }
            do {
                let bytes = try diagrams.render(frame, as: .svg)
                return ([String(decoding: bytes, as: UTF8.self)], compilation.diagnostics, [])
            } catch {
                return (nil, compilation.diagnostics + [Self.failure("\(error)")], [])
            }
        case .deck:
            return renderDeck(source, path: path)
        }
    }

    /// Each slide drawn by the SVG backend, one SVG per page.
    private func renderDeck(_ source: SourceFile, path: String) -> (pages: [String]?, diagnostics: [Diagnostic], readFiles: [String]) {
        if decks == nil { decks = try? DeckCompiler(fontDirectory: fontDirectory) }
        guard let decks else { return (nil, [Self.failure("the deck compiler could not load its fonts")], []) }
        let directory = (path as NSString).deletingLastPathComponent
        let compilation = decks.compile(source, baseDirectory: directory)
        guard let document = compilation.document, !compilation.diagnostics.hasErrors else {
            return (nil, compilation.diagnostics, compilation.readFiles)
        }
        do {
            var pages: [String] = []
            for page in decks.outputDocument(document).pages {
                pages.append(String(decoding: try diagrams.render(page.frame, as: .svg), as: UTF8.self))
            }
            return (pages, compilation.diagnostics, compilation.readFiles)
        } catch {
            return (nil, compilation.diagnostics + [Self.failure("\(error)")], compilation.readFiles)
        }
    }

    private static func failure(_ message: String) -> Diagnostic {
        .error("preview.render-failed", message, at: SourceRange(start: 0, end: 0))
    }
}
