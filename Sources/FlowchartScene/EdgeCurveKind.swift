import Geometry

/// How an edge line passes through its route points, after mermaid's `curve` names (d3's
/// curve factories). Every kind is drawn so it passes no box but its ends' (`EdgeCurveRouter`):
/// the smooth ones stay in their route's corridor, the orthogonal ones turn in free gaps.
public enum EdgeCurveKind: String, Hashable, Sendable, CaseIterable {
    /// The default: a smooth spline through every route point (so a line meets its label).
    case basis
    case linear
    /// Across the rank gap at its middle: along, across, along.
    case step
    /// Across first, then along (d3: vertical first, then horizontal).
    case stepBefore
    /// Along first, then across (d3: horizontal first, then vertical).
    case stepAfter
    /// Orthogonal like `step`, with rounded corners.
    case rounded
    case monotoneX
    case monotoneY
    case natural
    case cardinal
    case catmullRom
    /// Cubic per segment leaving and entering horizontally.
    case bumpX
    /// Cubic per segment leaving and entering vertically.
    case bumpY

    /// The default smooth kind (`basis`).
    public static let smooth = EdgeCurveKind.basis

    /// The kind of a mermaid curve name (case-insensitive); unknown and absent names are `basis`.
    public init(name: String?) {
        let key = (name ?? "").lowercased()
        self = Self.allCases.first { $0.rawValue.lowercased() == key } ?? .basis
    }

    /// Whether the kind is drawn as axis-parallel segments.
    var isOrthogonal: Bool { [.step, .stepBefore, .stepAfter, .rounded].contains(self) }

    /// Whether the kind is one of the smooth splines through every point.
    var isSpline: Bool { [.basis, .monotoneX, .monotoneY, .natural, .cardinal, .catmullRom].contains(self) }

    /// The path through `points` with nothing to avoid (ranks advancing downwards).
    func path(through raw: [Point]) -> Path {
        EdgeCurveRouter(obstacles: [], ranksHorizontal: false).path(through: raw, kind: self)
    }
}

extension EdgeCurve {
    /// The line through `points` drawn as `kind`.
    static func path(through points: [Point], kind: EdgeCurveKind) -> Path {
        kind.path(through: points)
    }
}
