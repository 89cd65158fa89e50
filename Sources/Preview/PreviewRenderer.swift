import Diagnostics
import Foundation
import Trellis

/// Compiles one source to SVG pages in-process: a diagram is one page.
final class PreviewRenderer {
    private let diagrams: DiagramCompiler
    private let theme: String?

    init(fontDirectory: String, theme: String?) throws(TrellisError) {
        diagrams = try DiagramCompiler(fontDirectory: fontDirectory)
        self.theme = theme
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
            return (nil, [Self.failure("decks are not supported by this build")], [])
        }
    }

    private static func failure(_ message: String) -> Diagnostic {
        .error("preview.render-failed", message, at: SourceRange(start: 0, end: 0))
    }
}
