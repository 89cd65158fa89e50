import Geometry

/// Maps internal top-to-bottom coordinates to the requested direction and builds the result.
///
/// What: flips y for BT, transposes for LR, transposes and flips for RL (sizes were swapped
/// by BuildWorkGraph so boxes come out right), then translates everything so the bounding
/// box of nodes, clusters, routes and labels starts at (0, 0).
/// Pre: routes final. Post: all coordinates ≥ 0, `size` is the bounding box.
enum Orient {
    static func run(_ g: WorkGraph, nodeCount: Int) -> LayoutResult {
        let direction = g.direction
        func map(_ p: Point) -> Point {
            switch direction {
            case .topToBottom: return p
            case .bottomToTop: return Point(x: p.x, y: -p.y)
            case .leftToRight: return Point(x: p.y, y: p.x)
            case .rightToLeft: return Point(x: -p.y, y: p.x)
            }
        }
        func map(_ r: Rect) -> Rect {
            let a = map(r.origin), b = map(Point(x: r.maxX, y: r.maxY))
            return Rect(x: min(a.x, b.x), y: min(a.y, b.y), width: abs(a.x - b.x), height: abs(a.y - b.y))
        }
        var nodes = (0..<nodeCount).map { v -> Rect in
            let n = g.nodes[v]
            return map(Rect(center: g.boxCenter(v), size: Size(width: n.width - n.loopExtent, height: n.height)))
        }
        var clusters = g.clusters.map { map($0.box) }
        var routes = g.routes.map { EdgeRoute(points: $0.points.map(map), labelRect: $0.labelRect.map(map)) }

        var bounds: Rect?
        func include(_ r: Rect) { bounds = bounds.map { $0.union(r) } ?? r }
        nodes.forEach(include)
        clusters.forEach(include)
        for route in routes {
            route.points.forEach { include(Rect(origin: $0, size: .zero)) }
            route.labelRect.map(include)
        }
        guard let box = bounds else { return LayoutResult(nodes: nodes, edges: routes, clusters: clusters, size: .zero) }
        let dx = -box.minX, dy = -box.minY
        func shift(_ p: Point) -> Point { Point(x: max(0, p.x + dx), y: max(0, p.y + dy)) }
        func shift(_ r: Rect) -> Rect { Rect(origin: shift(r.origin), size: r.size) }
        nodes = nodes.map(shift)
        clusters = clusters.map(shift)
        routes = routes.map { EdgeRoute(points: $0.points.map(shift), labelRect: $0.labelRect.map(shift)) }
        assert(nodes.allSatisfy { $0.minX >= 0 && $0.minY >= 0 }, "the layout must start at (0, 0)")
        return LayoutResult(nodes: nodes, edges: routes, clusters: clusters, size: box.size)
    }
}
