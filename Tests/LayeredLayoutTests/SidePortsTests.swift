import Geometry
@testable import LayeredLayout
import Testing

/// Routes that reach one side of a box from far away meet it apart, in the order of their
/// approach, and still end at its centre.
@Suite struct SidePortsTests {
    /// Two tails up and to the left of a wide head; both routes come in through its left side.
    static func graph() -> WorkGraph {
        var g = WorkGraph()
        g.nodes = [WorkGraph.Node(kind: .real(0), width: 40, height: 20, x: 0, y: 0),
                   WorkGraph.Node(kind: .real(1), width: 40, height: 20, x: 50, y: 0),
                   WorkGraph.Node(kind: .real(2), width: 100, height: 40, x: 400, y: 100)]
        g.edges = [WorkGraph.Edge(from: 0, to: 2, minLength: 1, weight: 1, original: 0),
                   WorkGraph.Edge(from: 1, to: 2, minLength: 1, weight: 1, original: 1)]
        g.paths = [[0, 2], [1, 2]]
        g.routes = [EdgeRoute(points: [Point(x: 0, y: 0), Point(x: 400, y: 100)]),
                    EdgeRoute(points: [Point(x: 50, y: 0), Point(x: 400, y: 100)])]
        return g
    }

    @Test func headsOnOneSideAreSpreadInOrderOfApproach() {
        var g = Self.graph()
        SidePorts.spread(&g)
        let far = g.routes[0].points, near = g.routes[1].points
        #expect(far.count == 3 && near.count == 3)
        #expect(far.last == Point(x: 400, y: 100) && near.last == Point(x: 400, y: 100))
        // Aimed at the line halfway between centre and left side; the steeper (nearer) one higher.
        #expect(far[1].x == 375 && near[1].x == 375)
        #expect(near[1].y < far[1].y - 10)
        #expect(abs(near[1].y - 100) < 0.4 * 20 + 1e-9 && abs(far[1].y - 100) < 0.4 * 20 + 1e-9)
        // Where they cross the box's left side (x 350), they are apart and in that order.
        func height(_ p: Point, _ q: Point, atX x: Double) -> Double { p.y + (q.y - p.y) * (x - p.x) / (q.x - p.x) }
        #expect(height(near[0], near[1], atX: 350) < height(far[0], far[1], atX: 350) - 10)
    }

    @Test func singleEndsAndEndsFromAboveStay() {
        var g = Self.graph()
        g.routes[1].points = [Point(x: 380, y: 0), Point(x: 400, y: 100)]   // enters through the top
        let before = g.routes
        SidePorts.spread(&g)
        #expect(g.routes == before)
    }
}
