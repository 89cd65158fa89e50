import Flowchart
import Foundation
import Geometry
import Testing
@testable import FlowchartScene

@Suite struct NodeShapeTests {
    let label = Size(width: 40, height: 19)

    @Test func sizingFollowsMermaidRules() {
        #expect(NodeShapeSizing.size(of: .rectangle, label: label) == Size(width: 100, height: 49))
        #expect(NodeShapeSizing.size(of: .roundedRectangle, label: label) == Size(width: 70, height: 49))
        #expect(NodeShapeSizing.size(of: .stadium, label: label) == Size(width: 40 + 34 / 4 + 15, height: 34))
        #expect(NodeShapeSizing.size(of: .subroutine, label: label) == Size(width: 71, height: 34))
        #expect(NodeShapeSizing.size(of: .circle, label: label) == Size(width: 55, height: 55))
        #expect(NodeShapeSizing.size(of: .doubleCircle, label: label) == Size(width: 70, height: 70))
        #expect(NodeShapeSizing.size(of: .rhombus, label: label) == Size(width: 89, height: 89))
        #expect(NodeShapeSizing.size(of: .hexagon, label: label) == Size(width: 72, height: 34))
        #expect(NodeShapeSizing.size(of: .parallelogram, label: label) == Size(width: 89, height: 34))
        #expect(NodeShapeSizing.size(of: .trapezoidAlt, label: label) == Size(width: 70 + 49, height: 49))
        let cylinder = NodeShapeSizing.size(of: .cylinder, label: label)
        let ry = 27.5 / (2.5 + 55.0 / 50)
        #expect(cylinder.width == 55)
        #expect(abs(cylinder.height - (34 + 3 * ry)) < 1e-9)
    }

    @Test func rhombusClipPointLiesOnTheDiamondEdge() throws {
        let box = Rect(x: 0, y: 0, width: 100, height: 60)
        let outline = NodeShapePaths(.rhombus, in: box).outline
        let outside = Point(x: 200, y: 80)
        let hit = Intersection.exit(from: box.center, to: outside, outline: outline)
        let p = try #require(hit)
        let onDiamond = abs(p.x - 50) / 50 + abs(p.y - 30) / 30
        #expect(abs(onDiamond - 1) < 1e-9)
        #expect(p.x < box.maxX - 1, "not the bounding box")
    }

    @Test func circleClipPointIsAtTheRadius() throws {
        let box = Rect(x: 10, y: 10, width: 80, height: 80)
        let outline = NodeShapePaths(.circle, in: box).outline
        for angle in stride(from: 0.1, to: 6.2, by: 0.7) {
            let far = box.center + Point(x: cos(angle), y: sin(angle)) * 500
            let p = try #require(Intersection.exit(from: box.center, to: far, outline: outline))
            #expect(abs(p.distance(to: box.center) - 40) < 0.05)
        }
    }

    @Test func subroutineHasInnerLinesAndCylinderItsLid() {
        let box = Rect(x: 0, y: 0, width: 80, height: 40)
        let sub = NodeShapePaths(.subroutine, in: box)
        #expect(sub.details.count == 2)
        #expect(sub.details[0].bounds.minX == 8)
        let cylinder = NodeShapePaths(.cylinder, in: box)
        #expect(cylinder.details.count == 1)
        #expect(cylinder.outer.bounds.height > 39.9)
    }

    @Test func asymmetricHasANotchOnTheLeft() {
        let box = Rect(x: 0, y: 0, width: 80, height: 40)
        let outline = NodeShapePaths(.asymmetric, in: box).outline
        #expect(!Intersection.contains(Point(x: 2, y: 20), outline: outline))
        #expect(Intersection.contains(Point(x: 78, y: 20), outline: outline))
    }
}
