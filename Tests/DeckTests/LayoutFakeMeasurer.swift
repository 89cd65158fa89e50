import Geometry
import Scene

/// A fixed-width measurer for layout tests: each character is 0.5 em wide (bold 0.56 em),
/// a line is 1.2 em high; greedy wrapping at spaces when `maxWidth` is given.
struct LayoutFakeMeasurer: TextMeasurer {
    func measure(_ spans: [TextSpan], style: TextStyle, maxWidth: Double?) -> Size {
        let bold = style.weight >= 600
        let perCharacter = style.size * (bold ? 0.56 : 0.5)
        let text = spans.map(\.text).joined()
        var lines = 0
        var widest = 0.0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var current = 0.0
            lines += 1
            for (i, word) in line.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
                let w = Double(word.count) * perCharacter
                let space = i > 0 ? perCharacter : 0
                if let maxWidth, current > 0, current + space + w > maxWidth {
                    widest = max(widest, current)
                    lines += 1
                    current = w
                } else {
                    current += space + w
                }
            }
            widest = max(widest, current)
        }
        return Size(width: widest, height: Double(lines) * style.size * 1.2)
    }
}
