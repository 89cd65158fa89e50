import Geometry
import Native
import Scene

/// A memo in front of the measurer: decks measure the same words and styles many times.
struct TextMetrics {
    let measurer: any TextMeasurer
    /// Where wrapped lines may break inside and between words (documents: Pango's rules, soft
    /// hyphens); nil: only at spaces.
    var breakRules: LineBreakRules?
    /// Hyphenation points of the text's language (nil: no hyphenation).
    var hyphenator: Hyphenator?
    /// The answers so far, shared by every copy of these metrics (layouters copy them in and
    /// out; the answers only depend on the measurer and hyphenator, which copies keep).
    private let memo = Memo()

    private struct Key: Hashable {
        var text: String
        var style: TextStyle
    }

    /// A reference, so copying the metrics never copies the tables.
    private final class Memo {
        var widths: [Key: Double] = [:]
        var heights: [TextStyle: Double] = [:]
        var hyphenationCuts: [String: [Int]] = [:]
    }

    init(measurer: any TextMeasurer, breakRules: LineBreakRules? = nil, hyphenator: Hyphenator? = nil) {
        self.measurer = measurer
        self.breakRules = breakRules
        self.hyphenator = hyphenator
    }

    /// Width of `text` on one line.
    mutating func width(_ text: String, _ style: TextStyle) -> Double {
        let key = Key(text: text, style: style)
        if let known = memo.widths[key] { return known }
        let width = measurer.measure([TextSpan(text)], style: style, maxWidth: nil).width
        memo.widths[key] = width
        return width
    }

    /// UTF-8 offsets where `word` may be hyphenated (none without a hyphenator or for non-prose).
    mutating func hyphenationCuts(_ word: String) -> [Int] {
        guard let hyphenator else { return [] }
        if let known = memo.hyphenationCuts[word] { return known }
        let cuts = InlineFlow.hyphenationCuts(word, hyphenator)
        memo.hyphenationCuts[word] = cuts
        return cuts
    }

    /// Width of one space between words.
    mutating func spaceWidth(_ style: TextStyle) -> Double {
        max(0, width("x x", style) - width("xx", style))
    }

    /// Height of one line of text as the renderer lays it out (ascent + descent).
    mutating func naturalHeight(_ style: TextStyle) -> Double {
        if let known = memo.heights[style] { return known }
        let height = measurer.measure([TextSpan("Hg")], style: style, maxWidth: nil).height
        memo.heights[style] = height
        return height
    }
}
