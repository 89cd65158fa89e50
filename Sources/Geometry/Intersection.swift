/// Segment and outline intersection math used to clip edges to shapes.
public enum Intersection {
    /// The intersection point of segments `a0-a1` and `b0-b1`, if they cross or touch.
    public static func segments(_ a0: Point, _ a1: Point, _ b0: Point, _ b1: Point) -> Point? {
        let r = a1 - a0, s = b1 - b0
        let denom = r.cross(s)
        if abs(denom) < 1e-12 { return nil }
        let t = (b0 - a0).cross(s) / denom
        let u = (b0 - a0).cross(r) / denom
        guard t >= -1e-9, t <= 1 + 1e-9, u >= -1e-9, u <= 1 + 1e-9 else { return nil }
        return a0 + r * t
    }

    /// Where the segment from `inside` to `outside` first leaves `outline` (a closed polyline),
    /// i.e. the crossing nearest to `outside`. Nil when the segment does not cross it.
    public static func exit(from inside: Point, to outside: Point, outline: [Point]) -> Point? {
        guard outline.count > 1 else { return nil }
        var best: Point?
        var bestDistance = Double.infinity
        for i in 0..<(outline.count - 1) {
            if let p = segments(inside, outside, outline[i], outline[i + 1]) {
                let d = p.distance(to: outside)
                if d < bestDistance { bestDistance = d; best = p }
            }
        }
        return best
    }

    /// Whether a point lies inside a closed polyline (even-odd rule).
    public static func contains(_ point: Point, outline: [Point]) -> Bool {
        var inside = false
        guard outline.count > 2 else { return false }
        var j = outline.count - 1
        for i in 0..<outline.count {
            let pi = outline[i], pj = outline[j]
            if (pi.y > point.y) != (pj.y > point.y),
               point.x < (pj.x - pi.x) * (point.y - pi.y) / (pj.y - pi.y) + pi.x {
                inside.toggle()
            }
            j = i
        }
        return inside
    }

    /// Whether the segment `a-b` passes through the interior of `rect`.
    public static func segment(_ a: Point, _ b: Point, crosses rect: Rect) -> Bool {
        // Liang–Barsky clipping against the open rectangle.
        var t0 = 0.0, t1 = 1.0
        let dx = b.x - a.x, dy = b.y - a.y
        let checks: [(Double, Double)] = [(-dx, a.x - rect.minX), (dx, rect.maxX - a.x),
                                          (-dy, a.y - rect.minY), (dy, rect.maxY - a.y)]
        for (p, q) in checks {
            if abs(p) < 1e-12 {
                if q <= 0 { return false }
            } else {
                let r = q / p
                if p < 0 { if r > t1 { return false }; t0 = max(t0, r) } else { if r < t0 { return false }; t1 = min(t1, r) }
            }
        }
        return t1 - t0 > 1e-9
    }
}
