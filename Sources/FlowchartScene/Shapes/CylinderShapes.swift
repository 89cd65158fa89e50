import Flowchart
import Geometry

/// Cylinders: the upright database cylinder, the lined (disk) cylinder and the horizontal one.
enum CylinderShapes {
    static func paths(_ shape: NodeShape, in r: Rect) -> NodeShapePaths? {
        let half = Double.pi / 2
        switch shape {
        case .cylinder, .linedCylinder:
            let ry = min(NodeShapeSizing.cylinderCapHeight(width: r.width), r.height / 3)
            let rx = r.width / 2
            var details = [ShapeCurves.arcPath(center: Point(x: r.midX, y: r.minY + ry), rx: rx, ry: ry,
                                               from: 2 * half, to: 0)]
            if shape == .linedCylinder {
                let y = r.minY + ry + 0.1 * (r.height - 2 * ry)
                details.append(ShapeCurves.arcPath(center: Point(x: r.midX, y: y), rx: rx, ry: ry, from: 2 * half, to: 0))
            }
            return NodeShapePaths(outer: upright(r, ry: ry), details: details)
        case .horizontalCylinder:
            let ry = r.height / 2, rx = min(NodeShapeSizing.sideCapWidth(height: r.height), r.width / 3)
            var path = Path()
            path.move(to: Point(x: r.minX + rx, y: r.minY))
            path.line(to: Point(x: r.maxX - rx, y: r.minY))
            ShapeCurves.arc(&path, center: Point(x: r.maxX - rx, y: r.midY), rx: rx, ry: ry, from: -half, to: half)
            path.line(to: Point(x: r.minX + rx, y: r.maxY))
            ShapeCurves.arc(&path, center: Point(x: r.minX + rx, y: r.midY), rx: rx, ry: ry, from: half, to: 3 * half)
            path.close()
            let face = ShapeCurves.arcPath(center: Point(x: r.maxX - rx, y: r.midY), rx: rx, ry: ry, from: -half, to: -3 * half)
            return NodeShapePaths(outer: path, details: [face])
        default:
            return nil
        }
    }

    /// Top cap's upper half, right side, bottom cap's lower half, left side.
    static func upright(_ r: Rect, ry: Double) -> Path {
        let rx = r.width / 2, half = Double.pi / 2
        let top = r.minY + ry, bottom = r.maxY - ry
        var path = Path()
        path.move(to: Point(x: r.minX, y: top))
        ShapeCurves.arc(&path, center: Point(x: r.midX, y: top), rx: rx, ry: ry, from: 2 * half, to: 4 * half)
        path.line(to: Point(x: r.maxX, y: bottom))
        ShapeCurves.arc(&path, center: Point(x: r.midX, y: bottom), rx: rx, ry: ry, from: 0, to: 2 * half)
        path.close()
        return path
    }
}
