import Flowchart
import Geometry

/// Comment braces: `{` left of the label, `}` right of it, or both. Only the braces are drawn
/// (no fill); edges are clipped to the box, as mermaid's invisible frame does.
enum BraceShapes {
    static func paths(_ shape: NodeShape, in r: Rect) -> NodeShapePaths? {
        let k = NodeShapeSizing.braceRadius(boxHeight: r.height)
        let left = brace(x: r.minX, top: r.minY, bottom: r.maxY, radius: k)
        let mirror = Transform(a: -1, b: 0, c: 0, d: 1, tx: r.minX + r.maxX, ty: 0)
        var outer: Path
        switch shape {
        case .braceLeft: outer = left
        case .braceRight: outer = left.transformed(by: mirror)
        case .braces:
            outer = left
            outer.append(left.transformed(by: mirror))
        default: return nil
        }
        return NodeShapePaths(outer: outer, paint: .strokeOnly, clipOutline: Path.rect(r).flattened().first)
    }

    /// A `{` whose tip touches `x`, `2·radius` wide: hooks at the ends, a point in the middle.
    static func brace(x: Double, top: Double, bottom: Double, radius k: Double) -> Path {
        let half = Double.pi / 2, mid = (top + bottom) / 2
        var path = Path()
        path.move(to: Point(x: x + 2 * k, y: top))
        ShapeCurves.arc(&path, center: Point(x: x + 2 * k, y: top + k), rx: k, ry: k, from: -half, to: -2 * half)
        path.line(to: Point(x: x + k, y: mid - k))
        ShapeCurves.arc(&path, center: Point(x: x, y: mid - k), rx: k, ry: k, from: 0, to: half)
        ShapeCurves.arc(&path, center: Point(x: x, y: mid + k), rx: k, ry: k, from: -half, to: 0)
        path.line(to: Point(x: x + k, y: bottom - k))
        ShapeCurves.arc(&path, center: Point(x: x + 2 * k, y: bottom - k), rx: k, ry: k, from: 2 * half, to: half)
        return path
    }
}
