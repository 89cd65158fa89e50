import Flowchart
import Geometry

/// How a shape's silhouette is painted.
public enum NodeShapePaint: Hashable, Sendable {
    /// Filled with the node's fill, stroked with its border.
    case normal
    /// Only stroked (braces).
    case strokeOnly
    /// Neither filled nor stroked (the text block).
    case invisible
    /// Filled with the node's fill, not stroked (the data store draws its two lines as details).
    case fillOnly
    /// Filled with the edge colour (fork, small circle).
    case solidLine
    /// Filled with the border colour (filled circle).
    case solidBorder
}

/// The paths of one node shape drawn to fill a box, built by the family builders
/// (`PolygonShapes`, `BoxShapes`, `RoundShapes`, `CylinderShapes`, `DocumentShapes`, `BraceShapes`).
public struct NodeShapePaths: Hashable, Sendable {
    /// The silhouette, painted as `paint` says.
    public var outer: Path
    /// Filled and stroked like a normal node, drawn over `outer` in order (stacked copies, inner circles).
    public var layers: [Path] = []
    /// Stroke-only lines drawn over the shape.
    public var details: [Path] = []
    /// Paths filled with the border colour (the framed circle's dot).
    public var solids: [Path] = []
    public var paint: NodeShapePaint = .normal
    /// The outline edges are clipped to when it is not the silhouette (braces clip to their box).
    var clipOutline: [Point]?

    init(outer: Path, layers: [Path] = [], details: [Path] = [], solids: [Path] = [],
         paint: NodeShapePaint = .normal, clipOutline: [Point]? = nil) {
        self.outer = outer
        self.layers = layers
        self.details = details
        self.solids = solids
        self.paint = paint
        self.clipOutline = clipOutline
    }

    /// The shape drawn to fill `box`.
    public init(_ shape: NodeShape, in box: Rect) {
        if let points = PolygonShapes.points(shape, in: box) {
            self.init(outer: Path.polygon(points), paint: shape == .fork ? .solidLine : .normal)
        } else if let paths = BoxShapes.paths(shape, in: box) ?? RoundShapes.paths(shape, in: box)
                    ?? CylinderShapes.paths(shape, in: box) ?? DocumentShapes.paths(shape, in: box)
                    ?? BraceShapes.paths(shape, in: box) {
            self = paths
        } else {
            self.init(outer: Path.rect(box))
        }
    }

    /// The silhouette as a closed polyline (first point repeated), for clipping edges.
    public var outline: [Point] {
        clipOutline ?? outer.flattened(segmentsPerCurve: 16).first ?? []
    }

    /// The largest square centred in `box`.
    static func square(in box: Rect) -> Rect {
        let d = min(box.width, box.height)
        return Rect(center: box.center, size: Size(width: d, height: d))
    }
}
