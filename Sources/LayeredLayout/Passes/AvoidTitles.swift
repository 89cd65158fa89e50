import Geometry

/// Moves route pieces off cluster titles (output coordinates, after orientation).
///
/// What: a cluster's title sits centred at the top inside its box (`titleSize`). A route
/// segment that passes through a title box is moved beside it: a vertical run (with its ends'
/// ports, when they stay on the end boxes' sides) shifts sideways past the title's nearer
/// side, else the segment gets a detour: down (or up) beside the title. A candidate is taken
/// only when it passes through no other node box and no title and crosses no more routes
/// than before. Pre: routes and boxes final. Post: fewer or equal title crossings; routes'
/// first and last points unchanged.
enum AvoidTitles {
    /// Clearance kept between a moved route and the title's side.
    static let clearance = 8.0

    static func run(_ result: inout LayoutResult, graph: LayoutGraph) {
        let titles: [Rect?] = result.clusters.indices.map { c in
            guard c < graph.clusters.count else { return nil }
            let size = graph.clusters[c].titleSize
            guard size.width > 0, size.height > 0 else { return nil }
            let box = result.clusters[c]
            return Rect(x: box.midX - size.width / 2, y: box.minY, width: size.width, height: size.height)
        }
        guard titles.contains(where: { $0 != nil }) else { return }
        for e in result.edges.indices where e < graph.edges.count {
            for _ in 0..<4 {
                guard let moved = improved(e, result, graph: graph, titles: titles) else { break }
                result.edges[e] = moved
            }
        }
    }

    /// The route of edge `e` with its first title crossing removed, if some candidate works.
    private static func improved(_ e: Int, _ result: LayoutResult, graph: LayoutGraph, titles: [Rect?]) -> EdgeRoute? {
        let route = result.edges[e]
        let points = route.points
        guard points.count >= 2 else { return nil }
        let rects = titles.compactMap { $0 }
        for k in 0..<(points.count - 1) {
            for title in rects where enters(points[k], points[k + 1], title) {
                let x = points[k].lerp(to: points[k + 1], 0.5).x
                let sides = [title.maxX + clearance, title.minX - clearance].sorted { abs($0 - x) < abs($1 - x) }
                let before = crossings(points, e, result)
                for side in sides {
                    for candidate in [shifted(route, k, to: side, e, result, graph), detour(route, k, title, side)] {
                        guard let candidate, clear(candidate.points, e, result, graph, titles: titles),
                              crossings(candidate.points, e, result) <= before else { continue }
                        return candidate
                    }
                }
                return nil
            }
        }
        return nil
    }

    /// The vertical run holding segment `k` moved to `x`; an end of the route in the run gets a
    /// port: a level step inside its box to `x` (only when `x` is on that box's side).
    private static func shifted(_ route: EdgeRoute, _ k: Int, to x: Double, _ e: Int, _ result: LayoutResult,
                                _ graph: LayoutGraph) -> EdgeRoute? {
        var points = route.points
        guard abs(points[k].x - points[k + 1].x) < 0.5 else { return nil }
        let x0 = points[k].x
        var a = k, b = k + 1
        while a > 0, abs(points[a - 1].x - x0) < 0.5 { a -= 1 }
        while b < points.count - 1, abs(points[b + 1].x - x0) < 0.5 { b += 1 }
        func fits(_ end: LayoutEndpoint) -> Bool {
            switch end {
            case .node(let n) where n < result.nodes.count:
                let box = result.nodes[n]
                return x > box.minX + 4 && x < box.maxX - 4
            case .cluster(let c) where c < result.clusters.count:
                let box = result.clusters[c]
                return x > box.minX + 4 && x < box.maxX - 4
            default: return false
            }
        }
        let edge = graph.edges[e]
        let last = points.count - 1
        if a == 0, !fits(edge.from) { return nil }
        if b == last, !fits(edge.to) { return nil }
        let first = points[0], final = points[last]
        for i in a...b { points[i].x = x }
        var label = route.labelRect
        if let rect = label, abs(rect.midX - x0) < 0.5,
           rect.midY >= min(points[a].y, points[b].y), rect.midY <= max(points[a].y, points[b].y) {
            label = Rect(center: Point(x: x, y: rect.midY), size: rect.size)
        }
        if b == last, case .node = edge.to { points.append(final) }
        if a == 0, case .node = edge.from { points.insert(first, at: 0) }
        if a == 0, case .cluster = edge.from { points[0] = Point(x: x, y: first.y) }
        if b == last, case .cluster = edge.to { points[points.count - 1] = Point(x: x, y: final.y) }
        return EdgeRoute(points: points, labelRect: label)
    }

    /// The route around the title at `x`: the points from the last one before the title to
    /// the first one past it (along the route's direction at segment `k`) are replaced by a
    /// vertical run beside the title over its height.
    private static func detour(_ route: EdgeRoute, _ k: Int, _ title: Rect, _ x: Double) -> EdgeRoute? {
        var points = route.points
        guard abs(points[k + 1].y - points[k].y) > 0.5 else { return nil }
        let down = points[k + 1].y > points[k].y
        func before(_ p: Point) -> Bool { down ? p.y < title.minY : p.y > title.maxY }
        func past(_ p: Point) -> Bool { down ? p.y > title.maxY : p.y < title.minY }
        var a = k, b = k + 1
        while a > 0, !before(points[a]) { a -= 1 }
        while b < points.count - 1, !past(points[b]) { b += 1 }
        guard before(points[a]), past(points[b]) else { return nil }
        // The label's point stays on the route.
        if let label = route.labelRect, b - a > 1,
           points[(a + 1)..<b].contains(where: { abs($0.x - label.midX) < 0.5 && abs($0.y - label.midY) < 0.5 }) {
            return nil
        }
        let p = points[a], q = points[b]
        let y1 = down ? max(p.y, title.minY - clearance) : min(p.y, title.maxY + clearance)
        let y2 = down ? min(q.y, title.maxY + clearance) : max(q.y, title.minY - clearance)
        points.replaceSubrange((a + 1)..<b, with: [Point(x: x, y: y1), Point(x: x, y: y2)])
        return EdgeRoute(points: points, labelRect: route.labelRect)
    }

    /// Whether the polyline passes through no title and no node box but its own ends'.
    private static func clear(_ points: [Point], _ e: Int, _ result: LayoutResult, _ graph: LayoutGraph,
                              titles: [Rect?]) -> Bool {
        var ends: [Int] = []
        if case .node(let n) = graph.edges[e].from { ends.append(n) }
        if case .node(let n) = graph.edges[e].to { ends.append(n) }
        let rects = titles.compactMap { $0 }
        for (p, q) in zip(points, points.dropFirst()) {
            for title in rects where enters(p, q, title) { return false }
            for (n, box) in result.nodes.enumerated() where box.width > 2 && box.height > 2 {
                if ends.contains(n) {
                    // Only the pieces inside an end box (its port steps) may touch it.
                    if !box.contains(p) && !box.contains(q) && enters(p, q, box) { return false }
                } else if enters(p, q, box.insetBy(dx: -2, dy: -2)) {
                    return false
                }
            }
        }
        return true
    }

    private static func enters(_ p: Point, _ q: Point, _ box: Rect) -> Bool {
        RoutePolyline.segmentEnters(p, q, minX: box.minX, maxX: box.maxX, minY: box.minY, maxY: box.maxY)
    }

    /// How many segments of the other routes the polyline crosses.
    private static func crossings(_ points: [Point], _ e: Int, _ result: LayoutResult) -> Int {
        // Only segments meeting the polyline's bounding box can cross it.
        let box = Rect.bounding(points)
        var count = 0
        for (f, other) in result.edges.enumerated() where f != e {
            for (r, s) in zip(other.points, other.points.dropFirst()) {
                guard max(r.x, s.x) >= box.minX, min(r.x, s.x) <= box.maxX,
                      max(r.y, s.y) >= box.minY, min(r.y, s.y) <= box.maxY else { continue }
                for (p, q) in zip(points, points.dropFirst()) where properlyCross(p, q, r, s) { count += 1 }
            }
        }
        return count
    }

    private static func properlyCross(_ p: Point, _ q: Point, _ r: Point, _ s: Point) -> Bool {
        func side(_ a: Point, _ b: Point, _ c: Point) -> Double { (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x) }
        let d1 = side(r, s, p), d2 = side(r, s, q), d3 = side(p, q, r), d4 = side(p, q, s)
        return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))
    }
}
