/// The base font of a text layout; runs may make parts bold or italic.
public struct FontSpec: Hashable, Sendable {
    /// Family name as loaded by `FontLibrary` (e.g. "Inter", "JetBrains Mono").
    public var family: String
    /// Size in user units (CSS px): the em size, independent of any resolution.
    public var size: Double
    /// CSS weight, 100...900.
    public var weight: Int
    public var italic: Bool

    public init(family: String, size: Double, weight: Int = 400, italic: Bool = false) {
        self.family = family
        self.size = size
        self.weight = weight
        self.italic = italic
    }
}

/// A piece of text with its emphasis; a layout's text is its runs in order.
public struct StyledRun: Hashable, Sendable {
    public var text: String
    public var bold: Bool
    public var italic: Bool

    public init(_ text: String, bold: Bool = false, italic: Bool = false) {
        self.text = text
        self.bold = bold
        self.italic = italic
    }
}

/// Horizontal alignment of lines inside a layout (its width, or its widest line).
public enum LineAlignment: Hashable, Sendable {
    case left, center, right
}

/// One laid-out line: its baseline and its pieces, in layout coordinates (origin top-left).
public struct TextLine: Hashable, Sendable {
    /// Distance from the layout's top to this line's baseline.
    public var baseline: Double
    /// The line's pieces, one per run it touches, in text order.
    public var segments: [TextSegment]
    /// The line's logical width (its advance, as Pango measures it).
    public var width: Double = 0
}

/// The part of one run that lies on one line, and where it starts.
public struct TextSegment: Hashable, Sendable {
    public var text: String
    /// Left edge of the segment's first character.
    public var x: Double
    /// Index of the `StyledRun` the text comes from.
    public var runIndex: Int

    public init(text: String, x: Double, runIndex: Int) {
        self.text = text
        self.x = x
        self.runIndex = runIndex
    }
}
