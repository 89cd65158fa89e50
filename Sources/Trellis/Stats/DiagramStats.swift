import Geometry
import Scene

/// Layout-quality figures of a drawing, with the definitions of
/// `shared/tools/layout_metrics.py` (tolerances: 2 px for edges entering boxes, 1 px for
/// box overlaps, 8 px around shared endpoints for crossings).
public struct DiagramStats: Sendable, Equatable {
    public var nodes = 0
    public var edges = 0
    public var clusters = 0
    public var edgeLabels = 0
    /// Pairs of edges whose lines cross at least once (not at a shared endpoint).
    public var crossings = 0
    /// (edge, node) pairs where the edge passes through a node that is not one of its ends.
    public var edgesThroughNodes = 0
    public var nodeOverlaps = 0
    public var labelOverlaps = 0
    public var labelNodeOverlaps = 0
    /// Pairs of clusters that overlap without one holding the other.
    public var clusterOverlaps = 0
    /// (edge, cluster) pairs where the edge passes through the cluster's title.
    public var clusterTitleCrossings = 0
    /// Turns of more than 15° along the edges, summed.
    public var bends = 0
    public var totalEdgeLength = 0.0
    public var width = 0.0
    public var height = 0.0
    public var area: Double { width * height }

    static let edgeTolerance = 2.0
    static let boxTolerance = 1.0
    static let near = 8.0

    /// Measures a drawing made by the flowchart scene builder.
    public init(frame: Frame) {
        let drawn = DrawnDiagram(frame)
        nodes = drawn.nodes.count
        edges = drawn.edges.count
        clusters = drawn.clusters.count
        edgeLabels = drawn.labels.count
        let nodeBox = Dictionary(drawn.nodes.map { ($0.id, $0.box) }, uniquingKeysWith: { first, _ in first })

        for (i, a) in drawn.edges.enumerated() {
            for b in drawn.edges[(i + 1)...] {
                let shared = Set([a.from, a.to]).intersection([b.from, b.to])
                let ignore = shared.compactMap { nodeBox[$0]?.insetBy(dx: -Self.near, dy: -Self.near) }
                if Self.cross(a.points, b.points, ignoring: ignore) { crossings += 1 }
            }
            for node in drawn.nodes where node.id != a.from && node.id != a.to {
                if Self.enters(a.points, node.box.insetBy(dx: Self.edgeTolerance, dy: Self.edgeTolerance)) {
                    edgesThroughNodes += 1
                }
            }
            for cluster in drawn.clusters {
                guard let title = cluster.title else { continue }
                if Self.enters(a.points, title.insetBy(dx: Self.edgeTolerance, dy: Self.edgeTolerance)) {
                    clusterTitleCrossings += 1
                }
            }
            totalEdgeLength += zip(a.points, a.points.dropFirst()).reduce(0) { $0 + $1.0.distance(to: $1.1) }
            bends += Self.bends(a.points)
        }
        nodeOverlaps = Self.overlappingPairs(drawn.nodes.map(\.box))
        labelOverlaps = Self.overlappingPairs(drawn.labels)
        labelNodeOverlaps = drawn.labels.reduce(0) { count, label in
            count + drawn.nodes.filter { label.intersects($0.box, tolerance: Self.boxTolerance) }.count
        }
        for (i, a) in drawn.clusters.enumerated() {
            for b in drawn.clusters[(i + 1)...] {
                let nested = a.box.contains(b.box, tolerance: Self.boxTolerance) || b.box.contains(a.box, tolerance: Self.boxTolerance)
                if !nested && a.box.intersects(b.box, tolerance: Self.boxTolerance) { clusterOverlaps += 1 }
            }
        }
        var everything = drawn.nodes.map(\.box) + drawn.labels + drawn.clusters.map(\.box)
        everything += drawn.clusters.compactMap(\.title)
        everything += drawn.edges.map { Rect.bounding($0.points) }
        if let bounds = everything.reduce(nil, { ($0?.union($1)) ?? $1 }) {
            width = bounds.width
            height = bounds.height
        }
    }

    private static func overlappingPairs(_ boxes: [Rect]) -> Int {
        var count = 0
        for (i, a) in boxes.enumerated() {
            for b in boxes[(i + 1)...] where a.intersects(b, tolerance: boxTolerance) { count += 1 }
        }
        return count
    }

    /// Whether the polyline passes through the interior of `box`.
    private static func enters(_ points: [Point], _ box: Rect) -> Bool {
        guard box.width > 0, box.height > 0 else { return false }
        return zip(points, points.dropFirst()).contains { Intersection.segment($0, $1, crosses: box) }
    }

    /// Whether two polylines cross (pass from one side to the other) outside the ignored boxes.
    private static func cross(_ a: [Point], _ b: [Point], ignoring boxes: [Rect]) -> Bool {
        for (a0, a1) in zip(a, a.dropFirst()) {
            for (b0, b1) in zip(b, b.dropFirst()) {
                guard let p = properIntersection(a0, a1, b0, b1) else { continue }
                if !boxes.contains(where: { $0.contains(p) }) { return true }
            }
        }
        return false
    }

    private static func properIntersection(_ a0: Point, _ a1: Point, _ b0: Point, _ b1: Point) -> Point? {
        let r = a1 - a0, s = b1 - b0
        let denominator = r.cross(s)
        guard abs(denominator) > 1e-12 else { return nil }
        let t = (b0 - a0).cross(s) / denominator
        let u = (b0 - a0).cross(r) / denominator
        let eps = 1e-9
        guard t > eps, t < 1 - eps, u > eps, u < 1 - eps else { return nil }
        return a0 + r * t
    }

    /// Runs of same-direction turns (consecutive turning points less than 10 px apart) whose
    /// total turn exceeds 15° count as one bend each.
    private static func bends(_ raw: [Point]) -> Int {
        var points: [Point] = []
        for p in raw where points.last.map({ $0.distance(to: p) >= 1 }) ?? true { points.append(p) }
        guard points.count > 2 else { return 0 }
        var count = 0
        var runTurn = 0.0, runSign = 0.0
        var lastTurnAt = -Double.infinity, travelled = 0.0
        for i in 1..<(points.count - 1) {
            travelled += points[i - 1].distance(to: points[i])
            let u = points[i] - points[i - 1], v = points[i + 1] - points[i]
            let angle = atan2Degrees(u.cross(v), u.dot(v))
            guard abs(angle) >= 0.05 else { continue }
            let sign: Double = angle > 0 ? 1 : -1
            if sign == runSign && travelled - lastTurnAt < 10 {
                runTurn += abs(angle)
            } else {
                if runTurn > 15 { count += 1 }
                runTurn = abs(angle)
                runSign = sign
            }
            lastTurnAt = travelled
        }
        if runTurn > 15 { count += 1 }
        return count
    }

    private static func atan2Degrees(_ y: Double, _ x: Double) -> Double {
        atan2(y, x) * 180 / .pi
    }
}

#if canImport(Glibc)
import Glibc
#endif
