import Scene

/// Settings for drawing a flowchart.
public struct FlowchartSceneOptions: Hashable, Sendable {
    /// Theme name (`default`, `neutral`, `dark`, `forest`, `base`); the diagram's own config wins when nil.
    public var theme: String?
    /// Font family of every label (registered from `fonts/`).
    public var fontFamily: String
    /// Font size of labels in px.
    public var fontSize: Double
    /// Labels wider than this wrap at word boundaries (mermaid's `wrappingWidth`).
    public var wrappingWidth: Double
    /// Space around the whole drawing (mermaid's `diagramPadding`).
    public var diagramPadding: Double
    /// Pictures of image nodes, by their `img` value as written; an image node whose picture
    /// is missing here is drawn as a placeholder frame (remote URLs are never loaded).
    public var images: [String: ImageSource]

    public init(theme: String? = nil, fontFamily: String = "Inter", fontSize: Double = 16,
                wrappingWidth: Double = 200, diagramPadding: Double = 8, images: [String: ImageSource] = [:]) {
        self.images = images
        self.theme = theme
        self.fontFamily = fontFamily
        self.fontSize = fontSize
        self.wrappingWidth = wrappingWidth
        self.diagramPadding = diagramPadding
    }
}
