import Geometry

/// Distances between points and outlines, for the shape tests.
enum ShapeGeometry {
    /// Distance from `p` to the closed polyline `outline`.
    static func distance(_ p: Point, to outline: [Point]) -> Double {
        guard outline.count >= 2 else { return .infinity }
        var best = Double.infinity
        for i in 0..<(outline.count - 1) {
            let a = outline[i], b = outline[i + 1]
            let ab = b - a
            let len2 = ab.x * ab.x + ab.y * ab.y
            let t = len2 > 0 ? max(0, min(1, ((p.x - a.x) * ab.x + (p.y - a.y) * ab.y) / len2)) : 0
            best = min(best, p.distance(to: a + ab * t))
        }
        return best
    }
}
