/// A straight-alpha sRGB colour as the native layer draws it, components in 0...1.
public struct PaintColor: Hashable, Sendable {
    public var red: Double
    public var green: Double
    public var blue: Double
    public var alpha: Double

    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = red
        self.green = green
        self.blue = blue
        self.alpha = alpha
    }
}

/// How a stroked outline is drawn: width, dashes, caps and joins.
public struct StrokeParameters: Hashable, Sendable {
    /// End caps of open subpaths.
    public enum Cap: Hashable, Sendable { case butt, round, square }
    /// Corners between segments.
    public enum Join: Hashable, Sendable { case miter, round, bevel }

    public var color: PaintColor
    public var width: Double
    public var dash: [Double]
    public var cap: Cap
    public var join: Join

    public init(color: PaintColor, width: Double, dash: [Double] = [], cap: Cap = .butt, join: Join = .miter) {
        self.color = color
        self.width = width
        self.dash = dash
        self.cap = cap
        self.join = join
    }
}
