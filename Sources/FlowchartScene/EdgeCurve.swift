import Geometry

/// A smooth path through an edge's route: a uniform cubic B-spline whose ends are clamped to
/// the first and last points (the curve starts and ends exactly there, tangent to the end segments).
enum EdgeCurve {
    static func path(through points: [Point]) -> Path {
        guard let first = points.first else { return Path() }
        guard points.count > 2 else { return Path.polyline(points) }
        // Tripling the ends clamps the spline to them.
        guard let last = points.last else { return Path() }
        let c = [first, first] + points + [last, last]
        var path = Path([.move(first)])
        for i in 0..<(c.count - 3) {
            let p1 = c[i + 1], p2 = c[i + 2], p3 = c[i + 3]
            let control1 = (p1 * 2 + p2) / 3
            let control2 = (p1 + p2 * 2) / 3
            let end = (p1 + p2 * 4 + p3) / 6
            if p1 == p2 {
                path.line(to: end)
            } else {
                path.curve(to: end, control1: control1, control2: control2)
            }
        }
        return path
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
