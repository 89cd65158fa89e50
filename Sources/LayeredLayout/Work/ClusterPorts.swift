import Geometry

/// Ends a route drawn to a cluster laid out as a unit at the member it was meant for.
///
/// The outer layout routed the edge to the unit's centre. The end is replaced by a port on the
/// unit's side facing the route (in line with the member), then the member's centre, so the
/// route enters the unit once, next to its member; of the four sides the nearest one whose
/// way in passes no other member is used.
enum ClusterPorts {
    typealias Inside = (member: Rect, unit: Rect, others: [Rect])

    static func connect(_ points: [Point], from: Inside?, to: Inside?) -> [Point] {
        var result = points
        if let to, result.count >= 2 { result = enter(result, to) }
        if let from, result.count >= 2 { result = Array(enter(result.reversed(), from).reversed()) }
        return result
    }

    /// `points` with its last point (the unit's centre) replaced by a port and the member's centre.
    private static func enter(_ points: [Point], _ inside: Inside) -> [Point] {
        var body = Array(points.dropLast())
        // Drop route points inside the unit (the outer route may bend there).
        while body.count > 1, let last = body.last, inside.unit.contains(last) { body.removeLast() }
        guard let outside = body.last else { return points }
        let m = inside.member, u = inside.unit
        let ports = [Point(x: m.midX, y: u.minY), Point(x: m.midX, y: u.maxY),
                     Point(x: u.minX, y: m.midY), Point(x: u.maxX, y: m.midY)]
        let sorted = ports.sorted { $0.distance(to: outside) < $1.distance(to: outside) }
        let clear = sorted.first { port in
            !inside.others.contains { Intersection.segment(port, m.center, crosses: $0) }
        }
        return body + [clear ?? sorted[0], m.center]
    }
}
