import Flowchart
import Geometry

/// Rectangles with inner lines or companions: framed (subroutine), lined, window pane,
/// divided, data store, text block, tagged and stacked rectangles.
enum BoxShapes {
    static func paths(_ shape: NodeShape, in r: Rect) -> NodeShapePaths? {
        func line(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double) -> Path {
            Path.polyline([Point(x: x0, y: y0), Point(x: x1, y: y1)])
        }
        switch shape {
        case .subroutine:
            let inset = min(NodeShapeSizing.subroutineInset, r.width / 4)
            return NodeShapePaths(outer: Path.rect(r), details: [inset, r.width - inset].map { dx in
                line(r.minX + dx, r.minY, r.minX + dx, r.maxY)
            })
        case .linedRectangle:
            let x = r.minX + min(NodeShapeSizing.linedFrame, r.width / 4)
            return NodeShapePaths(outer: Path.rect(r), details: [line(x, r.minY, x, r.maxY)])
        case .windowPane:
            let d = min(NodeShapeSizing.paneFrame, r.width / 4, r.height / 4)
            return NodeShapePaths(outer: Path.rect(r), details: [line(r.minX, r.minY + d, r.maxX, r.minY + d),
                                                                 line(r.minX + d, r.minY, r.minX + d, r.maxY)])
        case .dividedRectangle:
            // The band is a fifth of the body, the body five sixths of the box.
            let y = r.minY + r.height / 6
            return NodeShapePaths(outer: Path.rect(r), details: [line(r.minX, y, r.maxX, y)])
        case .datastore:
            return NodeShapePaths(outer: Path.rect(r), details: [line(r.minX, r.minY, r.maxX, r.minY),
                                                                 line(r.minX, r.maxY, r.maxX, r.maxY)],
                                  paint: .fillOnly)
        case .text:
            return NodeShapePaths(outer: Path.rect(r), paint: .invisible)
        case .taggedRectangle:
            let t = NodeShapeSizing.tagRatio * r.height
            let tag = Path.polygon([Point(x: r.maxX - t, y: r.maxY), Point(x: r.maxX, y: r.maxY),
                                    Point(x: r.maxX, y: r.maxY - t)])
            return NodeShapePaths(outer: Path.rect(r), layers: [tag])
        case .stackedRectangle:
            return stacked(r, offset: min(NodeShapeSizing.stackOffset, r.width / 8, r.height / 8))
        default:
            return nil
        }
    }

    /// Three rectangles, each `o` up and right of the one in front; the silhouette is their union.
    static func stacked(_ r: Rect, offset o: Double) -> NodeShapePaths {
        func p(_ x: Double, _ y: Double) -> Point { Point(x: x, y: y) }
        let silhouette = [p(r.minX, r.minY + 2 * o), p(r.minX + o, r.minY + 2 * o), p(r.minX + o, r.minY + o),
                          p(r.minX + 2 * o, r.minY + o), p(r.minX + 2 * o, r.minY), p(r.maxX, r.minY),
                          p(r.maxX, r.maxY - 2 * o), p(r.maxX - o, r.maxY - 2 * o), p(r.maxX - o, r.maxY - o),
                          p(r.maxX - 2 * o, r.maxY - o), p(r.maxX - 2 * o, r.maxY), p(r.minX, r.maxY)]
        let middle = Rect(x: r.minX + o, y: r.minY + o, width: r.width - 2 * o, height: r.height - 2 * o)
        let front = Rect(x: r.minX, y: r.minY + 2 * o, width: r.width - 2 * o, height: r.height - 2 * o)
        return NodeShapePaths(outer: Path.polygon(silhouette), layers: [Path.rect(middle), Path.rect(front)])
    }
}
