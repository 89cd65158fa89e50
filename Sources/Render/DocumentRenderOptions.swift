import Scene

/// Settings for rendering a multi-page `Document`.
public struct DocumentRenderOptions: Sendable {
    /// PDF points per frame unit: 0.75 for decks (a 1280x720 px slide is a 960x540 pt page),
    /// 1 for diagrams.
    public var pointsPerUnit: Double
    /// Pixels per frame unit for PNG pages.
    public var scale: Double
    /// Overrides every page's background; `Color.transparent` for none.
    public var background: Color?
    /// Seconds since 1970 for the PDF dates (`SOURCE_DATE_EPOCH`); nil writes no date.
    public var sourceDateEpoch: Int?
    /// Whether speaker notes become PDF text annotations on their pages.
    public var notesAsAnnotations: Bool

    public init(pointsPerUnit: Double = 1, scale: Double = 1, background: Color? = nil, sourceDateEpoch: Int? = nil,
                notesAsAnnotations: Bool = true) {
        self.pointsPerUnit = pointsPerUnit
        self.scale = scale
        self.background = background
        self.sourceDateEpoch = sourceDateEpoch
        self.notesAsAnnotations = notesAsAnnotations
    }

    /// The settings for one frame of the document (PNG pages).
    var frameOptions: RenderOptions {
        RenderOptions(scale: scale, background: background, sourceDateEpoch: sourceDateEpoch)
    }
}
