import Flowchart
import Foundation
import Geometry

/// Shapes with round parts: rounded boxes, the stadium, circles (double, small, framed, filled,
/// crossed), the delay, the curved trapezoid and the bow-tie rectangle.
enum RoundShapes {
    static func paths(_ shape: NodeShape, in r: Rect) -> NodeShapePaths? {
        switch shape {
        case .roundedRectangle:
            return NodeShapePaths(outer: Path.roundedRect(r, radius: 5))
        case .stadium:
            return NodeShapePaths(outer: Path.roundedRect(r, radius: r.height / 2))
        case .circle:
            return NodeShapePaths(outer: Path.ellipse(in: NodeShapePaths.square(in: r)))
        case .doubleCircle:
            let circle = NodeShapePaths.square(in: r)
            let gap = min(5, circle.width / 6)
            return NodeShapePaths(outer: Path.ellipse(in: circle), layers: [Path.ellipse(in: circle.insetBy(dx: gap, dy: gap))])
        case .smallCircle:
            return NodeShapePaths(outer: Path.ellipse(in: NodeShapePaths.square(in: r)), paint: .solidLine)
        case .filledCircle:
            return NodeShapePaths(outer: Path.ellipse(in: NodeShapePaths.square(in: r)), paint: .solidBorder)
        case .framedCircle:
            let circle = NodeShapePaths.square(in: r)
            let dot = circle.insetBy(dx: circle.width / 4, dy: circle.height / 4)
            return NodeShapePaths(outer: Path.ellipse(in: circle), solids: [Path.ellipse(in: dot)])
        case .crossedCircle:
            let circle = NodeShapePaths.square(in: r)
            let d = circle.width / 2 * 0.5.squareRoot(), c = circle.center
            let cross = [Path.polyline([Point(x: c.x - d, y: c.y - d), Point(x: c.x + d, y: c.y + d)]),
                         Path.polyline([Point(x: c.x + d, y: c.y - d), Point(x: c.x - d, y: c.y + d)])]
            return NodeShapePaths(outer: Path.ellipse(in: circle), details: cross)
        case .delay:
            let rr = min(r.height / 2, r.width / 2)
            var path = Path()
            path.move(to: Point(x: r.minX, y: r.minY))
            path.line(to: Point(x: r.maxX - rr, y: r.minY))
            ShapeCurves.arc(&path, center: Point(x: r.maxX - rr, y: r.midY), rx: rr, ry: r.height / 2,
                            from: -Double.pi / 2, to: Double.pi / 2)
            path.line(to: Point(x: r.minX, y: r.maxY))
            path.close()
            return NodeShapePaths(outer: path)
        case .curvedTrapezoid:
            let rr = min(r.height / 2, r.width / 2), tip = r.height / 4
            var path = Path()
            path.move(to: Point(x: r.maxX - rr, y: r.minY))
            path.line(to: Point(x: r.minX + tip, y: r.minY))
            path.line(to: Point(x: r.minX, y: r.midY))
            path.line(to: Point(x: r.minX + tip, y: r.maxY))
            path.line(to: Point(x: r.maxX - rr, y: r.maxY))
            ShapeCurves.arc(&path, center: Point(x: r.maxX - rr, y: r.midY), rx: rr, ry: r.height / 2,
                            from: Double.pi / 2, to: -Double.pi / 2)
            path.close()
            return NodeShapePaths(outer: path)
        case .bowTieRectangle:
            // Both short sides are arcs bowing left: convex on the left, hollow on the right.
            let ry = r.height / 2, rx = NodeShapeSizing.bowDepth(height: r.height)
            var path = Path()
            path.move(to: Point(x: r.maxX, y: r.minY))
            path.line(to: Point(x: r.minX + rx, y: r.minY))
            ShapeCurves.arc(&path, center: Point(x: r.minX + rx, y: r.midY), rx: rx, ry: ry,
                            from: -Double.pi / 2, to: -3 * Double.pi / 2)
            path.line(to: Point(x: r.maxX, y: r.maxY))
            ShapeCurves.arc(&path, center: Point(x: r.maxX, y: r.midY), rx: rx, ry: ry,
                            from: Double.pi / 2, to: 3 * Double.pi / 2)
            path.close()
            return NodeShapePaths(outer: path)
        case .cloud, .bang:
            return NodeShapePaths(outer: BumpyShapes.outline(shape == .cloud ? .cloud : .bang, in: r))
        default:
            return nil
        }
    }
}
