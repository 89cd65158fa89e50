import Geometry

/// Entry point of the layered (Sugiyama) layout.
/// PLACEHOLDER: stacks nodes in one column until the real pipeline lands.
public enum LayeredPipeline {
    public static func run(_ graph: LayoutGraph) -> LayoutResult {
        var y = 0.0
        var rects: [Rect] = []
        let width = graph.nodes.map(\.size.width).max() ?? 0
        for node in graph.nodes {
            rects.append(Rect(x: (width - node.size.width) / 2, y: y, width: node.size.width, height: node.size.height))
            y += node.size.height + graph.options.rankSpacing
        }
        let routes = graph.edges.map { edge -> EdgeRoute in
            func center(_ e: LayoutEndpoint) -> Point {
                if case .node(let i) = e { return rects[i].center }
                return .zero
            }
            return EdgeRoute(points: [center(edge.from), center(edge.to)])
        }
        let clusters = graph.clusters.map { _ in Rect.zero }
        return LayoutResult(nodes: rects, edges: routes, clusters: clusters, size: Size(width: width, height: max(0, y - graph.options.rankSpacing)))
    }
}
