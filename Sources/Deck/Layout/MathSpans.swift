/// TeX math in slide text (`$x^2$`, `$$\sum x$$`), which Trellis draws as code text.
/// An opening `$` is not followed by a space and a closing `$` is not preceded by a space
/// nor followed by a digit, so "$5 and $10" stays plain text (the Pandoc rule Marp follows).
enum MathSpans {
    /// `text` cut into plain and math parts, in order; math parts without their dollars.
    static func split(_ text: String) -> [(text: String, isMath: Bool)] {
        let chars = Array(text)
        var parts: [(text: String, isMath: Bool)] = []
        var plain = ""
        var i = 0
        while i < chars.count {
            if chars[i] == "$", let (end, width) = closing(chars, from: i) {
                if !plain.isEmpty { parts.append((plain, false)) }
                plain = ""
                parts.append((String(chars[(i + width)..<end]), true))
                i = end + width
            } else {
                plain.append(chars[i])
                i += 1
            }
        }
        if !plain.isEmpty { parts.append((plain, false)) }
        return parts
    }

    /// Where the math opened at `start` closes, and the delimiter width (1 or 2).
    private static func closing(_ chars: [Character], from start: Int) -> (Int, Int)? {
        let width = start + 1 < chars.count && chars[start + 1] == "$" ? 2 : 1
        let bodyStart = start + width
        guard bodyStart < chars.count, !chars[bodyStart].isWhitespace || width == 2 else { return nil }
        var j = bodyStart
        while j + width <= chars.count {
            if chars[j] == "\\" { j += 2; continue }
            if chars[j] == "$", width == 1 || (j + 1 < chars.count && chars[j + 1] == "$") {
                guard j > bodyStart else { return nil }
                if width == 1 {
                    if chars[j - 1].isWhitespace { return nil }
                    if j + 1 < chars.count, chars[j + 1].isNumber { return nil }
                }
                return (j, width)
            }
            j += 1
        }
        return nil
    }
}
