import Flowchart
import Geometry
import Scene

/// Markers drawn at edge ends: a filled triangle, a circle, or a cross, sized for the stroke width.
enum ArrowheadShape {
    /// mermaid's marker is 8 px long at the default 1 px stroke; thicker lines get a larger head.
    static func scale(strokeWidth: Double) -> Double { max(1, strokeWidth).squareRoot() }

    /// How far the line stops short of the tip so that it ends under the marker.
    static func inset(_ head: ArrowHead, strokeWidth: Double) -> Double {
        let k = scale(strokeWidth: strokeWidth)
        switch head {
        case .none: return 0
        case .arrow: return 7 * k
        case .circle: return 10 * k
        case .cross: return 5 * k
        }
    }

    /// The marker's items with its tip at `tip`, pointing along `direction` (unit vector).
    static func items(_ head: ArrowHead, tip: Point, direction: Point, color: Color,
                      strokeWidth: Double) -> [ShapeItem] {
        let k = scale(strokeWidth: strokeWidth)
        let d = direction.normalized
        let n = Point(x: -d.y, y: d.x)
        let tag = Tag.class("arrowhead")
        switch head {
        case .none:
            return []
        case .arrow:
            let length = 8 * k, half = 4 * k
            let base = tip - d * length
            let path = Path.polygon([tip, base + n * half, base - n * half])
            return [ShapeItem(path: path, fill: color, tag: tag)]
        case .circle:
            let r = 5 * k
            let center = tip - d * r
            let path = Path.ellipse(in: Rect(center: center, size: Size(width: 2 * r, height: 2 * r)))
            return [ShapeItem(path: path, fill: color, tag: tag)]
        case .cross:
            let half = 4 * k
            let center = tip - d * half
            let a = (d + n).normalized * half * 1.41421356, b = (d - n).normalized * half * 1.41421356
            var path = Path.polyline([center - a, center + a])
            path.append(Path.polyline([center - b, center + b]))
            return [ShapeItem(path: path, stroke: StrokeStyle(color: color, width: 2 * max(1, strokeWidth).squareRoot()), tag: tag)]
        }
    }
}
