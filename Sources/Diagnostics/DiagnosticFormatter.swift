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

    /// Lines longer than this many bytes are shown as a window around the range, so a
    /// diagnostic on a 100 KB line costs a line of output, not 100 KB (and a thousand of
    /// them not 100 MB).
    public static let longLine = 240

    /// The source line with a caret (and tildes) under the range.
    public func excerpt(for range: SourceRange, in file: SourceFile) -> String {
        let start = file.location(of: range.start)
        let lineStart = file.lineStarts[start.line - 1]
        let lineEnd = start.line < file.lineStarts.count ? file.lineStarts[start.line] : file.utf8.count
        if lineEnd - lineStart > Self.longLine {
            return windowedExcerpt(for: range, line: start.line, from: lineStart, to: lineEnd, in: file)
        }
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

    /// `excerpt` for a long line: about 80 bytes before the range's start and up to 160
    /// after, cut at character boundaries, with `…` where the line goes on.
    private func windowedExcerpt(for range: SourceRange, line: Int, from lineStart: Int, to lineEnd: Int,
                                 in file: SourceFile) -> String {
        let bytes = file.utf8
        var end = lineEnd
        while end > lineStart, bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        let caret = max(lineStart, min(range.start, end))
        var from = max(lineStart, caret - 80)
        var to = min(end, caret + 160)
        while from > lineStart, bytes[from] & 0xC0 == 0x80 { from -= 1 }
        while to < end, bytes[to] & 0xC0 == 0x80 { to += 1 }
        let lead = from > lineStart ? "…" : ""
        let before = String(decoding: bytes[from..<caret], as: UTF8.self).replacingTabs()
        let shown = String(decoding: bytes[from..<to], as: UTF8.self).replacingTabs()
        let marked = String(decoding: bytes[caret..<max(caret, min(range.end, to))], as: UTF8.self).count
        let gutter = String(line)
        let pad = String(repeating: " ", count: max(4, gutter.count + 1))
        var underline = String(repeating: " ", count: lead.count + before.count) + "^"
        if marked > 1 { underline += String(repeating: "~", count: marked - 1) }
        let numbered = String(repeating: " ", count: pad.count - gutter.count) + gutter
        return "\(numbered) | \(lead)\(shown)\(to < end ? "…" : "")\n\(pad) | \(paint(underline, "32"))\n"
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
