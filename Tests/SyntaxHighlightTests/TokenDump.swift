@testable import SyntaxHighlight

/// Test helper: tokens as `kind(text)` separated by spaces, one line of output per code line.
func dump(_ code: String, _ language: String?) -> String {
    SyntaxHighlighter.highlight(code, language: language)
        .map { line in line.map { "\($0.kind.rawValue)(\($0.text))" }.joined(separator: " ") }
        .joined(separator: "\n")
}

/// Test helper: only the non-plain tokens, so expectations stay short.
func marked(_ code: String, _ language: String?) -> String {
    SyntaxHighlighter.highlight(code, language: language)
        .map { line in
            line.filter { $0.kind != .plain }.map { "\($0.kind.rawValue)(\($0.text))" }.joined(separator: " ")
        }
        .joined(separator: "\n")
}
