import Render
import Scene

/// What a user can choose when compiling one diagram.
public struct DiagramOptions: Sendable {
    /// Theme name; nil keeps the diagram's own (front matter / init) or the default theme.
    public var theme: String?
    /// PNG pixels per diagram unit (the CLI accepts 1 to 8); the PNG records 96 × scale dpi.
    public var scale: Double
    /// Background override: nil keeps the theme's, `Color.transparent` for none.
    public var background: Color?
    /// PDF creation date (seconds since 1970), usually from `SOURCE_DATE_EPOCH`.
    public var sourceDateEpoch: Int?
    /// A mermaid configuration file's settings, under the diagram's own (`-c config.json`).
    public var configFile: MermaidConfigFile?
    /// Fit the drawing into this width (diagram units, i.e. CSS px before `scale`), aspect kept.
    public var fitWidth: Double?
    /// Fit the drawing into this height, aspect kept; with `fitWidth` the tighter one wins.
    public var fitHeight: Double?
    /// PDF on a paper page with margins instead of a page the drawing's size.
    public var paper: PaperSize?
    /// Turn the paper page sideways.
    public var landscape: Bool
    /// Directory that image nodes' relative paths start from; nil: the diagram file's own
    /// directory (the working directory for standard input).
    public var baseDirectory: String?
    /// Bounds on the input's size and counts (`trellis.limit-…` errors past them).
    public var limits: Limits = .standard
    /// Which files image nodes may read; nil: only files under `baseDirectory` (the default root).
    public var fileAccess: FileAccessPolicy?

    public init(theme: String? = nil, scale: Double = 1, background: Color? = nil, sourceDateEpoch: Int? = nil,
                configFile: MermaidConfigFile? = nil, fitWidth: Double? = nil, fitHeight: Double? = nil,
                paper: PaperSize? = nil, landscape: Bool = false, baseDirectory: String? = nil) {
        self.baseDirectory = baseDirectory
        self.theme = theme
        self.scale = scale
        self.background = background
        self.sourceDateEpoch = sourceDateEpoch
        self.configFile = configFile
        self.fitWidth = fitWidth
        self.fitHeight = fitHeight
        self.paper = paper
        self.landscape = landscape
    }

    /// Theme names the scene builder knows.
    public static let themes = ["default", "neutral", "dark", "forest", "base"]

    /// Allowed PNG scale factors (mermaid-cli's device scale factor; more is rarely useful
    /// and makes huge images).
    public static let scaleRange: ClosedRange<Double> = 1...8
}
