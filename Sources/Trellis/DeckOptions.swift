import Render

/// What a user can choose when compiling a deck.
public struct DeckOptions: Sendable {
    /// Theme for every slide, over the deck's `theme` directives; nil keeps the deck's own.
    public var theme: String?
    /// Scale overflowing slide content down to fit instead of only warning (`--shrink`).
    public var shrink: Bool
    /// Handout pages on this paper (`--notes`): each slide on top of a portrait page, its
    /// speaker notes under it. Nil draws the slides themselves, notes as PDF annotations.
    public var handout: PaperSize?
    /// Whether speaker notes become PDF text annotations on the slide pages.
    public var notesAsAnnotations: Bool
    /// PNG pixels per CSS pixel of the slide.
    public var scale: Double
    /// PDF dates (seconds since 1970), usually from `SOURCE_DATE_EPOCH`; nil writes none.
    public var sourceDateEpoch: Int?

    /// Which files the source may read (nil: those under its own folder).
    public var fileAccess: FileAccessPolicy?

    /// Input size and slide-count limits (`Limits.standard` unless raised).
    public var limits: Limits = .standard

    public init(theme: String? = nil, shrink: Bool = false, handout: PaperSize? = nil, notesAsAnnotations: Bool = true,
                scale: Double = 1, sourceDateEpoch: Int? = nil) {
        self.theme = theme
        self.shrink = shrink
        self.handout = handout
        self.notesAsAnnotations = notesAsAnnotations
        self.scale = scale
        self.sourceDateEpoch = sourceDateEpoch
    }

    /// PDF points per CSS pixel of a slide: 1280x720 px is a 960x540 pt page, as in Marp.
    public static let pointsPerPixel = 0.75
}
