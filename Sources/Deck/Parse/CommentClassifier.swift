import Diagnostics

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
/// silently turning them into notes.
struct CommentClassifier {
    let map: DeckTextMap

    func classify(_ comment: HTMLComment, inHeading: Bool) -> (CommentMeaning, [Diagnostic]) {
        if inHeading, comment.content == "fit" { return (.fit, []) }
        guard !comment.content.isEmpty else { return (.note(""), []) }
        let reader = DirectiveYAML(map: map, origin: comment.contentOffset)
        guard case .entries(let entries) = reader.read(comment.content) else { return (.note(comment.content), []) }
        let known = entries.filter { Self.isKnown($0.key) }
        guard !known.isEmpty || entries.contains(where: { DirectiveCatalog.looksLikeDirective($0.key) }) else {
            return (.note(comment.content), [])
        }
        let diagnostics = entries.filter { !Self.isKnown($0.key) }.map(Self.unknownDirective)
        return (.directives(known), diagnostics)
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
