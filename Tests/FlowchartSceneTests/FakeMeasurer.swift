import Geometry
import Scene

/// A fixed-width measurer: 8 px per character (bold 9), 19 px per line at 16 px, scaled with
/// the font size; greedy word wrapping at `maxWidth`.
struct FakeMeasurer: TextMeasurer {
    func measure(_ spans: [TextSpan], style: TextStyle, maxWidth: Double?) -> Size {
        let scale = style.size / 16
        var lines: [[(String, Bool)]] = [[]]
        for span in spans {
            for (i, part) in span.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if i > 0 { lines.append([]) }
                lines[lines.count - 1].append((String(part), span.bold || style.weight >= 700))
            }
        }
        func width(_ text: String, bold: Bool) -> Double { Double(text.count) * (bold ? 9 : 8) * scale }
        var widths: [Double] = []
        for line in lines {
            // Words with their widths; a space is a separate 8 px unit.
            var words: [Double] = []
            for (text, bold) in line {
                for (i, word) in text.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
                    if i > 0 { words.append(-8 * scale) }  // marks a breakable space
                    words.append(width(String(word), bold: bold))
                }
            }
            var current = 0.0, pendingSpace = 0.0
            for w in words {
                if w < 0 { pendingSpace += -w; continue }
                if let maxWidth, current > 0, current + pendingSpace + w > maxWidth {
                    widths.append(current)
                    current = w
                } else {
                    current += pendingSpace + w
                }
                pendingSpace = 0
            }
            widths.append(current)
        }
        return Size(width: widths.max() ?? 0, height: Double(widths.count) * 19 * scale)
    }
}
