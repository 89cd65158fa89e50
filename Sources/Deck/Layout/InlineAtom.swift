import Geometry
import Native
import Scene

/// How a run of inline text is dressed.
struct InlineFormat: Hashable {
    var bold = false
    var italic = false
    var strike = false
    var code = false
    var link: String?
    /// A colour that wins over the block's (heading `strong`, footnote marks).
    var color: Color?
    /// Size relative to the block's text (footnote references are smaller).
    var scale = 1.0
}

/// One unbreakable piece of inline content.
enum InlineAtom: Hashable {
    case word(String, InlineFormat)
    case space(InlineFormat)
    case lineBreak
    /// An image sized in px, drawn on the line.
    case image(ImageSource, Size, InlineFormat)
}
