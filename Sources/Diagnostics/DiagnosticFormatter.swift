/// Renders diagnostics as compiler-style text:
///
///     diagram.mmd:3:9: error: unclosed '[' in node label
///         3 |     A[Start --> B
///           |      ^~~~~~~~~~~~~
///           = hint: close the label with ']'
///
/// Pure: returns a `String`; printing is the CLI's job.
public struct DiagnosticFormatter: Sendable {
    /// Whether to wrap parts in ANSI colour codes (for terminals).
    public var colors: Bool

    public init(colors: Bool = false) {
        self.colors = colors
    }

    public func format(_ diagnostics: [Diagnostic], in file: SourceFile) -> String {
        diagnostics.map { format($0, in: file) }.joined()
    }

    public func format(_ diagnostic: Diagnostic, in file: SourceFile) -> String {
        let start = file.location(of: diagnostic.range.start)
        var out = bold("\(file.name):\(start.line):\(start.column): ")
        out += paint(diagnostic.severity.rawValue + ":", severityColor(diagnostic.severity))
        out += bold(" \(diagnostic.message)") + "\n"
        out += excerpt(for: diagnostic.range, in: file)
        for note in diagnostic.notes {
            if let range = note.range {
                let location = file.location(of: range.start)
                out += bold("\(file.name):\(location.line):\(location.column): ")
                out += paint("note:", "36") + " \(note.message)\n"
                out += excerpt(for: range, in: file)
            } else {
                out += "      = note: \(note.message)\n"
            }
        }
        if let hint = diagnostic.hint {
            out += "      = " + paint("hint:", "32") + " \(hint)\n"
        }
        return out
    }

    /// The source line with a caret (and tildes) under the range.
    public func excerpt(for range: SourceRange, in file: SourceFile) -> String {
        let start = file.location(of: range.start)
        let end = file.location(of: range.end)
        let lineText = file.lineText(start.line).replacingTabs()
        let gutter = String(start.line)
        let pad = String(repeating: " ", count: max(4, gutter.count + 1))
        let lineLength = lineText.count
        let caretColumn = min(start.column, lineLength + 1)
        let lastColumn = end.line == start.line ? max(end.column - 1, caretColumn) : max(lineLength, caretColumn)
        var underline = String(repeating: " ", count: caretColumn - 1) + "^"
        if lastColumn > caretColumn {
            underline += String(repeating: "~", count: lastColumn - caretColumn)
        }
        let numbered = String(repeating: " ", count: pad.count - gutter.count) + gutter
        return "\(numbered) | \(lineText)\n\(pad) | \(paint(underline, "32"))\n"
    }

    private func severityColor(_ severity: Severity) -> String {
        switch severity {
        case .error: return "31"
        case .warning: return "35"
        case .note: return "36"
        }
    }

    private func paint(_ text: String, _ code: String) -> String {
        colors ? "\u{1B}[1;\(code)m\(text)\u{1B}[0m" : text
    }

    private func bold(_ text: String) -> String {
        colors ? "\u{1B}[1m\(text)\u{1B}[0m" : text
    }
}

extension String {
    /// Tabs become one space each, so caret columns (counted in characters) line up.
    fileprivate func replacingTabs() -> String {
        String(map { $0 == "\t" ? " " : $0 })
    }
}
