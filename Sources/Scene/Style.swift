import Geometry

/// How a path's outline is stroked.
public struct StrokeStyle: Hashable, Sendable {
    public enum LineCap: Hashable, Sendable { case butt, round, square }
    public enum LineJoin: Hashable, Sendable { case miter, round, bevel }

    public var color: Color
    public var width: Double
    /// Dash lengths (on, off, ...); empty means solid.
    public var dash: [Double]
    public var lineCap: LineCap
    public var lineJoin: LineJoin
    /// Speed (units per second) at which the dashes travel along the path, for formats that
    /// animate (SVG); static formats draw the dashes still. Nil: not animated.
    public var dashSpeed: Double?

    public init(color: Color, width: Double = 1, dash: [Double] = [],
                lineCap: LineCap = .butt, lineJoin: LineJoin = .miter, dashSpeed: Double? = nil) {
        self.color = color
        self.width = width
        self.dash = dash
        self.lineCap = lineCap
        self.lineJoin = lineJoin
        self.dashSpeed = dashSpeed
    }
}

/// Font and colour of a text run.
public struct TextStyle: Hashable, Sendable {
    /// A font family name registered from `fonts/` (e.g. "Inter").
    public var family: String
    /// Size in user units (px).
    public var size: Double
    /// CSS-style weight: 400 regular, 700 bold.
    public var weight: Int
    public var italic: Bool
    public var color: Color

    public init(family: String = "Inter", size: Double = 16, weight: Int = 400,
                italic: Bool = false, color: Color = .black) {
        self.family = family
        self.size = size
        self.weight = weight
        self.italic = italic
        self.color = color
    }
}

/// Horizontal alignment of lines within a text box.
public enum TextAlignment: Hashable, Sendable {
    case left, center, right
}

/// A piece of text with its own emphasis; a run is a sequence of spans.
/// A `"\n"` inside `text` is a hard line break.
public struct TextSpan: Hashable, Sendable {
    public var text: String
    public var bold: Bool
    public var italic: Bool

    public init(_ text: String, bold: Bool = false, italic: Bool = false) {
        self.text = text
        self.bold = bold
        self.italic = italic
    }
}

/// Measures text the way the renderer will draw it. The renderer's Pango-backed
/// measurer and the tests' fixed-width fake both implement it.
public protocol TextMeasurer {
    /// The size of the laid-out text; lines wrap at word boundaries when `maxWidth` is given
    /// (a word longer than `maxWidth` is broken).
    func measure(_ spans: [TextSpan], style: TextStyle, maxWidth: Double?) -> Size
}
