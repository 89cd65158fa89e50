import Foundation
import Diagnostics
import Yams

/// What a document's front matter says: the title block, metadata and typesetting switches.
public struct DocumentSettings: Hashable, Sendable {
    public var title: String?
    public var subtitle: String?
    public var author: String?
    public var date: String?
    public var version: String?
    public var keywords: [String] = []
    public var language: String?
    /// `paper:` from the front matter (nil: the caller's choice, A4 by default).
    public var paper: DocumentPaper?
    /// `toc: true`: a table of contents after the title block.
    public var tableOfContents = false
    /// Deepest heading level listed in the table of contents (`toc-depth:`).
    public var tableOfContentsDepth = 3
    /// `numbered: true`: headings get section numbers (1, 1.2, 1.2.3).
    public var numbered = false

    public init() {}

    /// Settings read from `yaml`; unknown keys are ignored, bad values are warnings at `range`.
    /// Every value is read as text, so Yams' basic resolver is enough (its default one
    /// compiles a dozen regular expressions, a few milliseconds a document).
    static func read(_ yaml: String, range: SourceRange) -> (DocumentSettings, [Diagnostic]) {
        var settings = DocumentSettings()
        var diagnostics: [Diagnostic] = []
        guard let node = try? Yams.compose(yaml: yaml, .basic), let mapping = node.mapping else {
            if !yaml.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                diagnostics.append(.warning("doc.front-matter", "the front matter is not a YAML mapping; it is ignored", at: range))
            }
            return (settings, diagnostics)
        }
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string.lowercased() else { continue }
            let text = value.scalar?.string.trimmingCharacters(in: .whitespaces)
            switch key {
            case "title": settings.title = text
            case "subtitle", "description": settings.subtitle = settings.subtitle ?? text
            case "author", "authors":
                settings.author = text ?? value.sequence?.compactMap { $0.scalar?.string }.joined(separator: ", ")
            case "date": settings.date = text
            case "version": settings.version = text
            case "lang", "language": settings.language = text
            case "keywords":
                settings.keywords = value.sequence?.compactMap { $0.scalar?.string }
                    ?? (text ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            case "paper":
                if let text, let paper = DocumentPaper.named(text) {
                    settings.paper = paper
                } else {
                    diagnostics.append(.warning("doc.unknown-paper", "unknown paper '\(text ?? "")'; using A4", at: range,
                                                hint: "use 'paper: a4' or 'paper: letter'"))
                }
            case "toc": settings.tableOfContents = Self.flag(text)
            case "toc-depth", "toc_depth", "tocdepth":
                if let depth = text.flatMap({ Int($0) }) { settings.tableOfContentsDepth = max(1, min(6, depth)) }
            case "numbered", "number-sections", "numbersections": settings.numbered = Self.flag(text)
            default: continue
            }
        }
        return (settings, diagnostics)
    }

    private static func flag(_ text: String?) -> Bool {
        ["true", "yes", "on", "1"].contains(text?.lowercased() ?? "")
    }
}
