import Geometry

/// The route of one edge: a polyline from the centre of its source box to the centre of
/// its target box (for a cluster endpoint: a point on the cluster's border), through the
/// positions of its dummy nodes. Edges joining the same two nodes start and end beside the
/// centres instead (moved along the ranks, inside the boxes), so they are drawn apart. Routes
/// that reach one node through the same side of its box pass points inside it, spread along
/// that side, before its centre, so their arrowheads are apart. The caller clips the ends to
/// the true shape outline and draws a smooth curve through the points.
public struct EdgeRoute: Hashable, Sendable {
    public var points: [Point]
    /// Where the label box goes, if the edge has a label.
    public var labelRect: Rect?

    public init(points: [Point], labelRect: Rect? = nil) {
        self.points = points
        self.labelRect = labelRect
    }
}

/// Placed boxes and routed edges; arrays are indexed like the `LayoutGraph`'s.
/// Coordinates start at (0, 0) at the top-left of `size`; no outer margin is added.
public struct LayoutResult: Hashable, Sendable {
    public var nodes: [Rect]
    public var edges: [EdgeRoute]
    public var clusters: [Rect]
    public var size: Size

    public init(nodes: [Rect], edges: [EdgeRoute], clusters: [Rect], size: Size) {
        self.nodes = nodes
        self.edges = edges
        self.clusters = clusters
        self.size = size
    }
}
