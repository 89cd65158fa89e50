import Flowchart
import Foundation
import Geometry
import Testing
@testable import FlowchartScene

/// Geometric checks on every shape: closed outlines, labels inside, growth with the label,
/// edge clip points on the true outline.
@Suite struct ShapeGeometryTests {
    static let labels = [Size(width: 40, height: 19), Size(width: 60, height: 57), Size(width: 200, height: 95)]

    static func box(_ shape: NodeShape, _ label: Size) -> Rect {
        let size = NodeShapeSizing.size(of: shape, label: label)
        return Rect(x: 10, y: 20, width: size.width, height: size.height)
    }

    @Test(arguments: NodeShape.allCases)
    func outlineIsClosedAndFillsItsBox(shape: NodeShape) {
        let box = Self.box(shape, Self.labels[0])
        let outline = NodeShapePaths(shape, in: box).outline
        #expect(outline.count >= 4)
        #expect(outline.first == outline.last)
        let bounds = Rect.bounding(outline)
        #expect(box.insetBy(dx: -0.01, dy: -0.01).contains(bounds), "outline stays in its box")
        #expect(bounds.width > box.width * 0.9 && bounds.height > box.height * 0.9, "outline fills its box")
    }

    @Test(arguments: NodeShape.allCases.filter(NodeShapeSizing.showsLabel), labels)
    func labelFitsInsideTheSilhouette(shape: NodeShape, label: Size) {
        let box = Self.box(shape, label)
        let center = box.center + NodeShapeSizing.labelOffset(of: shape, box: box.size, label: label)
        let labelBox = Rect(center: center, size: label)
        let outline = NodeShapePaths(shape, in: box).outline
        for corner in [Point(x: labelBox.minX, y: labelBox.minY), Point(x: labelBox.maxX, y: labelBox.minY),
                       Point(x: labelBox.maxX, y: labelBox.maxY), Point(x: labelBox.minX, y: labelBox.maxY)] {
            #expect(Intersection.contains(corner, outline: outline), "\(shape) \(label) corner \(corner)")
        }
    }

    @Test(arguments: NodeShape.allCases)
    func boxGrowsWithTheLabel(shape: NodeShape) {
        let small = NodeShapeSizing.size(of: shape, label: Size(width: 40, height: 19))
        let wide = NodeShapeSizing.size(of: shape, label: Size(width: 90, height: 19))
        let tall = NodeShapeSizing.size(of: shape, label: Size(width: 40, height: 57))
        if NodeShapeSizing.showsLabel(shape) {
            #expect(wide.width > small.width)
            #expect(tall.height > small.height)
        } else {
            #expect(wide == small && tall == small, "a marker keeps its size")
        }
    }

    /// Routes arriving straight from above, below, left and right, through the centre and off
    /// it, end on the outline (not on the bounding box).
    @Test(arguments: NodeShape.allCases)
    func clipPointsLieOnTheOutline(shape: NodeShape) throws {
        let box = Self.box(shape, Self.labels[1])
        let outline = NodeShapePaths(shape, in: box).outline
        let c = box.center
        let far = 400.0
        var targets: [(Point, Point)] = []
        for shift in [0.0, 0.2] {
            let dx = shift * box.width, dy = shift * box.height
            targets.append((Point(x: c.x + dx, y: c.y - far), Point(x: c.x + dx, y: c.y)))  // from above
            targets.append((Point(x: c.x - dx, y: c.y + far), Point(x: c.x - dx, y: c.y)))  // from below
            targets.append((Point(x: c.x - far, y: c.y + dy), Point(x: c.x, y: c.y + dy)))  // from the left
            targets.append((Point(x: c.x + far, y: c.y - dy), Point(x: c.x, y: c.y - dy)))  // from the right
        }
        for (from, to) in targets where Intersection.contains(to, outline: outline) {
            let clipped = EdgeClipping.clip([from, to], start: nil, end: outline)
            let end = try #require(clipped.last)
            #expect(ShapeGeometry.distance(end, to: outline) < 0.5, "\(shape) from \(from)")
            #expect(end != to, "\(shape): the route was cut")
        }
    }

    @Test func markersHaveNoLabelAndMermaidSizes() {
        let label = Size(width: 80, height: 19)
        #expect(NodeShapeSizing.size(of: .smallCircle, label: label) == Size(width: 14, height: 14))
        #expect(NodeShapeSizing.size(of: .crossedCircle, label: label) == Size(width: 60, height: 60))
        #expect(NodeShapeSizing.size(of: .fork, label: label) == Size(width: 70, height: 10))
        #expect(NodeShapeSizing.size(of: .fork, label: label, direction: .leftToRight) == Size(width: 10, height: 70))
        #expect(!NodeShapeSizing.showsLabel(.fork) && NodeShapeSizing.showsLabel(.document))
    }

    /// A fork lies across the flow around it: its innermost subgraph's direction, else the diagram's.
    @Test func forkFollowsTheNearestDirection() {
        let diagram = FlowchartDiagram(
            direction: .topToBottom,
            nodes: [Fixtures.node("a", "", .fork), Fixtures.node("b", "", .fork, subgraph: 0),
                    Fixtures.node("c", "", .fork, subgraph: 1)],
            subgraphs: [FlowSubgraph(id: "inner", title: FlowLabel("x"), parent: 1, range: Fixtures.range),
                        FlowSubgraph(id: "outer", title: FlowLabel("y"), direction: .leftToRight, range: Fixtures.range)])
        let sizes = FlowchartMeasurement(diagram, measurer: FakeMeasurer(), options: FlowchartSceneOptions())
            .graph.nodes.map(\.size)
        #expect(sizes == [Size(width: 70, height: 10), Size(width: 10, height: 70), Size(width: 10, height: 70)])
    }

    @Test func expandedSizingFollowsMermaidRules() {
        let l = Size(width: 40, height: 19)
        #expect(NodeShapeSizing.size(of: .document, label: l) == Size(width: 70, height: 49 * 1.25))
        #expect(NodeShapeSizing.size(of: .notchedRectangle, label: l) == Size(width: 67, height: 34))
        #expect(NodeShapeSizing.size(of: .linedRectangle, label: l) == Size(width: 86, height: 49))
        #expect(NodeShapeSizing.size(of: .windowPane, label: l) == Size(width: 80, height: 59))
        #expect(NodeShapeSizing.size(of: .triangle, label: l) == Size(width: 74, height: 74))
        #expect(NodeShapeSizing.size(of: .slopedRectangle, label: l) == Size(width: 70, height: 73.5))
        #expect(NodeShapeSizing.size(of: .flag, label: l) == Size(width: 70, height: 51))
        #expect(NodeShapeSizing.size(of: .datastore, label: l) == Size(width: 100, height: 49))
        // Documents push the label up out of the wave; the lined rectangle pushes it right.
        #expect(NodeShapeSizing.labelOffset(of: .document, box: Size(width: 70, height: 60)).y == -6)
        #expect(NodeShapeSizing.labelOffset(of: .linedRectangle, box: Size(width: 86, height: 49)).x == 4)
    }

    @Test func paintAndDetailsPerShape() {
        let box = Rect(x: 0, y: 0, width: 120, height: 80)
        #expect(NodeShapePaths(.text, in: box).paint == .invisible)
        #expect(NodeShapePaths(.braces, in: box).paint == .strokeOnly)
        #expect(NodeShapePaths(.fork, in: box).paint == .solidLine)
        #expect(NodeShapePaths(.filledCircle, in: box).paint == .solidBorder)
        #expect(NodeShapePaths(.datastore, in: box).details.count == 2)
        #expect(NodeShapePaths(.windowPane, in: box).details.count == 2)
        #expect(NodeShapePaths(.crossedCircle, in: box).details.count == 2)
        #expect(NodeShapePaths(.stackedDocument, in: box).layers.count == 2)
        #expect(NodeShapePaths(.stackedRectangle, in: box).layers.count == 2)
        #expect(NodeShapePaths(.framedCircle, in: box).solids.count == 1)
        #expect(NodeShapePaths(.linedCylinder, in: box).details.count == 2)
    }
}
