import Geometry

/// Draws an edge route as a curve kind without entering the boxes of other nodes.
///
/// The route polyline itself passes no box but its ends' (the layout's invariant), so every
/// piece is tried in the requested shape first and, when that shape would enter an
/// obstacle, in the nearest shape that does not: orthogonal kinds try other turning points
/// across the gap, then the other corner, curves fall back to their straight piece.
struct EdgeCurveRouter {
    /// Boxes the line must not enter (other nodes), already shrunk by a hair.
    var obstacles: [Rect]
    /// Whether ranks advance along x (LR/RL): orthogonal legs then cross gaps vertically.
    var ranksHorizontal: Bool

    func path(through raw: [Point], kind: EdgeCurveKind) -> Path {
        var points: [Point] = []
        for p in raw where points.last.map({ $0.distance(to: p) > 0.01 }) ?? true { points.append(p) }
        guard let first = points.first, points.count >= 2 else { return Path.polyline(points) }
        if kind == .linear { return Path.polyline(points) }
        if kind.isOrthogonal {
            let corners = orthogonal(points, kind: kind)
            return kind == .rounded ? Self.rounded(corners) : Path.polyline(corners)
        }
        var path = Path([.move(first)])
        for i in 0..<(points.count - 1) {
            let a = points[i], b = points[i + 1]
            let (c1, c2): (Point, Point)
            switch kind {
            case .bumpX:
                c1 = Point(x: (a.x + b.x) / 2, y: a.y); c2 = Point(x: (a.x + b.x) / 2, y: b.y)
            case .bumpY:
                c1 = Point(x: a.x, y: (a.y + b.y) / 2); c2 = Point(x: b.x, y: (a.y + b.y) / 2)
            default:
                (c1, c2) = EdgeCurve.controls(points, segment: i, uniform: kind == .cardinal)
            }
            if points.count == 2 && kind.isSpline || !clear(cubic: a, c1, c2, b) {
                path.line(to: b)
            } else {
                path.curve(to: b, control1: c1, control2: c2)
            }
        }
        return path
    }

    /// Whether the polyline `a`–`b`–… enters no obstacle.
    func clear(_ points: [Point]) -> Bool {
        !zip(points, points.dropFirst()).contains { p, q in
            obstacles.contains { Intersection.segment(p, q, crosses: $0) }
        }
    }

    private func clear(cubic a: Point, _ c1: Point, _ c2: Point, _ b: Point) -> Bool {
        // The curve lies in the hull of its control points: only obstacles meeting that
        // box (grown by a hair) can be entered, and usually there are none.
        let hull = Rect.bounding([a, c1, c2, b]).insetBy(dx: -1, dy: -1)
        let near = obstacles.filter { $0.intersects(hull) }
        guard !near.isEmpty else { return true }
        let steps = 16
        var samples: [Point] = []
        for k in 0...steps {
            let t = Double(k) / Double(steps), u = 1 - t
            samples.append(a * (u * u * u) + c1 * (3 * u * u * t) + c2 * (3 * u * t * t) + b * (t * t * t))
        }
        return EdgeCurveRouter(obstacles: near, ranksHorizontal: ranksHorizontal).clear(samples)
    }

    /// The corners of an axis-parallel line through the route points: each pair joined by
    /// the kind's legs where they are clear, else by the nearest clear alternative.
    func orthogonal(_ points: [Point], kind: EdgeCurveKind) -> [Point] {
        var result = [points[0]]
        for (a, b) in zip(points, points.dropFirst()) {
            let candidates = legs(from: a, to: b, kind: kind)
            let chosen = candidates.first { clear([a] + $0) } ?? [b]
            result += chosen
        }
        return result
    }

    /// Candidate legs from `a` to `b` (each ending at `b`), best first.
    private func legs(from a: Point, to b: Point, kind: EdgeCurveKind) -> [[Point]] {
        if abs(a.x - b.x) < 0.01 || abs(a.y - b.y) < 0.01 { return [[b]] }
        // Two-leg shapes: across the gap first (stepBefore in ranks-down terms) or along.
        let acrossFirst = ranksHorizontal ? [Point(x: b.x, y: a.y), b] : [Point(x: a.x, y: b.y), b]
        let alongFirst = ranksHorizontal ? [Point(x: a.x, y: b.y), b] : [Point(x: b.x, y: a.y), b]
        let before = [Point(x: a.x, y: b.y), b], after = [Point(x: b.x, y: a.y), b]
        var steps: [[Point]] = []
        for t in [0.5, 0.35, 0.65, 0.2, 0.8, 0.1, 0.9] {
            if ranksHorizontal {
                let x = a.x + (b.x - a.x) * t
                steps.append([Point(x: x, y: a.y), Point(x: x, y: b.y), b])
            } else {
                let y = a.y + (b.y - a.y) * t
                steps.append([Point(x: a.x, y: y), Point(x: b.x, y: y), b])
            }
        }
        switch kind {
        case .stepBefore: return [before, after] + steps
        case .stepAfter: return [after, before] + steps
        default: return steps + [acrossFirst, alongFirst]
        }
    }

    /// An orthogonal polyline with its corners rounded (radius up to 8, half the shorter leg).
    static func rounded(_ all: [Point]) -> Path {
        var corners: [Point] = []
        for p in all {
            if corners.count >= 2 {
                let a = corners[corners.count - 2], b = corners[corners.count - 1]
                if abs((b - a).x * (p - b).y - (b - a).y * (p - b).x) < 1e-6 { corners.removeLast() }
            }
            corners.append(p)
        }
        guard let first = corners.first, corners.count > 2 else { return Path.polyline(corners) }
        var path = Path([.move(first)])
        for i in 1..<(corners.count - 1) {
            let p = corners[i], before = corners[i - 1], after = corners[i + 1]
            let r = min(8, p.distance(to: before) / 2, p.distance(to: after) / 2)
            guard r > 0.5 else { path.line(to: p); continue }
            let enter = p + (before - p).normalized * r, leave = p + (after - p).normalized * r
            path.line(to: enter)
            // A quarter circle as a cubic (kappa 0.5523).
            path.curve(to: leave, control1: enter + (p - enter) * 0.5523, control2: leave + (p - leave) * 0.5523)
        }
        path.line(to: corners[corners.count - 1])
        return path
    }
}
