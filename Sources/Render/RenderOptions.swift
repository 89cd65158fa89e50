import Scene

/// Per-render settings.
public struct RenderOptions: Sendable {
    /// Pixels per user unit for PNG (1 = 1 px per unit); ignored by vector formats.
    public var scale: Double
    /// Overrides the frame's background; `Color.transparent` for none.
    public var background: Color?
    /// Seconds since 1970 for the PDF creation date (`SOURCE_DATE_EPOCH`); nil writes no date.
    public var sourceDateEpoch: Int?

    public init(scale: Double = 1, background: Color? = nil, sourceDateEpoch: Int? = nil) {
        self.scale = scale
        self.background = background
        self.sourceDateEpoch = sourceDateEpoch
    }
}
