import Geometry

/// A straight route between the facing sides of a cluster and another box beside it.
///
/// An edge to or from a cluster is ranked through the cluster's top or bottom border, so when
/// the other end sits beside the cluster (their rows overlap) the layered route runs around
/// the box, often across other edges. When the gap between the two boxes is free, the edge
/// instead goes straight across it, from side to side, as people draw it.
enum SideRoute {
    /// The straight route from `tail` to `head` (internal coordinates), or nil when the boxes
    /// are not side by side, the gap is too narrow for the label, or a box is in the way.
    static func route(_ g: WorkGraph, tail: LayoutEndpoint, head: LayoutEndpoint, label: Size?, ownLabel: Int? = nil) -> [Point]? {
        if !tail.isCluster {
            guard head.isCluster else { return nil }
            return route(g, tail: head, head: tail, label: label, ownLabel: ownLabel)?.reversed()
        }
        guard let a = box(tail, g), let b = box(head, g) else { return nil }
        let low = max(a.minY, b.minY), high = min(a.maxY, b.maxY)
        guard high - low >= 2 * g.edgeSpacing else { return nil }
        let leftToRight = a.maxX <= b.minX
        guard leftToRight || b.maxX <= a.minX else { return nil }
        let gap = leftToRight ? b.minX - a.maxX : a.minX - b.maxX
        guard gap >= (label?.width ?? 0) + 2 * g.edgeSpacing else { return nil }
        var y = (low + high) / 2
        if case .node(let n) = head, n >= 0 && n < g.nodes.count { y = g.boxCenter(n).y }
        let start = Point(x: leftToRight ? a.maxX : a.minX, y: y)
        let end: Point
        if case .node(let n) = head { end = g.boxCenter(n) } else { end = Point(x: leftToRight ? b.minX : b.maxX, y: y) }
        let span = Rect(x: min(start.x, end.x), y: y - (label?.height ?? 0) / 2 - 1,
                        width: abs(end.x - start.x), height: (label?.height ?? 0) + 2)
        for v in g.nodes.indices where (g.nodes[v].isSolid || g.nodes[v].isLabel) && v != ownLabel {
            if case .node(let n) = head, n == v { continue }
            let node = g.nodes[v]
            let rect = Rect(center: g.boxCenter(v), size: Size(width: node.width - node.loopExtent, height: node.height))
            if rect.intersects(span) && !ends(inside: v, tail, head, g) { return nil }
        }
        for (c, cluster) in g.clusters.enumerated() where !holds(c, tail, g) && !holds(c, head, g) {
            if cluster.box.intersects(span) { return nil }
        }
        return [start, end]
    }

    /// The label's centre: the middle of the gap between the two boxes, on the route.
    static func labelCenter(_ route: [Point], _ g: WorkGraph, tail: LayoutEndpoint, head: LayoutEndpoint) -> Point {
        guard route.count == 2, let a = box(tail, g), let b = box(head, g) else { return route[0].lerp(to: route[route.count - 1], 0.5) }
        let x = a.maxX <= b.minX ? (a.maxX + b.minX) / 2 : (b.maxX + a.minX) / 2
        let t = abs(route[1].x - route[0].x) > 1e-9 ? (x - route[0].x) / (route[1].x - route[0].x) : 0.5
        return route[0].lerp(to: route[1], min(1, max(0, t)))
    }

    private static func box(_ end: LayoutEndpoint, _ g: WorkGraph) -> Rect? {
        switch end {
        case .cluster(let c) where c >= 0 && c < g.clusters.count: return g.clusters[c].box
        case .node(let n) where n >= 0 && n < g.nodes.count:
            let node = g.nodes[n]
            return Rect(center: g.boxCenter(n), size: Size(width: node.width - node.loopExtent, height: node.height))
        default: return nil
        }
    }

    /// Whether cluster `c` is the end cluster or holds the end.
    private static func holds(_ c: Int, _ end: LayoutEndpoint, _ g: WorkGraph) -> Bool {
        switch end {
        case .cluster(let d): return g.isInside(d, c)
        case .node(let n): return n >= 0 && n < g.nodes.count && g.isInside(g.nodes[n].cluster, c)
        }
    }

    /// Whether node `v` sits inside an end cluster (the segment starts outside it anyway).
    private static func ends(inside v: Int, _ tail: LayoutEndpoint, _ head: LayoutEndpoint, _ g: WorkGraph) -> Bool {
        [tail, head].contains { end in
            if case .cluster(let c) = end { return g.isInside(g.nodes[v].cluster, c) }
            return false
        }
    }
}

extension LayoutEndpoint {
    var isCluster: Bool {
        if case .cluster = self { return true }
        return false
    }
}
