import Geometry

/// A smooth path through an edge's route: a centripetal Catmull–Rom spline (Barry–Goldman
/// tangents) as cubic Béziers. It passes through every route point, so an edge goes through
/// the centre of its label box, and centripetal parameterisation never forms cusps or loops.
/// The end tangents follow the first and last segments, so arrowheads line up with the line.
/// It never overshoots: a tangent is flat in an axis where its point is a turning point in
/// that axis, and each piece stays inside the box of its two route points (its control
/// points are pulled in along the tangent), so the curve stays in the route's corridor.
enum EdgeCurve {
    static func path(through raw: [Point]) -> Path {
        let points = deduplicated(raw)
        guard let first = points.first else { return Path() }
        guard points.count > 2 else { return Path.polyline(points) }
        var path = Path([.move(first)])
        for i in 0..<(points.count - 1) {
            let p1 = points[i], p2 = points[i + 1]
            let p0 = i > 0 ? points[i - 1] : p1 * 2 - p2
            let p3 = i + 2 < points.count ? points[i + 2] : p2 * 2 - p1
            let (c1, c2) = controls(p0, p1, p2, p3)
            path.curve(to: p2, control1: c1, control2: c2)
        }
        return path
    }

    /// Control points of piece `i` of the spline through `points` (uniform tangents for
    /// `cardinal`, centripetal otherwise).
    static func controls(_ points: [Point], segment i: Int, uniform: Bool) -> (Point, Point) {
        let p1 = points[i], p2 = points[i + 1]
        let p0 = i > 0 ? points[i - 1] : p1 * 2 - p2
        let p3 = i + 2 < points.count ? points[i + 2] : p2 * 2 - p1
        guard uniform else { return controls(p0, p1, p2, p3) }
        let m1 = flattened((p2 - p0) / 2, p0, p1, p2), m2 = flattened((p3 - p1) / 2, p1, p2, p3)
        return (p1 + inBox(m1 / 3, from: p1, a: p1, b: p2), p2 - inBox(m2 / 3, from: p2, a: p1, b: p2, backwards: true))
    }

    /// Bézier control points of the centripetal Catmull–Rom segment p1 → p2.
    private static func controls(_ p0: Point, _ p1: Point, _ p2: Point, _ p3: Point) -> (Point, Point) {
        let d01 = max(p0.distance(to: p1).squareRoot(), 1e-6)
        let d12 = max(p1.distance(to: p2).squareRoot(), 1e-6)
        let d23 = max(p2.distance(to: p3).squareRoot(), 1e-6)
        let m1 = flattened((p2 - p1) + ((p1 - p0) / d01 - (p2 - p0) / (d01 + d12)) * d12, p0, p1, p2)
        let m2 = flattened((p2 - p1) + ((p3 - p2) / d23 - (p3 - p1) / (d12 + d23)) * d12, p1, p2, p3)
        return (p1 + inBox(m1 / 3, from: p1, a: p1, b: p2), p2 - inBox(m2 / 3, from: p2, a: p1, b: p2, backwards: true))
    }

    /// The tangent at `b` with a zero component in each axis where `b` is a turning point.
    private static func flattened(_ m: Point, _ a: Point, _ b: Point, _ c: Point) -> Point {
        Point(x: (b.x - a.x) * (c.x - b.x) < 0 ? 0 : m.x, y: (b.y - a.y) * (c.y - b.y) < 0 ? 0 : m.y)
    }

    /// `offset` shortened (direction kept) so `from ± offset` stays in the box of `a` and `b`.
    private static func inBox(_ offset: Point, from: Point, a: Point, b: Point, backwards: Bool = false) -> Point {
        let target = backwards ? from - offset : from + offset
        var scale = 1.0
        func limit(_ value: Double, _ origin: Double, _ low: Double, _ high: Double) {
            let delta = value - origin
            if value > high, delta > 0 { scale = min(scale, max(0, high - origin) / delta) }
            if value < low, delta < 0 { scale = min(scale, max(0, origin - low) / -delta) }
        }
        limit(target.x, from.x, min(a.x, b.x), max(a.x, b.x))
        limit(target.y, from.y, min(a.y, b.y), max(a.y, b.y))
        return offset * scale
    }

    /// Drops points closer than a hundredth of a unit to the previous one.
    private static func deduplicated(_ points: [Point]) -> [Point] {
        var result: [Point] = []
        for p in points where result.last.map({ $0.distance(to: p) > 0.01 }) ?? true {
            result.append(p)
        }
        return result
    }

    /// `points` with the end pulled back by `distance` along the last segment (kept at least
    /// a tenth of the segment long).
    static func shortenEnd(_ points: [Point], by distance: Double) -> [Point] {
        guard points.count >= 2, distance > 0 else { return points }
        var result = points
        let tip = points[points.count - 1], previous = points[points.count - 2]
        let length = tip.distance(to: previous)
        guard length > 0 else { return points }
        let cut = min(distance, length * 0.9)
        result[result.count - 1] = tip + (previous - tip).normalized * cut
        return result
    }

    static func shortenStart(_ points: [Point], by distance: Double) -> [Point] {
        Array(shortenEnd(Array(points.reversed()), by: distance).reversed())
    }
}
