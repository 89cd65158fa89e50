import Geometry
import Testing
@testable import LayeredLayout

/// Parallel and reciprocal edges drawn apart, clusters laid out as one unit in their own
/// direction even when members link outside, and edges to a cluster beside their other end.
@Suite struct UnitAndParallelTests {
    @Test(arguments: [LayoutDirection.topToBottom, .leftToRight])
    func parallelAndReciprocalEdgesAreApart(direction: LayoutDirection) {
        let label = Size(width: 24, height: 12)
        for labelled in [false, true] {
            var graph = LayoutGraph(nodes: [Fixtures.node(80, 40), Fixtures.node(80, 40)],
                                    edges: [Fixtures.edge(0, 1), Fixtures.edge(0, 1), Fixtures.edge(1, 0)],
                                    options: LayoutOptions(direction: direction))
            if labelled { for i in graph.edges.indices { graph.edges[i].labelSize = label } }
            let result = LayeredPipeline.run(graph)
            #expect(Invariants.violations(graph, result) == [])
            let routes = result.edges.map(\.points)
            // Every pair of routes is apart at both ends (each end is in one of the two boxes).
            for i in routes.indices {
                for j in routes.indices where j > i {
                    let endsI = Set([routes[i].first, routes[i].last].compactMap { $0 }.map { "\($0.x),\($0.y)" })
                    let endsJ = Set([routes[j].first, routes[j].last].compactMap { $0 }.map { "\($0.x),\($0.y)" })
                    #expect(endsI.isDisjoint(with: endsJ), "routes \(i) and \(j) share an end (labelled: \(labelled))")
                }
            }
            let labels = result.edges.compactMap(\.labelRect)
            for i in labels.indices { for j in labels.indices where j > i { #expect(!labels[i].intersects(labels[j])) } }
        }
    }

    /// `subgraph S; direction LR` in a TB graph, with members linked to nodes outside.
    @Test func clusterDirectionIsHonouredWhenMembersLinkOutside() {
        var graph = LayoutGraph(options: LayoutOptions(direction: .topToBottom))
        graph.clusters = [LayoutCluster(titleSize: Size(width: 30, height: 18), direction: .leftToRight)]
        graph.nodes = [Fixtures.node(), Fixtures.node(in: 0), Fixtures.node(in: 0), Fixtures.node(in: 0), Fixtures.node()]
        graph.edges = [Fixtures.edge(0, 1), Fixtures.edge(1, 2), Fixtures.edge(2, 3), Fixtures.edge(3, 4)]
        let result = LayeredPipeline.run(graph)
        #expect(Invariants.violations(graph, result) == [])
        let members = result.nodes[1...3]
        #expect(members.allSatisfy { abs($0.midY - result.nodes[1].midY) < 0.01 }, "members in one row")
        #expect(result.nodes[1].midX < result.nodes[2].midX && result.nodes[2].midX < result.nodes[3].midX)
        // Outside nodes above and below the unit; routes end at the members themselves.
        #expect(result.nodes[0].maxY <= result.clusters[0].minY && result.nodes[4].minY >= result.clusters[0].maxY)
        #expect(result.edges[0].points.last == result.nodes[1].center)
        #expect(result.edges[3].points.first == result.nodes[3].center)
    }

    /// A list of unlinked boxes in a cluster is stacked across the flow, not one wide row.
    @Test func unlinkedMembersStackAcrossTheFlow() {
        var graph = LayoutGraph()
        graph.clusters = [LayoutCluster(titleSize: Size(width: 30, height: 18))]
        graph.nodes = [Fixtures.node(120, 40)] + (0..<5).map { _ in Fixtures.node(120, 40, in: 0) }
        graph.edges = [LayoutEdge(from: .node(0), to: .cluster(0))]
        let result = LayeredPipeline.run(graph)
        #expect(Invariants.violations(graph, result) == [])
        #expect(result.clusters[0].width < 200, "width \(result.clusters[0].width)")
    }

    /// An edge from a cluster to a box beside it goes straight across the gap, side to side
    /// (mermaid's docs example: `three --> two` while `two --> c2` comes back into three).
    @Test func edgeToAClusterBesideGoesAcross() throws {
        var graph = LayoutGraph()
        let title = Size(width: 30, height: 18)
        graph.clusters = [LayoutCluster(titleSize: title), LayoutCluster(titleSize: title), LayoutCluster(titleSize: title)]
        // c1 c2 (three = 2), a1 a2 (one = 0), b1 b2 (two = 1)
        graph.nodes = [Fixtures.node(in: 2), Fixtures.node(in: 2), Fixtures.node(in: 0), Fixtures.node(in: 0),
                       Fixtures.node(in: 1), Fixtures.node(in: 1)]
        graph.edges = [Fixtures.edge(0, 3), Fixtures.edge(2, 3), Fixtures.edge(4, 5), Fixtures.edge(0, 1),
                       LayoutEdge(from: .cluster(0), to: .cluster(1)), LayoutEdge(from: .cluster(2), to: .cluster(1)),
                       LayoutEdge(from: .cluster(1), to: .node(1))]
        let result = LayeredPipeline.run(graph)
        #expect(Invariants.violations(graph, result) == [])
        let route = result.edges[5].points
        let three = result.clusters[2], two = result.clusters[1]
        let start = try #require(route.first), end = try #require(route.last)
        #expect(route.count == 2, "\(route)")
        #expect(abs(start.x - three.maxX) < 0.01 && abs(end.x - two.minX) < 0.01, "\(route) \(three) \(two)")
    }
}
