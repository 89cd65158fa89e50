import Flowchart
import Geometry
import LayeredLayout
import Scene
import Testing
@testable import FlowchartScene

@Suite struct EdgeGeometryTests {
    /// A (rhombus) at the top-left, B (circle) lower right, routed through one bend point.
    func diagonalDrawing(end: ArrowHead = .arrow, start: ArrowHead = .none, stroke: EdgeStroke = .normal)
        -> FlowchartDrawing {
        let diagram = FlowchartDiagram(nodes: [Fixtures.node("A", "a", .rhombus), Fixtures.node("B", "b", .circle)],
                                       edges: [Fixtures.edge(0, 1, stroke: stroke, start: start, end: end)])
        return Fixtures.draw(diagram) { graph in
            let a = Rect(center: Point(x: 60, y: 60), size: graph.nodes[0].size)
            let b = Rect(center: Point(x: 220, y: 260), size: graph.nodes[1].size)
            return LayoutResult(nodes: [a, b],
                                edges: [EdgeRoute(points: [a.center, Point(x: 120, y: 180), b.center])],
                                clusters: [], size: Size(width: 300, height: 320))
        }
    }

    @Test func lineStartsOnTheDiamondAndArrowTipTouchesTheCircle() throws {
        let drawing = diagonalDrawing()
        let edge = try #require(Fixtures.groups(drawing.frame, "edge").first)
        let line = try #require(Fixtures.shapes(edge, "edge-path").first)
        let a = drawing.layout.nodes[0], b = drawing.layout.nodes[1]
        let start = try #require(Fixtures.startPoint(line.path))
        #expect(abs(abs(start.x - a.midX) / (a.width / 2) + abs(start.y - a.midY) / (a.height / 2) - 1) < 1e-6)
        let head = try #require(Fixtures.shapes(edge, "arrowhead").first)
        guard case .move(let tip) = head.path.elements.first else { Issue.record("no tip"); return }
        #expect(abs(tip.distance(to: b.center) - b.width / 2) < 0.05)
        // The line stops under the arrowhead, short of the tip.
        let end = try #require(Fixtures.endPoint(line.path))
        #expect(end.distance(to: tip) > 5 && end.distance(to: tip) < 8)
        #expect(head.fill == line.stroke?.color)
    }

    @Test func bothEndsAndMarkerKinds() throws {
        let drawing = diagonalDrawing(end: .circle, start: .cross)
        let edge = try #require(Fixtures.groups(drawing.frame, "edge").first)
        #expect(Fixtures.shapes(edge, "arrowhead").count == 2)
        let circle = try #require(Fixtures.shapes(edge, "arrowhead").first)
        // The circle marker touches the target circle at its far side.
        let b = drawing.layout.nodes[1]
        let bounds = circle.path.bounds
        #expect(abs(bounds.width - 10) < 0.1)
        let nearest = circle.path.flattened().flatMap { $0 }.map { $0.distance(to: b.center) }.min() ?? 0
        #expect(abs(nearest - b.width / 2) < 0.2)
    }

    @Test func arrowheadGrowsWithStrokeWidth() throws {
        let thin = try #require(Fixtures.groups(diagonalDrawing().frame, "edge").first)
        let thick = try #require(Fixtures.groups(diagonalDrawing(stroke: .thick).frame, "edge").first)
        let thinHead = try #require(Fixtures.shapes(thin, "arrowhead").first).path.bounds
        let thickHead = try #require(Fixtures.shapes(thick, "arrowhead").first).path.bounds
        #expect(thickHead.width > thinHead.width * 1.5)
        #expect(max(thinHead.width, thinHead.height) < 9)
    }

    @Test func curveIsSmoothAndEndsExactly() {
        let points = [Point(x: 0, y: 0), Point(x: 50, y: 100), Point(x: 100, y: 100), Point(x: 150, y: 0)]
        let path = EdgeCurve.path(through: points)
        #expect(Fixtures.startPoint(path) == points[0])
        #expect(Fixtures.endPoint(path) == points[3])
        #expect(path.elements.contains { if case .cubic = $0 { return true } else { return false } })
        #expect(EdgeCurve.path(through: Array(points.prefix(2))) == Path.polyline(Array(points.prefix(2))))
    }

    @Test func clippingDropsPointsInsideTheOutline() {
        let outline = Path.rect(Rect(x: 0, y: 0, width: 100, height: 100)).flattened()[0]
        let clipped = EdgeClipping.clip([Point(x: 50, y: 50), Point(x: 80, y: 50), Point(x: 200, y: 50)],
                                        start: outline, end: nil)
        #expect(clipped == [Point(x: 100, y: 50), Point(x: 200, y: 50)])
    }

    @Test func strokeKinds() throws {
        let thick = try #require(Fixtures.groups(diagonalDrawing(stroke: .thick).frame, "edge").first)
        #expect(Fixtures.shapes(thick, "edge-path").first?.stroke?.width == 3.5)
        let dotted = try #require(Fixtures.groups(diagonalDrawing(stroke: .dotted).frame, "edge").first)
        #expect(Fixtures.shapes(dotted, "edge-path").first?.stroke?.dash == [2, 2])
        let normal = try #require(Fixtures.groups(diagonalDrawing().frame, "edge").first)
        #expect(Fixtures.shapes(normal, "edge-path").first?.stroke?.width == 1)
    }

    @Test func invisibleEdgesAreLaidOutButNotDrawn() {
        let diagram = FlowchartDiagram(nodes: [Fixtures.node("A"), Fixtures.node("B")],
                                       edges: [Fixtures.edge(0, 1, label: "x", stroke: .invisible)])
        var seen: LayoutGraph?
        let drawing = Fixtures.draw(diagram) { graph in
            seen = graph
            return LayeredPipeline.run(graph)
        }
        #expect(seen?.edges.first?.isInvisible == true)
        #expect(Fixtures.groups(drawing.frame, "edge").isEmpty)
        #expect(Fixtures.groups(drawing.frame, "edge-label").isEmpty)
        #expect(Fixtures.groups(drawing.frame, "node").count == 2)
    }
}

@Suite struct EdgeClippingEdgeCases {
    let square = Path.rect(Rect(x: 0, y: 0, width: 100, height: 100)).flattened()[0]

    @Test func routeStartingOutsideIsKept() {
        let points = [Point(x: 150, y: 50), Point(x: -50, y: 50)]
        #expect(EdgeClipping.clip(points, start: square, end: nil) == points)
    }

    @Test func selfLoopIsClippedAtBothEnds() {
        let c = Point(x: 50, y: 50)
        let points = [c, Point(x: 150, y: 20), Point(x: 150, y: 80), c]
        let clipped = EdgeClipping.clip(points, start: square, end: square)
        #expect(clipped.count == 4)
        #expect(clipped.first?.x == 100 && clipped.last?.x == 100)
    }

    @Test func routeEndingOnTheBoundingBoxIsExtendedOntoTheDiamond() throws {
        let diamond = NodeShapePaths(.rhombus, in: Rect(x: 0, y: 0, width: 100, height: 100)).outline
        let clipped = EdgeClipping.clip([Point(x: 80, y: 0), Point(x: 80, y: -100)], start: diamond, end: nil)
        let start = try #require(clipped.first)
        #expect(abs(start.x - 80) < 1e-9 && abs(start.y - 30) < 1e-9)
    }
}
