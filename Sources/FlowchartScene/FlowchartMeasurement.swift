import Flowchart
import Geometry
import LayeredLayout
import Scene

/// Every label of a flowchart measured, node boxes sized, and the `LayoutGraph` built from them.
struct FlowchartMeasurement {
    var theme: FlowchartTheme
    var nodeLabels: [MeasuredLabel]
    var nodeStyles: [CSSStyle]
    /// Layout of image and icon nodes (nil for other nodes), by node index.
    var assetNodes: [AssetNodeLayout?]
    var edgeLabels: [MeasuredLabel?]
    var edgeStyles: [CSSStyle]
    var clusterTitles: [MeasuredLabel]
    var clusterStyles: [CSSStyle]
    var graph: LayoutGraph

    /// Gap above a cluster title inside the cluster box.
    static let clusterTitleGap = 4.0
    static let clusterPadding = 8.0

    init(_ diagram: FlowchartDiagram, measurer: any TextMeasurer, options: FlowchartSceneOptions) {
        let theme = Self.theme(diagram.config, options: options)
        self.theme = theme
        let base = TextStyle(family: theme.fontFamily ?? options.fontFamily, size: theme.fontSize ?? options.fontSize)
        let wrappingWidth = diagram.config.wrappingWidth.flatMap { $0 > 0 ? $0 : nil } ?? options.wrappingWidth
        func measure(_ label: FlowLabel, _ style: TextStyle) -> MeasuredLabel {
            MeasuredLabel.measure(label, style: style, measurer: measurer, wrappingWidth: wrappingWidth)
        }

        nodeStyles = diagram.nodes.map { CSSStyle($0.style) }
        var nodeText = base
        nodeText.color = theme.nodeText
        nodeLabels = zip(diagram.nodes, nodeStyles).map { node, css in measure(node.label, css.textStyle(nodeText)) }

        edgeStyles = diagram.edges.map { CSSStyle($0.style) }
        var edgeText = base
        edgeText.color = theme.edgeLabelText
        edgeLabels = zip(diagram.edges, edgeStyles).map { edge, css in
            guard let label = edge.label else { return nil }
            let measured = measure(label, css.textStyle(edgeText))
            return measured.isEmpty ? nil : measured
        }

        clusterStyles = diagram.subgraphs.map { CSSStyle($0.style) }
        var titleText = base
        titleText.color = theme.clusterTitle
        clusterTitles = zip(diagram.subgraphs, clusterStyles).map { sub, css in measure(sub.title, css.textStyle(titleText)) }

        let padding = diagram.config.padding.flatMap { $0 >= 0 && $0 < 1000 ? $0 : nil } ?? NodeShapeSizing.padding
        let (styles, labels) = (nodeStyles, nodeLabels)
        let assetNodes = diagram.nodes.indices.map { index in
            AssetNodeLayout(diagram.nodes[index], label: labels[index].size, images: options.images, measurer: measurer,
                            iconColor: styles[index].stroke ?? theme.nodeStroke)
        }
        self.assetNodes = assetNodes
        var graph = LayoutGraph()
        graph.nodes = diagram.nodes.indices.map { index in
            let node = diagram.nodes[index]
            let size = assetNodes[index]?.size
                ?? NodeShapeSizing.size(of: node.shape, label: labels[index].size, padding: padding,
                                        direction: Self.direction(of: node, in: diagram))
            return LayoutNode(size: size, cluster: node.subgraph)
        }
        let edgeLabels = self.edgeLabels
        graph.edges = diagram.edges.enumerated().map { index, edge in
            LayoutEdge(from: FlowchartMeasurement.endpoint(edge.from), to: FlowchartMeasurement.endpoint(edge.to),
                       minLength: max(0, edge.minLength), labelSize: edgeLabels[index]?.size,
                       isInvisible: edge.stroke == .invisible)
        }
        graph.clusters = zip(diagram.subgraphs, clusterTitles).map { sub, title in
            let titleSize = title.isEmpty ? Size.zero
                : Size(width: title.size.width + 2 * FlowchartMeasurement.clusterPadding,
                       height: title.size.height + FlowchartMeasurement.clusterTitleGap)
            return LayoutCluster(parent: sub.parent, titleSize: titleSize, padding: FlowchartMeasurement.clusterPadding,
                                 direction: sub.direction.map(FlowchartMeasurement.direction))
        }
        graph.options = LayoutOptions(direction: FlowchartMeasurement.direction(diagram.direction),
                                      nodeSpacing: Self.spacing(diagram.config.nodeSpacing),
                                      rankSpacing: Self.spacing(diagram.config.rankSpacing))
        self.graph = graph
    }

    /// The theme: the caller's choice, else the diagram's `theme`, else `default`, with the
    /// diagram's `themeVariables` applied (an unknown name falls back to `default`).
    static func theme(_ config: FlowchartConfig, options: FlowchartSceneOptions) -> FlowchartTheme {
        let variables = config.themeVariables
        let name = options.theme ?? config.theme ?? "default"
        return FlowchartTheme.named(name, variables: variables)
            ?? FlowchartTheme.named("default", variables: variables) ?? .default
    }

    /// A spacing from config, or mermaid's 50 when absent or unreasonable.
    static func spacing(_ value: Double?) -> Double {
        guard let value, value.isFinite, value >= 0, value <= 2000 else { return 50 }
        return value
    }

    static func endpoint(_ endpoint: FlowEndpoint) -> LayoutEndpoint {
        switch endpoint {
        case .node(let i): return .node(i)
        case .subgraph(let i): return .cluster(i)
        }
    }

    /// The flow direction around a node: its innermost subgraph's `direction`, else the diagram's.
    static func direction(of node: FlowNode, in diagram: FlowchartDiagram) -> FlowDirection {
        var current = node.subgraph, steps = 0
        while let index = current, diagram.subgraphs.indices.contains(index), steps <= diagram.subgraphs.count {
            if let direction = diagram.subgraphs[index].direction { return direction }
            current = diagram.subgraphs[index].parent
            steps += 1
        }
        return diagram.direction
    }

    static func direction(_ direction: FlowDirection) -> LayoutDirection {
        switch direction {
        case .topToBottom: return .topToBottom
        case .bottomToTop: return .bottomToTop
        case .leftToRight: return .leftToRight
        case .rightToLeft: return .rightToLeft
        }
    }
}
