import Diagnostics
import Foundation

/// What an HTML comment means to a deck.
enum CommentMeaning: Hashable, Sendable {
    /// Directives (only the recognised entries; unknown ones were reported).
    case directives([DirectiveEntry])
    /// A speaker note (the trimmed comment text).
    case note(String)
    /// `<!-- fit -->` inside a heading: kept in the heading for the layout.
    case fit
}

/// Decides whether a comment holds directives or is a speaker note, as Marpit does: the
/// comment's text is read as YAML, and a mapping with at least one directive key is a
/// directive comment. Trellis also treats a mapping whose keys look like misspelt
/// directives (`_theme`, `paginat`) as directives, so it can report them instead of
/// silently turning them into notes (they stay notes, with a warning).
struct CommentClassifier {
    let map: DeckTextMap

    func classify(_ comment: HTMLComment, inHeading: Bool) -> (CommentMeaning, [Diagnostic]) {
        if inHeading, comment.content == "fit" { return (.fit, []) }
        guard !comment.content.isEmpty else { return (.note(""), []) }
        let reader = DirectiveYAML(map: map, origin: comment.contentOffset)
        let entries: [DirectiveEntry]
        switch reader.read(comment.content) {
        case .entries(let read):
            entries = read
        case .notAMapping:
            return (.note(comment.content), [])
        case .invalid(let problem, let range):
            // Marp keeps such a comment as a note without a word; say why the directive did nothing.
            guard let key = Self.leadingDirectiveKey(comment.content) else { return (.note(comment.content), []) }
            return (.note(comment.content), [.warning(
                "deck.bad-yaml", "the '\(key)' directive comment is not valid YAML (\(problem)); it is kept as a speaker note",
                at: range, hint: "quote the value, e.g. \(key): \"**ACME** 2026\"")])
        }
        let known = entries.filter { Self.isKnown($0.key) }
        let unknown = entries.filter { !Self.isKnown($0.key) }
        guard known.isEmpty else { return (.directives(known), unknown.map(Self.unknownDirective)) }
        // Nothing known: a note. When a key looks like a misspelt directive, say so, and
        // keep the note anyway (it may be one).
        let suspicious = unknown.filter { DirectiveCatalog.looksLikeDirective($0.key) }
        return (.note(comment.content), suspicious.map { entry in
            var diagnostic = Self.unknownDirective(entry)
            diagnostic.notes.append(Diagnostic.Note("the comment is kept as a speaker note"))
            return diagnostic
        })
    }

    /// The directive name a comment's text starts with (`footer:` → `footer`), if any.
    static func leadingDirectiveKey(_ content: String) -> String? {
        guard let colon = content.firstIndex(of: ":") else { return nil }
        let key = content[..<colon].trimmingCharacters(in: .whitespaces)
        return isKnown(key) ? key : nil
    }

    static func isKnown(_ key: String) -> Bool {
        switch DirectiveCatalog.kind(of: key) {
        case .global, .local, .spot: return true
        case .globalAsSpot, .unknown: return false
        }
    }

    /// `deck.unknown-directive` for an entry no directive matches, with the likely fix.
    static func unknownDirective(_ entry: DirectiveEntry) -> Diagnostic {
        let message = "unknown directive '\(entry.key)' is ignored"
        if case .globalAsSpot(let name) = DirectiveCatalog.kind(of: entry.key) {
            return .warning("deck.unknown-directive", message, at: entry.keyRange,
                            hint: "'\(name)' is a global directive and applies to the whole deck; write '\(name):' without '_'")
        }
        if let nearest = DirectiveCatalog.nearest(to: entry.key, among: DirectiveCatalog.globals + DirectiveCatalog.locals) {
            return .warning("deck.unknown-directive", message, at: entry.keyRange, hint: "did you mean '\(nearest)'?")
        }
        return .warning("deck.unknown-directive", message, at: entry.keyRange,
                        hint: "directives are " + (DirectiveCatalog.globals + DirectiveCatalog.locals).joined(separator: ", "))
    }
}
