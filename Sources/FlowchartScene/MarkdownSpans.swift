import Scene

/// Turns a label's text into styled spans: `**bold**`, `__bold__`, `*italic*`, `_italic_`
/// for markdown strings; one plain span otherwise. Unmatched markers stay literal.
enum MarkdownSpans {
    static func spans(_ text: String, isMarkdown: Bool) -> [TextSpan] {
        guard isMarkdown else { return [TextSpan(text)] }
        var result: [TextSpan] = []
        parse(Array(text), bold: false, italic: false, into: &result)
        return merged(result)
    }

    private static func parse(_ chars: [Character], bold: Bool, italic: Bool, into result: inout [TextSpan]) {
        var plain = ""
        var i = 0
        func flush() {
            if !plain.isEmpty { result.append(TextSpan(plain, bold: bold, italic: italic)); plain = "" }
        }
        while i < chars.count {
            let c = chars[i]
            guard c == "*" || c == "_" else { plain.append(c); i += 1; continue }
            let double = i + 1 < chars.count && chars[i + 1] == c
            let marker = double ? [c, c] : [c]
            if canOpen(chars, at: i, length: marker.count),
               let close = find(marker, in: chars, from: i + marker.count), close > i + marker.count {
                flush()
                let inner = Array(chars[(i + marker.count)..<close])
                parse(inner, bold: bold || double, italic: italic || !double, into: &result)
                i = close + marker.count
            } else {
                plain.append(contentsOf: marker)
                i += marker.count
            }
        }
        flush()
    }

    /// An opening marker is followed by a non-space (and `_` is not inside a word).
    private static func canOpen(_ chars: [Character], at i: Int, length: Int) -> Bool {
        guard i + length < chars.count, !chars[i + length].isWhitespace else { return false }
        return chars[i] != "_" || i == 0 || !(chars[i - 1].isLetter || chars[i - 1].isNumber)
    }

    /// A closing marker follows a non-space (and `_` is not inside a word).
    private static func canClose(_ chars: [Character], at j: Int, length: Int) -> Bool {
        guard j > 0, !chars[j - 1].isWhitespace else { return false }
        let after = j + length
        return chars[j] != "_" || after >= chars.count || !(chars[after].isLetter || chars[after].isNumber)
    }

    /// The next closing `marker` at or after `start` (a single marker must not be doubled).
    private static func find(_ marker: [Character], in chars: [Character], from start: Int) -> Int? {
        var j = start
        while j + marker.count <= chars.count {
            if Array(chars[j..<(j + marker.count)]) == marker, canClose(chars, at: j, length: marker.count) {
                if marker.count == 1, j + 1 < chars.count, chars[j + 1] == marker[0] {
                    j += 2
                    continue
                }
                return j
            }
            j += 1
        }
        return nil
    }

    private static func merged(_ spans: [TextSpan]) -> [TextSpan] {
        var out: [TextSpan] = []
        for span in spans {
            if let last = out.last, last.bold == span.bold, last.italic == span.italic {
                out[out.count - 1].text += span.text
            } else {
                out.append(span)
            }
        }
        return out
    }
}
