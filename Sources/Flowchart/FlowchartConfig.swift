/// Settings that reach the drawing, from front matter and `%%{init}%%` directives (the last given wins).
public struct FlowchartConfig: Hashable, Sendable {
    /// `default`, `neutral`, `dark`, `forest`, or nil for the caller's choice.
    public var theme: String?
    public var nodeSpacing: Double?
    public var rankSpacing: Double?
    /// `flowchart.curve`: the default edge curve name (`basis`, `linear`, …); an edge's own
    /// `curve` wins.
    public var curve: String? = nil
    /// `look`: `classic` or `handDrawn` (Trellis draws classic).
    public var look: String? = nil
    /// `layout`: `dagre` or `elk` (Trellis uses its own layered layout either way).
    public var layout: String? = nil
    /// `themeVariables` (`primaryColor`, `lineColor`, `fontFamily`, …), values as written.
    public var themeVariables: [String: String] = [:]
    /// `flowchart.padding`: space between a node's label and its outline.
    public var padding: Double? = nil
    /// `flowchart.wrappingWidth`: where long labels wrap.
    public var wrappingWidth: Double? = nil
    /// `flowchart.diagramPadding`: margin around the whole diagram.
    public var diagramPadding: Double? = nil
    /// `flowchart.htmlLabels` (or top-level `htmlLabels`).
    public var htmlLabels: Bool? = nil

    public init(theme: String? = nil, nodeSpacing: Double? = nil, rankSpacing: Double? = nil) {
        self.theme = theme
        self.nodeSpacing = nodeSpacing
        self.rankSpacing = rankSpacing
    }
}
