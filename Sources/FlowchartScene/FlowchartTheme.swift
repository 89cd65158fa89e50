import Scene

/// Colours of a flowchart drawing, after mermaid.js 11's built-in themes.
public struct FlowchartTheme: Hashable, Sendable {
    public var name: String
    public var background: Color
    public var nodeFill: Color
    public var nodeStroke: Color
    public var nodeText: Color
    public var line: Color
    public var edgeLabelBackground: Color
    public var edgeLabelText: Color
    public var clusterFill: Color
    public var clusterStroke: Color
    public var clusterTitle: Color
    public var titleText: Color
    /// Bundled font family of labels from `themeVariables.fontFamily`; nil keeps the caller's.
    public var fontFamily: String? = nil
    /// Label size in px from `themeVariables.fontSize`; nil keeps the caller's.
    public var fontSize: Double? = nil

    public init(name: String, background: Color, nodeFill: Color, nodeStroke: Color, nodeText: Color,
                line: Color, edgeLabelBackground: Color, edgeLabelText: Color, clusterFill: Color,
                clusterStroke: Color, clusterTitle: Color, titleText: Color) {
        self.name = name
        self.background = background
        self.nodeFill = nodeFill
        self.nodeStroke = nodeStroke
        self.nodeText = nodeText
        self.line = line
        self.edgeLabelBackground = edgeLabelBackground
        self.edgeLabelText = edgeLabelText
        self.clusterFill = clusterFill
        self.clusterStroke = clusterStroke
        self.clusterTitle = clusterTitle
        self.titleText = titleText
    }

    /// mermaid's `default` theme (lavender nodes, yellow clusters).
    public static let `default` = FlowchartTheme(
        name: "default", background: .white, nodeFill: Color(rgb: 0xECECFF), nodeStroke: Color(rgb: 0x9370DB),
        nodeText: Color(rgb: 0x333333), line: Color(rgb: 0x333333),
        edgeLabelBackground: Color(red: 232 / 255, green: 232 / 255, blue: 232 / 255, alpha: 0.8),
        edgeLabelText: Color(rgb: 0x333333), clusterFill: Color(rgb: 0xFFFFDE), clusterStroke: Color(rgb: 0xAAAA33),
        clusterTitle: Color(rgb: 0x333333), titleText: Color(rgb: 0x333333))

    /// mermaid's `neutral` theme (greys, black text).
    public static let neutral = FlowchartTheme(
        name: "neutral", background: .white, nodeFill: Color(rgb: 0xEEEEEE), nodeStroke: Color(rgb: 0x999999),
        nodeText: Color(rgb: 0x000000), line: Color(rgb: 0x666666), edgeLabelBackground: .white,
        edgeLabelText: Color(rgb: 0x000000), clusterFill: Color(rgb: 0xFCFCFC), clusterStroke: Color(rgb: 0x707070),
        clusterTitle: Color(rgb: 0x333333), titleText: Color(rgb: 0x000000))

    /// mermaid's `dark` theme (dark grey background, light lines).
    public static let dark = FlowchartTheme(
        name: "dark", background: Color(rgb: 0x333333), nodeFill: Color(rgb: 0x1F2020),
        nodeStroke: Color(rgb: 0xCCCCCC), nodeText: Color(rgb: 0xCCCCCC), line: Color(rgb: 0xD3D3D3),
        edgeLabelBackground: Color(rgb: 0x585858), edgeLabelText: Color(rgb: 0xCCCCCC),
        clusterFill: Color(rgb: 0x474949), clusterStroke: Color(red: 1, green: 1, blue: 1, alpha: 0.25),
        clusterTitle: Color(rgb: 0xF9FFFE), titleText: Color(rgb: 0xCCCCCC))

    /// mermaid's `forest` theme (greens).
    public static let forest = FlowchartTheme(
        name: "forest", background: .white, nodeFill: Color(rgb: 0xCDE498), nodeStroke: Color(rgb: 0x13540C),
        nodeText: Color(rgb: 0x000000), line: Color(rgb: 0x000000), edgeLabelBackground: Color(rgb: 0xE8E8E8),
        edgeLabelText: Color(rgb: 0x000000), clusterFill: Color(rgb: 0xCDFFB2), clusterStroke: Color(rgb: 0x6EAA49),
        clusterTitle: Color(rgb: 0x333333), titleText: Color(rgb: 0x000000))

    /// mermaid's `base` theme without overrides (cream nodes): the one `themeVariables` recolour.
    public static let base = FlowchartThemeVariables.base([:])

    /// The built-in themes, in mermaid's order.
    public static let all: [FlowchartTheme] = [.default, .neutral, .dark, .forest, .base]

    /// The theme of that name (case-insensitive); nil for an unknown name.
    public static func named(_ name: String) -> FlowchartTheme? {
        let key = name.lowercased()
        return all.first { $0.name == key }
    }

    /// The theme of that name with mermaid `themeVariables` applied: `base` derives every
    /// colour from the few given, the others take the flowchart variables as given.
    public static func named(_ name: String, variables: [String: String]) -> FlowchartTheme? {
        if name.lowercased() == "base" { return FlowchartThemeVariables.base(variables) }
        guard let theme = named(name) else { return nil }
        return FlowchartThemeVariables.overriding(theme, with: variables)
    }
}
