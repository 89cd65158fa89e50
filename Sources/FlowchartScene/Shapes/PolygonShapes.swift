import Flowchart
import Geometry

/// Shapes that are one straight-edged polygon: the classic diamond, hexagon, slanted and
/// trapezoid boxes, plus notched boxes, triangles, the hourglass, the bolt and the fork bar.
enum PolygonShapes {
    /// The corners clockwise from the top-left, or nil when `shape` is not a plain polygon.
    static func points(_ shape: NodeShape, in r: Rect) -> [Point]? {
        func p(_ x: Double, _ y: Double) -> Point { Point(x: x, y: y) }
        let s = r.height / 2  // slant of parallelograms and trapezoids
        switch shape {
        case .rectangle, .fork:
            return [p(r.minX, r.minY), p(r.maxX, r.minY), p(r.maxX, r.maxY), p(r.minX, r.maxY)]
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
        case .notchedRectangle:
            let n = min(NodeShapeSizing.notch, r.width / 4, r.height / 2)
            return [p(r.minX + n, r.minY), p(r.maxX, r.minY), p(r.maxX, r.maxY), p(r.minX, r.maxY),
                    p(r.minX, r.minY + n)]
        case .notchedPentagon:
            let dx = 0.1 * r.width, dy = 0.2 * r.height
            return [p(r.minX + dx, r.minY), p(r.maxX - dx, r.minY), p(r.maxX, r.minY + dy),
                    p(r.maxX, r.maxY), p(r.minX, r.maxY), p(r.minX, r.minY + dy)]
        case .triangle:
            return [p(r.midX, r.minY), p(r.maxX, r.maxY), p(r.minX, r.maxY)]
        case .flippedTriangle:
            return [p(r.minX, r.minY), p(r.maxX, r.minY), p(r.midX, r.maxY)]
        case .slopedRectangle:
            // The top rises by half the body's height, the body being two thirds of the box.
            return [p(r.minX, r.minY + r.height / 3), p(r.maxX, r.minY), p(r.maxX, r.maxY), p(r.minX, r.maxY)]
        case .hourglass:
            // Two triangles meeting at a narrow waist, so the outline stays a simple polygon.
            let waist = min(0.5, r.width / 20)
            return [p(r.minX, r.minY), p(r.maxX, r.minY), p(r.midX + waist, r.midY),
                    p(r.maxX, r.maxY), p(r.minX, r.maxY), p(r.midX - waist, r.midY)]
        case .bolt:
            // A zig-zag: the upper stroke ends low on the left, the lower one starts high on the right.
            let g = 7 * r.width / 35, m = r.midY
            return [p(r.maxX, r.minY), p(r.minX, m + g / 2), p(r.maxX - 2 * g, m + g / 2),
                    p(r.minX, r.maxY), p(r.maxX, m - g / 2), p(r.minX + 2 * g, m - g / 2)]
        default:
            return nil
        }
    }
}
