import Render
import Scene

/// What a user can choose when compiling one diagram.
public struct DiagramOptions: Sendable {
    /// Theme name; nil keeps the diagram's own (front matter / init) or the default theme.
    public var theme: String?
    /// PNG pixels per diagram unit.
    public var scale: Double
    /// Background override: nil keeps the theme's, `Color.transparent` for none.
    public var background: Color?
    /// PDF creation date (seconds since 1970), usually from `SOURCE_DATE_EPOCH`.
    public var sourceDateEpoch: Int?

    public init(theme: String? = nil, scale: Double = 1, background: Color? = nil, sourceDateEpoch: Int? = nil) {
        self.theme = theme
        self.scale = scale
        self.background = background
        self.sourceDateEpoch = sourceDateEpoch
    }

    /// Theme names the scene builder knows.
    public static let themes = ["default", "neutral", "dark", "forest"]
}
