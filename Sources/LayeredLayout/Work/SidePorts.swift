import Geometry

/// Spreads the ends that meet one side (left or right) of a box along that side.
///
/// Why: a route that reaches its node from far to the side ends at the box centre, like its
/// siblings, so two of them arriving from the same side converge into one line and one
/// arrowhead (and the curves drawn through them can cross just before the box). What: per
/// real node and side, the ends whose last segment leaves the box through that side (and
/// still end at the centre: parallel edges are already apart) are aimed at points spread
/// along the line halfway between the centre and that side, `2 * edgeSpacing` apart at most
/// and within the middle 80% of the height there, in the order of their approach (steeper
/// from above is higher), so they meet the side apart and cannot cross there. The route still
/// ends at the centre (the caller clips it to the shape, dropping that inner piece); halfway
/// in, the point lies inside round and diamond shapes too.
enum SidePorts {
    private struct End {
        var route: Int
        var atStart: Bool
        /// Rise of the approach per unit of run (negative from above).
        var slope: Double
        var right: Bool
    }

    static func spread(_ g: inout WorkGraph) {
        var ends = Array(repeating: [End](), count: g.nodes.count)
        for (i, e) in g.edges.enumerated() {
            guard let original = e.original, original < g.routes.count, g.paths[i].count >= 2 else { continue }
            let points = g.routes[original].points
            guard points.count >= 2 else { continue }
            // Head ends only: there the arrowheads would merge; tails fanning out of one point
            // read well, and spreading them bends their curves into each other.
            for atStart in [false] {
                let v = atStart ? e.from : e.to
                guard case .real = g.nodes[v].kind else { continue }
                let c = g.boxCenter(v)
                let end = atStart ? points[0] : points[points.count - 1]
                let next = atStart ? points[1] : points[points.count - 2]
                let hw = (g.nodes[v].width - g.nodes[v].loopExtent) / 2, hh = g.nodes[v].height / 2
                let dx = next.x - c.x, dy = next.y - c.y
                guard end.distance(to: c) < 1e-6, hw > 1, hh > 1, abs(dx) > hw, abs(dy) * hw < abs(dx) * hh else { continue }
                ends[v].append(End(route: original, atStart: atStart, slope: dy / abs(dx), right: dx > 0))
            }
        }
        for v in g.nodes.indices where ends[v].count >= 2 {
            let hh = g.nodes[v].height / 2
            for right in [false, true] {
                let side = ends[v].filter { $0.right == right }
                    .sorted { ($0.slope, $0.route, $0.atStart ? 0 : 1) < ($1.slope, $1.route, $1.atStart ? 0 : 1) }
                guard side.count >= 2 else { continue }
                let step = min(2 * g.edgeSpacing, 0.8 * hh / Double(side.count - 1))
                let c = g.boxCenter(v), hw = (g.nodes[v].width - g.nodes[v].loopExtent) / 2
                for (k, end) in side.enumerated() {
                    let offset = (Double(k) - Double(side.count - 1) / 2) * step
                    let aim = Point(x: c.x + (right ? hw : -hw) / 2, y: c.y + offset)
                    let index = end.atStart ? 1 : g.routes[end.route].points.count - 1
                    g.routes[end.route].points.insert(aim, at: index)
                }
            }
        }
    }
}
