import Geometry

/// Turns node positions into edge routes (internal coordinates).
///
/// What: a polyline from the tail's box centre through its dummy points to the head's box
/// centre, bent where needed so it passes through no other box (`RoutePolyline`); the
/// label box is centred on the label node. An end at a cluster is cut where the
/// route crosses the cluster's box. Self-loops leave the node's right side and come back
/// (Graphviz's self-loop placement). Edges left out of layering get a straight segment.
/// Edges joining the same two nodes are drawn apart (`ParallelRoutes`), and so are heads
/// meeting one side of a box (`SidePorts`).
/// Pre: coordinates and cluster boxes set. Post: `routes[i]` set for every input edge, in
/// layout direction (reversed edges still backwards until BreakCycles.undo).
enum RouteEdges {
    static func run(_ g: inout WorkGraph, graph: LayoutGraph) {
        let routing = RoutePolyline(g)
        // Side routes taken so far (with their label heights): a second edge between the same
        // boxes keeps its layered route, so the two stay apart.
        var sideSpans: [Rect] = []
        for (i, e) in g.edges.enumerated() {
            guard let original = e.original else { continue }
            var points = routing.points[i]
            var labelRect: Rect?
            if let label = e.labelSize {
                if let node = g.labelNodes[i] {
                    labelRect = Rect(center: g.boxCenter(node), size: label)
                } else if let first = points.first, let last = points.last {
                    labelRect = Rect(center: first.lerp(to: last, 0.5), size: label)
                }
            }
            let input = graph.edges[original]
            let (tailEnd, headEnd) = e.reversed ? (input.to, input.from) : (input.from, input.to)
            if case .cluster(let c) = tailEnd { points = attach(points, to: g.clusters[c].box, atTop: e.reversed) }
            if case .cluster(let c) = headEnd {
                points = Array(attach(points.reversed(), to: g.clusters[c].box, atTop: !e.reversed).reversed())
            }
            if tailEnd.isCluster || headEnd.isCluster,
               let side = SideRoute.route(g, tail: tailEnd, head: headEnd, label: e.labelSize, ownLabel: g.labelNodes[i]),
               case let half = (e.labelSize?.height ?? 0) / 2 + g.edgeSpacing,
               case let span = Rect(x: min(side[0].x, side[1].x), y: side[0].y - half,
                                    width: abs(side[1].x - side[0].x), height: 2 * half),
               !sideSpans.contains(where: { $0.intersects(span) }) {
                sideSpans.append(span)
                points = side
                let center = SideRoute.labelCenter(side, g, tail: tailEnd, head: headEnd)
                labelRect = e.labelSize.map { Rect(center: center, size: $0) }
            }
            g.routes[original] = EdgeRoute(points: points, labelRect: labelRect)
        }
        ParallelRoutes.spread(&g)
        SidePorts.spread(&g)
        for loop in g.selfLoops { g.routes[loop.original] = route(loop, g) }
        for loose in g.looseEdges { g.routes[loose.original] = route(loose, g, graph) }
        assert(g.edges.allSatisfy { e in e.original.map { g.routes[$0].points.count >= 2 } ?? true },
               "every laid-out edge must have a route")
    }

    /// Starts the polyline on the top or bottom border of a cluster's box (its border node
    /// may sit in the reserved row outside the tight box), then clips it there.
    static func attach(_ points: [Point], to box: Rect, atTop: Bool) -> [Point] {
        guard points.count > 1 else { return points }
        // Where ordering put the border node (in line with the edge's other routes), away
        // from the corners.
        let margin = min(box.width / 4, 20)
        let x = min(max(points[0].x, box.minX + margin), box.maxX - margin)
        let first = Point(x: x, y: atTop ? box.minY : box.maxY)
        return clipStart([first] + points.dropFirst(), box)
    }

    /// Drops the part of the polyline inside `box`, starting it on the box border.
    static func clipStart(_ points: [Point], _ box: Rect) -> [Point] {
        guard points.count > 1 else { return points }
        let outline = [Point(x: box.minX, y: box.minY), Point(x: box.maxX, y: box.minY),
                       Point(x: box.maxX, y: box.maxY), Point(x: box.minX, y: box.maxY),
                       Point(x: box.minX, y: box.minY)]
        for i in 0..<(points.count - 1) where !box.contains(points[i + 1]) {
            guard box.contains(points[i]) else { return points }
            let hit = Intersection.exit(from: points[i], to: points[i + 1], outline: outline) ?? points[i]
            return [hit] + points[(i + 1)...]
        }
        return points
    }

    private static func route(_ loop: WorkGraph.SelfLoop, _ g: WorkGraph) -> EdgeRoute {
        let node = g.nodes[loop.node]
        let center = g.boxCenter(loop.node)
        let boxWidth = node.width - node.loopExtent
        let right = center.x + boxWidth / 2
        let loopWidth = loop.extent - (loop.labelSize.map { $0.width + g.edgeSpacing } ?? 0)
        let outer = right + loop.offset + loopWidth
        let dy = max(4, min(node.height / 4, 20))
        let points = [center, Point(x: right, y: center.y - dy), Point(x: outer, y: center.y - dy),
                      Point(x: outer, y: center.y + dy), Point(x: right, y: center.y + dy), center]
        let label = loop.labelSize.map { Rect(center: Point(x: outer + g.edgeSpacing / 2 + $0.width / 2, y: center.y), size: $0) }
        return EdgeRoute(points: points, labelRect: label)
    }

    private static func route(_ loose: WorkGraph.LooseEdge, _ g: WorkGraph, _ graph: LayoutGraph) -> EdgeRoute {
        func center(_ end: LayoutEndpoint) -> Point? {
            switch end {
            case .node(let n) where n >= 0 && n < graph.nodes.count: return g.boxCenter(n)
            case .cluster(let c) where c >= 0 && c < g.clusters.count: return g.clusters[c].box.center
            default: return nil
            }
        }
        guard var a = center(loose.from), var b = center(loose.to) else { return EdgeRoute(points: []) }
        // A cluster end sits on the box's bottom border, below the other end.
        func onBorder(_ end: LayoutEndpoint, other: Point) -> Point? {
            guard case .cluster(let c) = end else { return nil }
            let box = g.clusters[c].box
            return Point(x: min(max(other.x, box.minX), box.maxX), y: box.maxY)
        }
        let (a0, b0) = (a, b)
        a = onBorder(loose.from, other: b0) ?? a
        b = onBorder(loose.to, other: a0) ?? b
        return EdgeRoute(points: [a, b])
    }
}
