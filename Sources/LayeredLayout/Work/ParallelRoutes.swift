import Geometry

/// Draws edges joining the same two nodes apart (`A --> B` twice, `A --> B` with `B --> A`).
///
/// Their routes start and end at the same box centres (and, without bends, coincide). Each
/// group's ends are moved sideways (along the ranks) `edgeSpacing` apart, symmetric about the
/// centres, inside both boxes, in the left-to-right order of the routes' bends, so lines and
/// arrowheads are apart and do not cross; a straight route moves as a whole.
enum ParallelRoutes {
    static func spread(_ g: inout WorkGraph) {
        var groups: [[Int]] = []
        var groupOf: [Int: Int] = [:]
        for (i, e) in g.edges.enumerated() {
            guard let original = e.original, case .real = g.nodes[e.from].kind, case .real = g.nodes[e.to].kind,
                  let first = g.routes[original].points.first, let last = g.routes[original].points.last,
                  first.distance(to: g.boxCenter(e.from)) < 0.5, last.distance(to: g.boxCenter(e.to)) < 0.5
            else { continue }
            let key = min(e.from, e.to) * g.nodes.count + max(e.from, e.to)
            if let k = groupOf[key] { groups[k].append(i) } else { groupOf[key] = groups.count; groups.append([i]) }
        }
        for unsorted in groups where unsorted.count > 1 {
            func middle(_ i: Int) -> Double {
                let points = g.edges[i].original.map { g.routes[$0].points } ?? []
                let inner = points.dropFirst().dropLast()
                return inner.isEmpty ? g.boxCenter(g.edges[i].from).x : inner.map(\.x).reduce(0, +) / Double(inner.count)
            }
            let group = unsorted.enumerated().sorted { (middle($0.element), $0.offset) < (middle($1.element), $1.offset) }
                .map(\.element)
            let a = g.edges[group[0]].from, b = g.edges[group[0]].to
            let room = min(g.nodes[a].width - g.nodes[a].loopExtent, g.nodes[b].width - g.nodes[b].loopExtent) / 2 - 4
            let gap = min(max(g.edgeSpacing, 6), 2 * room / Double(group.count - 1))
            guard gap > 1 else { continue }
            for (k, i) in group.enumerated() {
                guard let original = g.edges[i].original else { continue }
                let offset = (Double(k) - Double(group.count - 1) / 2) * gap
                // Along the ranks in internal coordinates: x.
                var points = g.routes[original].points
                if points.count == 2 {
                    points = points.map { Point(x: $0.x + offset, y: $0.y) }
                    if let label = g.routes[original].labelRect { g.routes[original].labelRect = label.offsetBy(dx: offset, dy: 0) }
                } else {
                    points[0].x += offset
                    points[points.count - 1].x += offset
                }
                g.routes[original].points = points
            }
        }
    }
}
