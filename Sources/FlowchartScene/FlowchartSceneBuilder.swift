import Flowchart
import Geometry
import LayeredLayout
import Scene

/// Turns a flowchart into a drawn `Frame`: measure labels, size shapes, lay out, draw.
public enum FlowchartSceneBuilder {
    /// Size of the diagram title (front matter `title`), as mermaid draws it.
    static let titleFontSize = 18.0
    static let titleGap = 8.0

    /// The drawn flowchart: clusters, edges, edge labels, nodes, plus the title when there is one.
    public static func build(_ diagram: FlowchartDiagram, measurer: any TextMeasurer,
                             options: FlowchartSceneOptions = FlowchartSceneOptions()) -> Frame {
        draw(diagram, measurer: measurer, options: options).frame
    }

    /// The frame and the layout behind it.
    public static func draw(_ diagram: FlowchartDiagram, measurer: any TextMeasurer,
                            options: FlowchartSceneOptions = FlowchartSceneOptions()) -> FlowchartDrawing {
        draw(diagram, measurer: measurer, options: options, layoutEngine: LayeredPipeline.run)
    }

    /// `draw` with another layout engine (tests feed hand-made layouts through it).
    /// The same, with the layout engine given: tests pass hand-made layouts, and the facade
    /// a timed run of `LayeredPipeline`.
    public static func draw(_ diagram: FlowchartDiagram, measurer: any TextMeasurer, options: FlowchartSceneOptions,
                            layoutEngine: (LayoutGraph) -> LayoutResult) -> FlowchartDrawing {
        let measured = FlowchartMeasurement(diagram, measurer: measurer, options: options)
        let theme = measured.theme
        let raw = layoutEngine(measured.graph)

        let pad = diagram.config.diagramPadding.flatMap { $0 >= 0 && $0 < 1000 ? $0 : nil } ?? options.diagramPadding
        var title: MeasuredLabel?
        if let text = diagram.title, !text.isEmpty {
            let style = TextStyle(family: theme.fontFamily ?? options.fontFamily, size: titleFontSize, color: theme.titleText)
            let label = MeasuredLabel.measure(FlowLabel(text), style: style, measurer: measurer,
                                              wrappingWidth: .infinity)
            title = label.isEmpty ? nil : label
        }
        let titleHeight = title.map { $0.size.height + titleGap } ?? 0
        let contentWidth = max(raw.size.width, title?.size.width ?? 0)
        let offset = Point(x: pad + (contentWidth - raw.size.width) / 2, y: pad + titleHeight)
        let layout = moved(raw, by: offset)
        let size = Size(width: contentWidth + 2 * pad, height: raw.size.height + titleHeight + 2 * pad)

        var items: [Item] = []
        if let title {
            let center = Point(x: size.width / 2, y: pad + title.size.height / 2)
            items.append(.text(title.item(centeredAt: center, tag: .class("diagram-title"))))
        }
        items += clusterItems(diagram, layout: layout, measured: measured)
        items += edgeItems(diagram, layout: layout, measured: measured)
        for (index, node) in diagram.nodes.enumerated() where index < layout.nodes.count {
            items.append(NodeDrawing.item(node, box: layout.nodes[index], label: measured.nodeLabels[index],
                                          css: measured.nodeStyles[index], theme: theme, asset: measured.assetNodes[index]))
        }
        if diagram.config.look?.lowercased() == "handdrawn" { items = HandDrawnLook.sketched(items) }
        // Front-matter title is drawn and is the PDF title; accTitle is what assistive tools read.
        let frame = Frame(size: size, background: theme.background, items: items,
                          title: diagram.title.flatMap { $0.isEmpty ? nil : $0 },
                          summary: diagram.accessibilityDescription, accessibilityTitle: diagram.accessibilityTitle)
        return FlowchartDrawing(frame: frame, layout: layout, offset: offset)
    }

    /// Clusters, outermost first (then in subgraph order), so inner boxes paint over outer ones.
    static func clusterItems(_ diagram: FlowchartDiagram, layout: LayoutResult,
                             measured: FlowchartMeasurement) -> [Item] {
        func depth(_ index: Int) -> Int {
            var d = 0, current = diagram.subgraphs[index].parent
            while let p = current, diagram.subgraphs.indices.contains(p), d <= diagram.subgraphs.count {
                d += 1
                current = diagram.subgraphs[p].parent
            }
            return d
        }
        let order = diagram.subgraphs.indices.filter { $0 < layout.clusters.count }
            .map { ($0, depth($0)) }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.map(\.0)
        return order.map { index in
            ClusterDrawing.item(diagram.subgraphs[index], box: layout.clusters[index],
                                title: measured.clusterTitles[index], css: measured.clusterStyles[index],
                                theme: measured.theme)
        }
    }

    /// Edge lines first, then all edge labels over them. Invisible edges are not drawn.
    static func edgeItems(_ diagram: FlowchartDiagram, layout: LayoutResult, measured: FlowchartMeasurement) -> [Item] {
        var lines: [Item] = []
        var labels: [Item] = []
        let horizontal = diagram.direction == .leftToRight || diagram.direction == .rightToLeft
        for (index, edge) in diagram.edges.enumerated() where index < layout.edges.count && edge.stroke != .invisible {
            let route = layout.edges[index]
            var drawing = EdgeDrawing(edge: edge, css: measured.edgeStyles[index], theme: measured.theme,
                                      fromName: name(edge.from, diagram), toName: name(edge.to, diagram))
            drawing.curve = EdgeCurveKind(name: edge.curve ?? diagram.config.curve)
            let start = outline(edge.from, first: route.points.first, diagram: diagram, layout: layout)
            let end = outline(edge.to, first: route.points.last, diagram: diagram, layout: layout)
            if let clipped = EdgeDrawing.clippedRoute(route.points, start: start, end: end) {
                drawing.router = EdgeCurveRouter(obstacles: obstacles(near: clipped, edge: edge, layout: layout),
                                                 ranksHorizontal: horizontal)
                lines.append(drawing.lineItem(route: clipped))
            }
            if let label = measured.edgeLabels[index] {
                let box = route.labelRect ?? EdgeDrawing.fallbackLabelBox(route: route.points, size: label.size)
                labels.append(drawing.labelItem(label, box: box))
            }
        }
        return lines + labels
    }

    /// The boxes of nodes other than the edge's ends near its route (shrunk by a hair, so a
    /// line along a border does not count as entering).
    static func obstacles(near route: [Point], edge: FlowEdge, layout: LayoutResult) -> [Rect] {
        guard let first = route.first else { return [] }
        var minX = first.x, maxX = first.x, minY = first.y, maxY = first.y
        for p in route { minX = min(minX, p.x); maxX = max(maxX, p.x); minY = min(minY, p.y); maxY = max(maxY, p.y) }
        let reach = Rect(x: minX - 40, y: minY - 40, width: maxX - minX + 80, height: maxY - minY + 80)
        var result: [Rect] = []
        for (n, box) in layout.nodes.enumerated() where box.width > 2 && box.height > 2 && box.intersects(reach) {
            if edge.from == .node(n) || edge.to == .node(n) { continue }
            result.append(box.insetBy(dx: 1, dy: 1))
        }
        return result
    }

    static func name(_ endpoint: FlowEndpoint, _ diagram: FlowchartDiagram) -> String {
        switch endpoint {
        case .node(let i): return diagram.nodes.indices.contains(i) ? diagram.nodes[i].id : ""
        case .subgraph(let i): return diagram.subgraphs.indices.contains(i) ? diagram.subgraphs[i].id : ""
        }
    }

    /// The outline an edge end is clipped to: the node's true shape; for a cluster, its box
    /// only when the route ends strictly inside it (the layout normally stops at the border).
    static func outline(_ endpoint: FlowEndpoint, first point: Point?, diagram: FlowchartDiagram,
                        layout: LayoutResult) -> [Point]? {
        switch endpoint {
        case .node(let i):
            guard diagram.nodes.indices.contains(i), layout.nodes.indices.contains(i) else { return nil }
            return NodeShapePaths(diagram.nodes[i].shape, in: layout.nodes[i]).outline
        case .subgraph(let i):
            guard layout.clusters.indices.contains(i), let point else { return nil }
            let box = layout.clusters[i]
            guard box.insetBy(dx: 1, dy: 1).contains(point), box.width > 2, box.height > 2 else { return nil }
            return Path.rect(box).flattened().first
        }
    }

    /// Every coordinate of a layout moved by `offset`.
    static func moved(_ layout: LayoutResult, by offset: Point) -> LayoutResult {
        func m(_ r: Rect) -> Rect { r.offsetBy(dx: offset.x, dy: offset.y) }
        return LayoutResult(nodes: layout.nodes.map(m),
                            edges: layout.edges.map { EdgeRoute(points: $0.points.map { $0 + offset }, labelRect: $0.labelRect.map(m)) },
                            clusters: layout.clusters.map(m), size: layout.size)
    }
}
