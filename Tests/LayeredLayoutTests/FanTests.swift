import Geometry
@testable import LayeredLayout
import Testing

/// A fan from one node: routes that bend in the first row below keep siblings bending too.
@Suite struct FanTests {
    /// A hub over a row of wide children two ranks down (a dummy row between, as labels make).
    static func fan() -> LayoutGraph {
        var graph = LayoutGraph(nodes: [Fixtures.node(60, 60)] + (0..<9).map { _ in Fixtures.node(180, 40) })
        graph.edges = (1...9).map { Fixtures.edge(0, $0, minLength: 2) }
        return graph
    }

    @Test func everyRouteOfTheFanBendsInTheDummyRowOrNone() {
        let graph = Self.fan()
        let result = LayeredPipeline.run(graph)
        #expect(Invariants.violations(graph, result) == [])
        let hub = result.nodes[0]
        // Inner points between the hub and the children's row.
        let bends = result.edges.map { route in
            route.points.dropFirst().dropLast().contains { $0.y > hub.maxY + 1 && $0.y < result.nodes[1].minY - 1 }
        }
        #expect(bends.contains(true))
        #expect(bends.allSatisfy { $0 == bends[0] })
    }
}
