import Geometry

/// The route points of every working edge: the centres of its chain, bent where a segment
/// would pass through a box of another node.
///
/// A segment joins adjacent ranks. When it would cross a box, both its ends are "expanded":
/// a bend becomes a vertical segment spanning its row, a real end a vertical stub from the
/// box to its row's edge (at a port: the expanded ends of one box are spread along its side
/// in the order of their next points, so they do not cross). The joining segment then lies
/// in the gap between two rows, where there are no boxes. Repeated until no segment crosses
/// a box (each round expands at least one more point, so it ends).
struct RoutePolyline {
    /// Per working edge (nil-original edges get an empty list).
    private(set) var points: [[Point]]

    init(_ graph: WorkGraph) {
        var g = graph
        g.rankBoxes = RankBoxes(g)
        var expanded = Array(repeating: [Bool](), count: g.edges.count)
        for (i, e) in g.edges.enumerated() where e.original != nil {
            expanded[i] = Self.expansions(g.paths[i], g)
        }
        // A box side with one expanded end gets all its ends expanded, so they all leave at
        // ports in order instead of some from the centre across the others' stubs. An end
        // expanded that way (and moved to its port) changes the segment joining it to the
        // other end, so the segments are checked again, until nothing more is expanded. That
        // check only catches segments that truly enter a box: with the full margin, routes
        // that only pass near one would bend too and cross their siblings.
        let recheckMargin = 0.0
        var ports = Self.ports(g, expanded)
        for _ in 0..<g.nodes.count {
            Self.spreadExpansions(&expanded, g)
            ports = Self.ports(g, expanded)
            var changed = false
            for (i, e) in g.edges.enumerated() where e.original != nil && expanded[i].count >= 2 {
                let again = Self.expansions(g.paths[i], g, from: expanded[i], ports: ports[i], margin: recheckMargin)
                if again != expanded[i] { expanded[i] = again; changed = true }
            }
            if !changed { break }
        }
        // Bends kept because another route passes the row between them and their shortcut;
        // only ever added, so the rounds end (bounded, as each costs a routing pass).
        var forced = g.edges.indices.map { _ in [Int]() }
        var lines = Self.lines(g, expanded, ports, forced: forced, passages: nil).lines
        for _ in 0..<6 {
            let round = Self.lines(g, expanded, ports, forced: forced, passages: LightRowPassages(lines, g))
            guard round.kept.contains(where: { !$0.isEmpty }) else { break }
            for i in forced.indices where !round.kept[i].isEmpty { forced[i] = (forced[i] + round.kept[i]).sorted() }
            lines = Self.lines(g, expanded, ports, forced: forced, passages: nil).lines
        }
        LevelRuns.separate(&lines, rowTop: g.rowTop, rowBottom: g.rowBottom)
        points = lines
    }

    /// Every route's polyline with bends at `forced` point indices kept, and per route the
    /// bends `passages` made it keep besides.
    private static func lines(_ g: WorkGraph, _ expanded: [[Bool]], _ ports: [(tail: Double, head: Double)],
                              forced: [[Int]], passages: LightRowPassages?) -> (lines: [[Point]], kept: [[Int]]) {
        var kept = g.edges.indices.map { _ in [Int]() }
        var lines = g.edges.indices.map { _ in [Point]() }
        // A fan from one tail whose routes partly keep their bend in the first light row keeps
        // it on every route: a straight sibling drawn from the same centre would run almost
        // along a bent one and cut it where the smooth curve swings.
        var bentFrom = Array(repeating: false, count: g.nodes.count)
        for (i, e) in g.edges.enumerated() where e.original != nil {
            let route = polyline(g.paths[i], g, expanded: expanded[i], ports: ports[i], forced: forced[i],
                                 passages: passages.map { ($0, i) })
            lines[i] = route.points
            kept[i] = route.passed
            if g.paths[i].count >= 3 && route.keptBend { bentFrom[g.paths[i][0]] = true }
        }
        for (i, e) in g.edges.enumerated() where e.original != nil && g.paths[i].count >= 3 && bentFrom[g.paths[i][0]] {
            let route = polyline(g.paths[i], g, expanded: expanded[i], ports: ports[i], keepFirstBend: true,
                                 forced: forced[i], passages: passages.map { ($0, i) })
            lines[i] = route.points
            kept[i] = route.passed
        }
        return (lines, kept)
    }

    private static func isFlat(_ path: [Int], _ g: WorkGraph) -> Bool {
        guard let first = path.first, let last = path.last else { return true }
        return g.nodes[first].rank == g.nodes[last].rank || g.rowTop.isEmpty
    }

    /// Every end on a box side where one end is expanded gets expanded.
    private static func spreadExpansions(_ expanded: inout [[Bool]], _ g: WorkGraph) {
        var leaves = Array(repeating: false, count: g.nodes.count), enters = leaves
        for (i, e) in g.edges.enumerated() where e.original != nil && expanded[i].count >= 2 {
            let path = g.paths[i]
            if expanded[i][0] { leaves[path[0]] = true }
            if expanded[i][path.count - 1] { enters[path[path.count - 1]] = true }
        }
        for (i, e) in g.edges.enumerated() where e.original != nil && expanded[i].count >= 2 {
            let path = g.paths[i]
            if leaves[path[0]] { expanded[i][0] = true }
            if enters[path[path.count - 1]] { expanded[i][path.count - 1] = true }
        }
    }

    /// Which chain positions must be expanded, starting from `start` (nothing expanded when
    /// nil), the real ends at their `ports`.
    static func expansions(_ path: [Int], _ g: WorkGraph, from start: [Bool]? = nil,
                           ports: (tail: Double, head: Double) = (0, 0), margin: Double? = nil) -> [Bool] {
        var expanded = start ?? Array(repeating: false, count: path.count)
        guard path.count >= 2, expanded.count == path.count, !isFlat(path, g) else { return expanded }
        let ends = (path[0], path[path.count - 1])
        func port(_ k: Int) -> Double { k == 0 ? ports.tail : k == path.count - 1 ? ports.head : 0 }
        for _ in 0..<path.count {
            var changed = false
            for k in 0..<(path.count - 1) where !(expanded[k] && expanded[k + 1]) {
                let a = group(path, k, g, expanded[k], port: port(k))
                let b = group(path, k + 1, g, expanded[k + 1], port: port(k + 1))
                guard let p = a.last, let q = b.first else { continue }
                if hitsBox(p, q, ranks: [g.nodes[path[k]].rank, g.nodes[path[k + 1]].rank], except: ends, g, margin: margin) {
                    expanded[k] = true
                    expanded[k + 1] = true
                    changed = true
                }
            }
            if !changed { break }
        }
        return expanded
    }

    /// The points chain position `k` contributes.
    private static func group(_ path: [Int], _ k: Int, _ g: WorkGraph, _ expanded: Bool, port: Double) -> [Point] {
        let v = path[k]
        let c = g.boxCenter(v)
        guard expanded else { return [c] }
        let r = g.nodes[v].rank
        let top = g.rowTop[r], bottom = g.rowBottom[r]
        var isReal = false
        if case .real = g.nodes[v].kind { isReal = true }
        let half = g.nodes[v].height / 2
        if k == 0 {
            guard isReal else { return [c] }
            let x = c.x + port
            return (x != c.x ? [c, Point(x: x, y: c.y)] : [c]) + [Point(x: x, y: max(bottom, c.y + half + 1))]
        }
        if k == path.count - 1 {
            guard isReal else { return [c] }
            let x = c.x + port
            return [Point(x: x, y: min(top, c.y - half - 1))] + (x != c.x ? [Point(x: x, y: c.y), c] : [c])
        }
        return bottom - top > 1 ? [Point(x: c.x, y: top), Point(x: c.x, y: bottom)] : [c]
    }

    /// The points of the whole chain; a plain bend in a row without boxes is left out when
    /// the route stays clear of boxes without it (a smooth curve through a jog there bulges).
    /// `forced`: point indices kept whatever; `passages`: when given, a bend whose shortcut
    /// would pass another route in its row is kept too, and reported in `passed`.
    static func polyline(_ path: [Int], _ g: WorkGraph, expanded: [Bool], ports: (tail: Double, head: Double),
                         keepFirstBend: Bool = false, forced: [Int] = [],
                         passages: (LightRowPassages, edge: Int)? = nil) -> (points: [Point], keptBend: Bool, passed: [Int]) {
        var points: [Point] = []
        var ranks: [Int] = []
        var optional: [Bool] = []
        for k in path.indices {
            let port = k == 0 ? ports.tail : k == path.count - 1 ? ports.head : 0
            let isExpanded = k < expanded.count && expanded[k]
            let group = group(path, k, g, isExpanded, port: port)
            points += group
            ranks += Array(repeating: g.nodes[path[k]].rank, count: group.count)
            var plain = false
            if case .dummy = g.nodes[path[k]].kind { plain = true }
            let r = g.nodes[path[k]].rank
            let light = r < g.rowTop.count && g.rowBottom[r] - g.rowTop[r] <= 1
            optional += Array(repeating: plain && !isExpanded && light && !isFlat(path, g), count: group.count)
        }
        guard points.count > 2, let first = path.first, let last = path.last else { return (points, false, []) }
        var kept = [0]
        var keptBend = false
        var passed: [Int] = []
        for i in 1..<(points.count - 1) {
            if keepFirstBend && i == 1 && optional[i] && ranks[i] == ranks[0] + 1 { kept.append(i); continue }
            if optional[i] && !forced.contains(i) {
                let a = kept[kept.count - 1]
                let span = min(ranks[a], ranks[i + 1])...max(ranks[a], ranks[i + 1])
                if !hitsBox(points[a], points[i + 1], ranks: Array(span), except: (first, last), g) {
                    guard let (index, edge) = passages else { continue }
                    let p = points[a], q = points[i + 1]
                    let t = abs(q.y - p.y) > 1e-9 ? (points[i].y - p.y) / (q.y - p.y) : 0
                    let shortcut = p.x + (q.x - p.x) * t
                    guard index.blocks(edge: edge, rank: ranks[i], bend: points[i].x, shortcut: shortcut) else { continue }
                    passed.append(i)
                }
                if i == 1 && ranks[i] == ranks[0] + 1 { keptBend = true }
            }
            kept.append(i)
        }
        kept.append(points.count - 1)
        return (flattened(kept.map { points[$0] }, ranks: kept.map { ranks[$0] }, except: (first, last), g), keptBend, passed)
    }

    /// A long, shallow jog between two inner points becomes a short slope, a level run at
    /// mid-height and a short slope, so the smooth curve drawn through the points does not
    /// swing up or down into the rows it joins (when the three pieces stay clear of boxes).
    static func flattened(_ points: [Point], ranks: [Int], except: (Int, Int), _ g: WorkGraph) -> [Point] {
        guard points.count >= 4 else { return points }
        var result = [points[0]]
        for i in 0..<(points.count - 1) {
            let p = points[i], q = points[i + 1]
            let dx = q.x - p.x, dy = q.y - p.y
            if i >= 1, i + 1 <= points.count - 2, abs(dy) > 1, abs(dx) > 10 * abs(dy) {
                let step = (dx > 0 ? 1.0 : -1.0) * abs(dy) / 2
                let a = Point(x: p.x + step, y: p.y + dy / 2), b = Point(x: q.x - step, y: p.y + dy / 2)
                let span = Array(min(ranks[i], ranks[i + 1])...max(ranks[i], ranks[i + 1]))
                if !hitsBox(p, a, ranks: span, except: except, g) && !hitsBox(a, b, ranks: span, except: except, g)
                    && !hitsBox(b, q, ranks: span, except: except, g) {
                    // Points closer together near the slopes, so the curve's tangents there
                    // follow the level run instead of the short slope (no swing).
                    var near: [Double] = []
                    var d = abs(step)
                    while d < abs(b.x - a.x) / 2 { near.append(d); d *= 2 }
                    let sign = dx > 0 ? 1.0 : -1.0
                    result.append(a)
                    result += near.map { Point(x: a.x + sign * $0, y: a.y) }
                    result += near.reversed().map { Point(x: b.x - sign * $0, y: a.y) }
                    result.append(b)
                }
            }
            result.append(q)
        }
        return result
    }

    /// Whether segment `p`–`q` comes within `margin` (default `edgeSpacing`) of the box of a real
    /// node in `ranks` other than `except`.
    private static func hitsBox(_ p: Point, _ q: Point, ranks: [Int], except: (Int, Int), _ g: WorkGraph,
                                margin: Double? = nil) -> Bool {
        let margin = margin ?? g.edgeSpacing
        for r in ranks where r < g.layers.count {
            let candidates = g.rankBoxes.map { $0.nodes(rank: r, from: min(p.x, q.x) - margin, to: max(p.x, q.x) + margin) }
                ?? g.layers[r]
            for v in candidates where v != except.0 && v != except.1 {
                guard case .real = g.nodes[v].kind else { continue }
                let n = g.nodes[v]
                let c = g.boxCenter(v)
                // A margin, as the smooth curve drawn through the points swings a little wide.
                guard n.width - n.loopExtent > 2, n.height > 2 else { continue }
                let hw = (n.width - n.loopExtent) / 2 + margin, hh = n.height / 2 + margin
                if segmentEnters(p, q, minX: c.x - hw, maxX: c.x + hw, minY: c.y - hh, maxY: c.y + hh) { return true }
            }
        }
        return false
    }

    /// Liang–Barsky clipping: whether the segment meets the open rectangle.
    static func segmentEnters(_ p: Point, _ q: Point, minX: Double, maxX: Double, minY: Double, maxY: Double) -> Bool {
        var t0 = 0.0, t1 = 1.0
        let dx = q.x - p.x, dy = q.y - p.y
        for (pk, qk) in [(-dx, p.x - minX), (dx, maxX - p.x), (-dy, p.y - minY), (dy, maxY - p.y)] {
            if pk == 0 {
                if qk <= 0 { return false }
            } else {
                let t = qk / pk
                if pk < 0 { t0 = max(t0, t) } else { t1 = min(t1, t) }
            }
        }
        return t1 - t0 > 1e-9
    }

    /// Per working edge, the port offsets of its expanded real ends: spread along the box's
    /// bottom (tail) or top (head) side in the order of the next points.
    static func ports(_ g: WorkGraph, _ expanded: [[Bool]]) -> [(tail: Double, head: Double)] {
        var result = Array(repeating: (tail: 0.0, head: 0.0), count: g.edges.count)
        var leaving = Array(repeating: [(x: Double, edge: Int)](), count: g.nodes.count)
        var entering = Array(repeating: [(x: Double, edge: Int)](), count: g.nodes.count)
        for (i, e) in g.edges.enumerated() where e.original != nil {
            let path = g.paths[i]
            guard path.count >= 2, expanded[i].count == path.count else { continue }
            if expanded[i][0] { leaving[path[0]].append((g.nodes[path[1]].x, i)) }
            if expanded[i][path.count - 1] { entering[path[path.count - 1]].append((g.nodes[path[path.count - 2]].x, i)) }
        }
        func spread(_ ends: [(x: Double, edge: Int)], _ v: Int, _ assign: (Int, Double) -> Void) {
            guard ends.count > 1 else { return }
            let sorted = ends.sorted { ($0.x, $0.edge) < ($1.x, $1.edge) }
            let width = g.nodes[v].width - g.nodes[v].loopExtent
            let step = min(2 * g.edgeSpacing, 0.6 * width / Double(sorted.count - 1))
            for (k, end) in sorted.enumerated() { assign(end.edge, (Double(k) - Double(sorted.count - 1) / 2) * step) }
        }
        for v in g.nodes.indices {
            spread(leaving[v], v) { result[$0].tail = $1 }
            spread(entering[v], v) { result[$0].head = $1 }
        }
        return result
    }
}
