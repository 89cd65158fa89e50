import Geometry
import LayeredLayout

/// A fixed layout for golden images, so they show drawing (shapes, colours, arrowheads,
/// curves) and stay put when the layered layout changes: nodes in a grid, edges bent once
/// halfway, clusters around their members.
enum GoldenLayout {
    static let columns = 4
    static let gap = Size(width: 72, height: 56)
    static let clusterPadding = 14.0
    static let clusterTitle = 22.0

    static func run(_ graph: LayoutGraph, columns: Int = columns) -> LayoutResult {
        let cellWidth = (graph.nodes.map(\.size.width).max() ?? 0) + gap.width
        let cellHeight = (graph.nodes.map(\.size.height).max() ?? 0) + gap.height
        let top = graph.clusters.isEmpty ? 0 : clusterPadding + clusterTitle
        let left = graph.clusters.isEmpty ? 0 : clusterPadding
        let nodes = graph.nodes.indices.map { index -> Rect in
            let column = Double(index % max(1, columns)), row = Double(index / max(1, columns))
            let center = Point(x: left + cellWidth * (column + 0.5), y: top + cellHeight * (row + 0.5))
            return Rect(center: center, size: graph.nodes[index].size)
        }
        let clusters = graph.clusters.indices.map { index -> Rect in
            let members = graph.nodes.indices.filter { isInside(graph, node: $0, cluster: index) }.map { nodes[$0] }
            guard let first = members.first else { return Rect(x: 0, y: 0, width: 0, height: 0) }
            let box = members.dropFirst().reduce(first) { Rect.bounding([$0.origin, Point(x: $0.maxX, y: $0.maxY), $1.origin, Point(x: $1.maxX, y: $1.maxY)]) }
            return Rect(x: box.minX - clusterPadding, y: box.minY - clusterPadding - clusterTitle,
                        width: box.width + 2 * clusterPadding, height: box.height + 2 * clusterPadding + clusterTitle)
        }
        let edges = graph.edges.map { edge -> EdgeRoute in
            guard case .node(let from) = edge.from, case .node(let to) = edge.to,
                  nodes.indices.contains(from), nodes.indices.contains(to) else { return EdgeRoute(points: []) }
            let a = nodes[from].center, b = nodes[to].center
            // Bent halfway, sideways to the edge, so each curve kind shows its own shape.
            let length = max(1, a.distance(to: b))
            let bend = Point(x: (a.x + b.x) / 2 - (b.y - a.y) / length * 18, y: (a.y + b.y) / 2 + (b.x - a.x) / length * 18)
            let label = edge.labelSize.map { Rect(center: bend, size: $0) }
            return EdgeRoute(points: [a, bend, b], labelRect: label)
        }
        let count = Double(graph.nodes.count)
        let rows = (count / Double(max(1, columns))).rounded(.up)
        let used = min(count, Double(columns))
        return LayoutResult(nodes: nodes, edges: edges, clusters: clusters,
                            size: Size(width: 2 * left + cellWidth * used, height: top + clusterPadding + cellHeight * rows))
    }

    private static func isInside(_ graph: LayoutGraph, node: Int, cluster: Int) -> Bool {
        var current = graph.nodes[node].cluster, steps = 0
        while let c = current, steps <= graph.clusters.count {
            if c == cluster { return true }
            current = graph.clusters.indices.contains(c) ? graph.clusters[c].parent : nil
            steps += 1
        }
        return false
    }
}
