import Diagnostics

/// What the preview shows for one source: the last good drawing (one SVG per page; one page
/// for a diagram), the current problems, and whether the file is gone.
public struct PreviewState: Sendable {
    public var item: PreviewItem
    /// Bumps whenever anything shown changes; pages compare it to skip needless reloads.
    public var version: Int = 0
    /// The last drawing that compiled without errors, kept while the source has errors.
    public var pages: [String] = []
    /// The diagnostics of the current text (errors and warnings).
    public var problems: [PreviewProblem] = []
    /// True while the file does not exist (deleted, or renamed away).
    public var removed = false
    /// The text last compiled, to skip saves that changed nothing.
    var text: String?
    /// Other files the last compile read (a deck's images and diagrams), each with a hash of
    /// its contents then: a save that leaves them the same rebuilds nothing.
    var dependencies: [String: Int] = [:]

    public init(item: PreviewItem) {
        self.item = item
    }

    public var hasErrors: Bool { problems.contains { $0.severity == "error" } }
}

/// One diagnostic as the page shows it: where, what, and the caret excerpt as plain text.
public struct PreviewProblem: Sendable, Codable, Equatable {
    public var file: String
    public var line: Int
    public var column: Int
    public var severity: String
    public var id: String
    public var message: String
    /// The source line with a caret under the range, then any notes and hint (no header line).
    public var excerpt: String

    public init(_ diagnostic: Diagnostic, in source: SourceFile) {
        let start = source.location(of: diagnostic.range.start)
        file = source.name
        line = start.line
        column = start.column
        severity = diagnostic.severity.rawValue
        id = diagnostic.id
        message = diagnostic.message
        // The formatter's first line repeats file:line:col and the message, shown apart.
        let formatted = DiagnosticFormatter(colors: false).format(diagnostic, in: source)
        excerpt = formatted.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).dropFirst()
            .joined(separator: "\n")
    }
}

/// The outcome of one rebuild, for the command to print.
public struct PreviewReport: Sendable {
    /// What happened to the item.
    public enum Outcome: Sendable {
        case built
        case failed
        case removed
    }

    public var item: PreviewItem
    public var outcome: Outcome
    public var duration: Duration
    public var source: SourceFile?
    public var diagnostics: [Diagnostic]
}
