import Testing
@testable import Geometry

/// Exact small cases for the math edges are clipped and checked with.
@Suite struct GeometryTests {
    @Test func crossingSegmentsMeetWhereTheyCross() {
        let p = Intersection.segments(Point(x: 0, y: 0), Point(x: 10, y: 10), Point(x: 0, y: 10), Point(x: 10, y: 0))
        #expect(p == Point(x: 5, y: 5))
        #expect(Intersection.segments(Point(x: 0, y: 0), Point(x: 1, y: 0), Point(x: 0, y: 1), Point(x: 1, y: 1)) == nil)
        #expect(Intersection.segments(Point(x: 0, y: 0), Point(x: 1, y: 1), Point(x: 2, y: 0), Point(x: 3, y: -1)) == nil)
    }

    @Test func exitIsWhereALineLeavesADiamond() {
        let diamond = [Point(x: 0, y: -10), Point(x: 10, y: 0), Point(x: 0, y: 10), Point(x: -10, y: 0), Point(x: 0, y: -10)]
        let exit = Intersection.exit(from: Point(x: 0, y: 0), to: Point(x: 20, y: 0), outline: diamond)
        #expect(exit == Point(x: 10, y: 0))
        #expect(Intersection.contains(Point(x: 4, y: 4), outline: diamond))
        #expect(!Intersection.contains(Point(x: 6, y: 6), outline: diamond))
    }

    @Test func segmentCrossesTheInteriorOfARectOnly() {
        let box = Rect(x: 0, y: 0, width: 10, height: 10)
        #expect(Intersection.segment(Point(x: -5, y: 5), Point(x: 15, y: 5), crosses: box))
        // Running along an edge or passing beside the box is not crossing it.
        #expect(!Intersection.segment(Point(x: -5, y: 0), Point(x: 15, y: 0), crosses: box))
        #expect(!Intersection.segment(Point(x: -5, y: 12), Point(x: 15, y: 12), crosses: box))
    }

    @Test func rectsUniteIntersectAndContain() {
        let a = Rect(x: 0, y: 0, width: 10, height: 10)
        let b = Rect(x: 5, y: 5, width: 10, height: 10)
        #expect(a.union(b) == Rect(x: 0, y: 0, width: 15, height: 15))
        #expect(a.intersects(b))
        #expect(!a.intersects(Rect(x: 20, y: 0, width: 1, height: 1)))
        #expect(a.contains(Point(x: 5, y: 5)))
        #expect(!a.contains(Point(x: 10.5, y: 5)))
        #expect(Rect.bounding([Point(x: 3, y: -1), Point(x: -2, y: 4)]) == Rect(x: -2, y: -1, width: 5, height: 5))
        #expect(Rect(center: Point(x: 5, y: 5), size: Size(width: 4, height: 2)) == Rect(x: 3, y: 4, width: 4, height: 2))
    }

    @Test func transformsComposeInOrder() {
        let move = Transform.translation(10, 0)
        let grow = Transform.scale(2, 3)
        // One order moves then scales, the other scales then moves: they differ.
        let a = move.concatenating(grow).apply(Point(x: 1, y: 1))
        let b = grow.concatenating(move).apply(Point(x: 1, y: 1))
        #expect(Set([a, b]) == Set([Point(x: 12, y: 3), Point(x: 22, y: 3)]))
        #expect(Transform.identity.isIdentity && !move.isIdentity)
    }

    @Test func pathBoundsAndTransformFollowThePoints() {
        let path = Path.polygon([Point(x: 0, y: 0), Point(x: 4, y: 0), Point(x: 4, y: 2)])
        #expect(path.bounds == Rect(x: 0, y: 0, width: 4, height: 2))
        #expect(path.transformed(by: .translation(1, 1)).bounds == Rect(x: 1, y: 1, width: 4, height: 2))
        let circle = Path.ellipse(in: Rect(x: 0, y: 0, width: 10, height: 10))
        for point in circle.flattened().flatMap({ $0 }) {
            #expect(abs(point.distance(to: Point(x: 5, y: 5)) - 5) < 0.05)
        }
    }
}
