import Foundation
import Geometry

/// Curve pieces the shape builders share: elliptic arcs as cubics, circular bulges between
/// two points, sine waves as polylines.
enum ShapeCurves {
    /// Appends the arc of the ellipse centred at `center` from angle `start` to `end` (radians,
    /// screen coordinates: y grows downwards, so increasing angles turn clockwise on screen).
    /// The path must already stand at the arc's start point.
    static func arc(_ path: inout Path, center c: Point, rx: Double, ry: Double, from start: Double, to end: Double) {
        let pieces = max(1, Int((abs(end - start) / (Double.pi / 2)).rounded(.up)))
        let step = (end - start) / Double(pieces)
        let k = 4.0 / 3.0 * tan(step / 4)
        for i in 0..<pieces {
            let t0 = start + Double(i) * step, t1 = t0 + step
            let p0 = Point(x: c.x + rx * cos(t0), y: c.y + ry * sin(t0))
            let p1 = Point(x: c.x + rx * cos(t1), y: c.y + ry * sin(t1))
            let d0 = Point(x: -rx * sin(t0), y: ry * cos(t0))
            let d1 = Point(x: -rx * sin(t1), y: ry * cos(t1))
            path.curve(to: p1, control1: p0 + d0 * k, control2: p1 - d1 * k)
        }
    }

    /// An arc path starting with a move to its first point.
    static func arcPath(center c: Point, rx: Double, ry: Double, from start: Double, to end: Double) -> Path {
        var path = Path()
        path.move(to: Point(x: c.x + rx * cos(start), y: c.y + ry * sin(start)))
        arc(&path, center: c, rx: rx, ry: ry, from: start, to: end)
        return path
    }

    /// Appends a circular arc from the current point `a` to `b` whose middle stands `sagitta`
    /// to the left of the direction a→b (on screen; negative: to the right).
    static func bulge(_ path: inout Path, from a: Point, to b: Point, sagitta s: Double) {
        let chord = a.distance(to: b)
        guard chord > 1e-9, abs(s) > 1e-9 else { path.line(to: b); return }
        let radius = (chord * chord / 4 + s * s) / (2 * abs(s))
        let mid = (a + b) * 0.5
        let dir = (b - a) * (1 / chord)
        let left = Point(x: dir.y, y: -dir.x)  // screen left of a→b
        // The centre lies on the far side of the chord from the bulge.
        let center = mid - left * ((radius - abs(s)) * (s > 0 ? 1 : -1))
        let t0 = atan2(a.y - center.y, a.x - center.x)
        let t1 = atan2(b.y - center.y, b.x - center.x)
        let apex = mid + left * s
        let tApex = atan2(apex.y - center.y, apex.x - center.x)
        // Of the two ways round from a to b, take the one passing the apex.
        var sweep = wrapped(t1 - t0)
        let toApex = wrapped(tApex - t0)
        if (toApex > 0) != (sweep > 0) || abs(toApex) > abs(sweep) {
            sweep += sweep > 0 ? -2 * Double.pi : 2 * Double.pi
        }
        arc(&path, center: center, rx: radius, ry: radius, from: t0, to: t0 + sweep)
    }

    /// `angle` brought into (−π, π].
    static func wrapped(_ angle: Double) -> Double {
        var v = angle
        while v <= -Double.pi { v += 2 * Double.pi }
        while v > Double.pi { v -= 2 * Double.pi }
        return v
    }

    /// Points of `y = baseline + amplitude·sin(2π·cycles·(x − x1)/(x2 − x1))` from x1 to x2.
    static func wave(from x1: Double, to x2: Double, baseline: Double, amplitude: Double,
                     cycles: Double, steps: Int = 24) -> [Point] {
        (0...steps).map { i in
            let t = Double(i) / Double(steps)
            return Point(x: x1 + t * (x2 - x1), y: baseline + amplitude * sin(2 * Double.pi * cycles * t))
        }
    }
}
