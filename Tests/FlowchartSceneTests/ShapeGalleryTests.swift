import Flowchart
import Foundation
import Geometry
import LayeredLayout
import Scene
import Testing
@testable import FlowchartScene

/// All 48 shapes in one frame, each with an edge coming in from above and one leaving below,
/// on a hand-made grid layout (written as `shape-gallery.svg` when `TRELLIS_SVG_DIR` is set).
@Suite struct ShapeGalleryTests {
    static let columns = 8
    static let cell = Size(width: 250, height: 330)

    /// Per shape: a small feeder node, the shape, a small sink node; edges feeder→shape→sink.
    static func diagram(label: ((NodeShape) -> String)? = nil) -> FlowchartDiagram {
        var nodes: [FlowNode] = []
        var edges: [FlowEdge] = []
        for (i, shape) in NodeShape.allCases.enumerated() {
            nodes.append(Fixtures.node("in\(i)", "in", .stadium))
            nodes.append(Fixtures.node("s\(i)", label?(shape) ?? shape.rawValue, shape))
            nodes.append(Fixtures.node("out\(i)", "out", .stadium))
            edges.append(Fixtures.edge(3 * i, 3 * i + 1))
            edges.append(Fixtures.edge(3 * i + 1, 3 * i + 2))
        }
        return FlowchartDiagram(nodes: nodes, edges: edges)
    }

    /// Grid cells; the feeder sits up and to the left so its edge arrives at a slant.
    static func layout(_ graph: LayoutGraph) -> LayoutResult {
        var boxes: [Rect] = []
        var routes: [EdgeRoute] = []
        let count = graph.nodes.count / 3
        for i in 0..<count {
            let col = Double(i % columns), row = Double(i / columns)
            let center = Point(x: (col + 0.5) * cell.width, y: (row + 0.5) * cell.height)
            let feeder = center + Point(x: -40, y: -125), sink = center + Point(x: 0, y: 125)
            for (k, c) in [feeder, center, sink].enumerated() {
                boxes.append(Rect(center: c, size: graph.nodes[3 * i + k].size))
            }
            routes.append(EdgeRoute(points: [feeder, center]))
            routes.append(EdgeRoute(points: [center, sink]))
        }
        let rows = Double((count + columns - 1) / columns)
        return LayoutResult(nodes: boxes, edges: routes, clusters: [],
                            size: Size(width: Double(columns) * cell.width, height: rows * cell.height))
    }

    /// The same gallery with two-line labels, to see shapes stretched by their text.
    @Test func galleryWithTallLabels() {
        let drawing = Fixtures.draw(Self.diagram { "\($0.rawValue)\nsecond line" }, layout: Self.layout)
        DebugSVG.write(drawing.frame, name: "shape-gallery-tall")
        let boxes = drawing.layout.nodes
        let short = Fixtures.draw(Self.diagram(), layout: Self.layout).layout.nodes
        for (i, shape) in NodeShape.allCases.enumerated() where NodeShapeSizing.showsLabel(shape) {
            // Circles are sized by the label's width (its diagonal only when taller).
            let round = shape == .circle || shape == .doubleCircle
            let (tall, low) = (boxes[3 * i + 1].height, short[3 * i + 1].height)
            #expect(round ? tall >= low : tall > low, "\(shape) grows with a second line")
        }
    }

    @Test func galleryDrawsEveryShapeWithItsEdges() throws {
        let drawing = Fixtures.draw(Self.diagram(), layout: Self.layout)
        DebugSVG.write(drawing.frame, name: "shape-gallery")
        let nodes = Fixtures.groups(drawing.frame, "node")
        #expect(nodes.count == 3 * NodeShape.allCases.count)
        // Every edge line ends on the outline of the shape it enters or leaves.
        let lines = Fixtures.groups(drawing.frame, "edge")
        #expect(lines.count == 2 * NodeShape.allCases.count)
        for (i, shape) in NodeShape.allCases.enumerated() {
            let box = drawing.layout.nodes[3 * i + 1]
            let outline = NodeShapePaths(shape, in: box).outline
            // The arrowhead's tip (its point nearest the shape) touches the outline.
            let head = try #require(Fixtures.shapes(lines[2 * i]).last?.path.flattened().flatMap { $0 })
            let tip = try #require(head.min { ShapeGeometry.distance($0, to: outline) < ShapeGeometry.distance($1, to: outline) })
            let outgoing = try #require(Fixtures.shapes(lines[2 * i + 1]).first?.path.flattened().first?.first)
            #expect(ShapeGeometry.distance(tip, to: outline) < 0.5, "\(shape) arrow tip")
            #expect(ShapeGeometry.distance(outgoing, to: outline) < 0.5, "\(shape) outgoing start")
        }
    }
}
