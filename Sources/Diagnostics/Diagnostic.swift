/// How serious a diagnostic is.
public enum Severity: String, Sendable, Comparable {
    case note, warning, error

    private var rank: Int {
        switch self {
        case .note: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs.rank < rhs.rank
    }
}

/// A message about the source, located by a range, with a stable id
/// (such as `mermaid.unknown-shape`), optional notes and a hint for the fix.
public struct Diagnostic: Hashable, Sendable {
    /// A located remark attached to a diagnostic ("first defined here").
    public struct Note: Hashable, Sendable {
        public var message: String
        public var range: SourceRange?
        public init(_ message: String, range: SourceRange? = nil) {
            self.message = message
            self.range = range
        }
    }

    public var severity: Severity
    /// A stable, dotted identifier tests and tools can match on.
    public var id: String
    public var message: String
    public var range: SourceRange
    public var notes: [Note]
    /// What the user can do about it, in one sentence.
    public var hint: String?

    public init(_ severity: Severity, id: String, _ message: String, at range: SourceRange,
                notes: [Note] = [], hint: String? = nil) {
        self.severity = severity
        self.id = id
        self.message = message
        self.range = range
        self.notes = notes
        self.hint = hint
    }

    public static func error(_ id: String, _ message: String, at range: SourceRange,
                             hint: String? = nil, notes: [Note] = []) -> Diagnostic {
        Diagnostic(.error, id: id, message, at: range, notes: notes, hint: hint)
    }

    public static func warning(_ id: String, _ message: String, at range: SourceRange,
                               hint: String? = nil, notes: [Note] = []) -> Diagnostic {
        Diagnostic(.warning, id: id, message, at: range, notes: notes, hint: hint)
    }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
