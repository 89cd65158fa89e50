import Geometry

/// How an edge line passes through its route points, after mermaid's `curve` names (d3's
/// curve factories). Every smooth family (`basis`, `cardinal`, `catmullRom`, `natural`,
/// `monotoneX`, `monotoneY`) is drawn with Trellis's one smooth spline, which passes
/// through every route point so a line always meets its label.
public enum EdgeCurveKind: String, Hashable, Sendable, CaseIterable {
    case smooth
    case linear
    /// Horizontal, vertical at the middle x, horizontal.
    case step
    /// Vertical first, then horizontal.
    case stepBefore
    /// Horizontal first, then vertical.
    case stepAfter
    /// Cubic per segment leaving and entering horizontally.
    case bumpX
    /// Cubic per segment leaving and entering vertically.
    case bumpY

    /// The kind of a mermaid curve name (case-insensitive); unknown and absent names are smooth.
    public init(name: String?) {
        let key = (name ?? "").lowercased()
        self = Self.allCases.first { $0.rawValue.lowercased() == key } ?? .smooth
    }

    /// The path through `points` (at least two distinct points, else a polyline of them).
    func path(through raw: [Point]) -> Path {
        var points: [Point] = []
        for p in raw where points.last.map({ $0.distance(to: p) > 0.01 }) ?? true { points.append(p) }
        guard let first = points.first, points.count >= 2 else { return Path.polyline(points) }
        if self == .smooth { return EdgeCurve.path(through: points) }
        var path = Path([.move(first)])
        for (a, b) in zip(points, points.dropFirst()) {
            switch self {
            case .smooth, .linear:
                path.line(to: b)
            case .step:
                let midX = (a.x + b.x) / 2
                path.line(to: Point(x: midX, y: a.y))
                path.line(to: Point(x: midX, y: b.y))
                path.line(to: b)
            case .stepBefore:
                path.line(to: Point(x: a.x, y: b.y))
                path.line(to: b)
            case .stepAfter:
                path.line(to: Point(x: b.x, y: a.y))
                path.line(to: b)
            case .bumpX:
                let midX = (a.x + b.x) / 2
                path.curve(to: b, control1: Point(x: midX, y: a.y), control2: Point(x: midX, y: b.y))
            case .bumpY:
                let midY = (a.y + b.y) / 2
                path.curve(to: b, control1: Point(x: a.x, y: midY), control2: Point(x: b.x, y: midY))
            }
        }
        return path
    }
}

extension EdgeCurve {
    /// The line through `points` drawn as `kind`.
    static func path(through points: [Point], kind: EdgeCurveKind) -> Path {
        kind.path(through: points)
    }
}
