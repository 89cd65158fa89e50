import Foundation
import Diagnostics

/// One `key: value` pair of front matter or a directive comment, located in the deck file.
struct DirectiveEntry: Hashable, Sendable {
    var key: String
    var value: DirectiveValue
    /// Where the key is written.
    var keyRange: SourceRange
    /// Where the value is written.
    var valueRange: SourceRange
    /// For a block scalar (`style: |`), the 1-based deck line of its first content line.
    var valueFirstLine: Int

    /// `deck.invalid-directive-value`: a known directive with a value it does not take.
    func invalidValue(_ expectation: String) -> Diagnostic {
        let shown = value.string.map { "'\($0)'" } ?? "this value"
        return .warning("deck.invalid-directive-value", "invalid value \(shown) for '\(key)' is ignored",
                        at: valueRange, hint: expectation)
    }
}

/// A directive's value as YAML gives it (Marpit reads with the failsafe schema: strings only).
enum DirectiveValue: Hashable, Sendable {
    case scalar(String)
    case list([String])
    /// A mapping or something else no directive takes; holds its text for messages.
    case other

    /// The scalar, or nil for lists and mappings.
    var string: String? {
        if case .scalar(let value) = self { return value }
        return nil
    }

    /// A scalar split on `separator`, or the list's items, trimmed and without empty ones.
    func items(separatedBy separator: Character) -> [String] {
        switch self {
        case .scalar(let value):
            return value.split(separator: separator).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        case .list(let values): return values
        case .other: return []
        }
    }
}
