import Flowchart
import Geometry

/// Path builders for the node shapes, by family: polygons, rounded boxes, ellipses, the cylinder.
/// `outer` is the filled silhouette; `details` are stroke-only lines drawn over it.
public struct NodeShapePaths: Hashable, Sendable {
    public var outer: Path
    public var details: [Path]

    /// The shape drawn to fill `box`.
    public init(_ shape: NodeShape, in box: Rect) {
        switch shape {
        case .rectangle, .rhombus, .hexagon, .asymmetric,
             .parallelogram, .parallelogramAlt, .trapezoid, .trapezoidAlt:
            outer = Path.polygon(NodeShapePaths.polygon(shape, in: box))
            details = []
        case .subroutine:
            outer = Path.rect(box)
            let inset = min(NodeShapeSizing.subroutineInset, box.width / 4)
            details = [inset, box.width - inset].map { dx in
                Path.polyline([Point(x: box.minX + dx, y: box.minY), Point(x: box.minX + dx, y: box.maxY)])
            }
        case .roundedRectangle:
            outer = Path.roundedRect(box, radius: 5)
            details = []
        case .stadium:
            outer = Path.roundedRect(box, radius: box.height / 2)
            details = []
        case .circle:
            outer = Path.ellipse(in: NodeShapePaths.square(in: box))
            details = []
        case .doubleCircle:
            let circle = NodeShapePaths.square(in: box)
            outer = Path.ellipse(in: circle)
            details = [Path.ellipse(in: circle.insetBy(dx: 5, dy: 5))]
        case .cylinder:
            let ry = min(NodeShapeSizing.cylinderCapHeight(width: box.width), box.height / 3)
            outer = NodeShapePaths.cylinder(box, ry: ry)
            details = [NodeShapePaths.lowerHalfEllipse(Rect(x: box.minX, y: box.minY, width: box.width, height: 2 * ry))]
        default:
            // Expanded-syntax shapes get their own builders with the rendering issue.
            outer = Path.rect(box)
            details = []
        }
    }

    /// The silhouette as a closed polyline (first point repeated), for clipping edges.
    public var outline: [Point] {
        outer.flattened(segmentsPerCurve: 16).first ?? []
    }

    /// The corners of a polygon shape, clockwise from the top-left.
    static func polygon(_ shape: NodeShape, in r: Rect) -> [Point] {
        let s = r.height / 2  // slant of parallelograms and trapezoids
        func p(_ x: Double, _ y: Double) -> Point { Point(x: x, y: y) }
        switch shape {
        case .rhombus:
            return [p(r.midX, r.minY), p(r.maxX, r.midY), p(r.midX, r.maxY), p(r.minX, r.midY)]
        case .hexagon:
            let f = r.height / 4
            return [p(r.minX + f, r.minY), p(r.maxX - f, r.minY), p(r.maxX, r.midY),
                    p(r.maxX - f, r.maxY), p(r.minX + f, r.maxY), p(r.minX, r.midY)]
        case .asymmetric:
            return [p(r.minX, r.minY), p(r.maxX, r.minY), p(r.maxX, r.maxY), p(r.minX, r.maxY),
                    p(r.minX + r.height / 4, r.midY)]
        case .parallelogram:
            return [p(r.minX + s, r.minY), p(r.maxX, r.minY), p(r.maxX - s, r.maxY), p(r.minX, r.maxY)]
        case .parallelogramAlt:
            return [p(r.minX, r.minY), p(r.maxX - s, r.minY), p(r.maxX, r.maxY), p(r.minX + s, r.maxY)]
        case .trapezoid:
            return [p(r.minX + s, r.minY), p(r.maxX - s, r.minY), p(r.maxX, r.maxY), p(r.minX, r.maxY)]
        case .trapezoidAlt:
            return [p(r.minX, r.minY), p(r.maxX, r.minY), p(r.maxX - s, r.maxY), p(r.minX + s, r.maxY)]
        default:
            return [p(r.minX, r.minY), p(r.maxX, r.minY), p(r.maxX, r.maxY), p(r.minX, r.maxY)]
        }
    }

    /// The largest square centred in `box`.
    static func square(in box: Rect) -> Rect {
        let d = min(box.width, box.height)
        return Rect(center: box.center, size: Size(width: d, height: d))
    }

    private static let kappa = 0.5522847498

    /// Top cap's upper half, right side, bottom cap's lower half, left side.
    static func cylinder(_ r: Rect, ry: Double) -> Path {
        let rx = r.width / 2, k = kappa
        let top = r.minY + ry, bottom = r.maxY - ry
        var path = Path()
        path.move(to: Point(x: r.minX, y: top))
        path.curve(to: Point(x: r.midX, y: r.minY), control1: Point(x: r.minX, y: top - k * ry),
                   control2: Point(x: r.midX - k * rx, y: r.minY))
        path.curve(to: Point(x: r.maxX, y: top), control1: Point(x: r.midX + k * rx, y: r.minY),
                   control2: Point(x: r.maxX, y: top - k * ry))
        path.line(to: Point(x: r.maxX, y: bottom))
        path.curve(to: Point(x: r.midX, y: r.maxY), control1: Point(x: r.maxX, y: bottom + k * ry),
                   control2: Point(x: r.midX + k * rx, y: r.maxY))
        path.curve(to: Point(x: r.minX, y: bottom), control1: Point(x: r.midX - k * rx, y: r.maxY),
                   control2: Point(x: r.minX, y: bottom + k * ry))
        path.close()
        return path
    }

    /// The lower half of the ellipse inscribed in `r`, left to right.
    static func lowerHalfEllipse(_ r: Rect) -> Path {
        let rx = r.width / 2, ry = r.height / 2, k = kappa
        var path = Path()
        path.move(to: Point(x: r.minX, y: r.midY))
        path.curve(to: Point(x: r.midX, y: r.maxY), control1: Point(x: r.minX, y: r.midY + k * ry),
                   control2: Point(x: r.midX - k * rx, y: r.maxY))
        path.curve(to: Point(x: r.maxX, y: r.midY), control1: Point(x: r.midX + k * rx, y: r.maxY),
                   control2: Point(x: r.maxX, y: r.midY + k * ry))
        return path
    }
}
