import Geometry
@testable import LayeredLayout
import Testing

/// A route whose end gets a port stub only because a sibling's end needed one must still
/// bend around the boxes beside its other end.
@Suite struct SiblingStubTests {
    /// Left to right: `s` sits above `d` in one rank; `s`, `d` and a long edge from `x` all
    /// enter `t`, far below `s` in the next rank (the long edge gives `t` its entry ports).
    static func stacked() -> LayoutGraph {
        var graph = LayoutGraph(options: LayoutOptions(direction: .leftToRight))
        // 0 x, 1 a, 2 s, 3 b, 4 d, 5 e, 6 f, 7 t
        graph.nodes = [Fixtures.node(150, 40), Fixtures.node(130, 40), Fixtures.node(130, 40), Fixtures.node(150, 40),
                       Fixtures.node(150, 40), Fixtures.node(150, 40), Fixtures.node(150, 40), Fixtures.node(150, 40)]
        graph.edges = [Fixtures.edge(0, 1), Fixtures.edge(1, 2), Fixtures.edge(0, 3), Fixtures.edge(3, 4),
                       Fixtures.edge(3, 5), Fixtures.edge(5, 6), Fixtures.edge(2, 7), Fixtures.edge(4, 7),
                       Fixtures.edge(6, 7), Fixtures.edge(0, 7)]
        return graph
    }

    @Test func routeFromTheUpperBoxMissesItsRankNeighbour() {
        let graph = Self.stacked()
        let result = LayeredPipeline.run(graph)
        #expect(Invariants.violations(graph, result) == [])
        #expect(QualityTests.routesThroughBoxes(graph, result) == [])
    }
}
