import Geometry
import Testing
@testable import LayeredLayout

@Suite struct PassTests {
    @Test func breakCyclesLeavesEveryEdgePointingDown() {
        for seed in UInt64(100)...110 {
            let graph = Fixtures.random(seed: seed, nodes: 30, edges: 60, acyclic: false, clusters: seed % 2 == 0 ? 4 : 0)
            var g = BuildWorkGraph.run(graph)
            NestClusters.run(&g)
            BreakCycles.run(&g)
            #expect(BreakCycles.isAcyclic(g))
            RankNodes.run(&g)
            #expect(g.edges.allSatisfy { g.nodes[$0.to].rank - g.nodes[$0.from].rank >= $0.minLength }, "seed \(seed)")
        }
    }

    @Test func breakCyclesReversesOneEdgeOfATriangle() {
        let graph = LayoutGraph(nodes: [Fixtures.node(), Fixtures.node(), Fixtures.node()],
                                edges: [Fixtures.edge(0, 1), Fixtures.edge(1, 2), Fixtures.edge(2, 0)])
        var g = BuildWorkGraph.run(graph)
        BreakCycles.run(&g)
        #expect(g.edges.filter(\.reversed).count == 1)
        #expect(BreakCycles.isAcyclic(g))
    }

    @Test func routesOfReversedEdgesPointTheRightWay() {
        let graph = LayoutGraph(nodes: [Fixtures.node(), Fixtures.node(), Fixtures.node()],
                                edges: [Fixtures.edge(0, 1), Fixtures.edge(1, 2), Fixtures.edge(2, 0)])
        let result = LayeredPipeline.run(graph)
        for (i, e) in graph.edges.enumerated() {
            guard case .node(let a) = e.from, case .node(let b) = e.to else { continue }
            #expect(result.edges[i].points.first == result.nodes[a].center)
            #expect(result.edges[i].points.last == result.nodes[b].center)
        }
    }

    private func simplexRanks(_ n: Int, _ edges: [(Int, Int, Int, Double)]) -> [Int] {
        var s = NetworkSimplex(nodeCount: n, tails: edges.map(\.0), heads: edges.map(\.1),
                               minLength: edges.map(\.2), weight: edges.map(\.3))
        return s.solve(maxIterations: 1000)
    }

    @Test func networkSimplexDiamond() {
        #expect(simplexRanks(4, [(0, 1, 1, 1), (0, 2, 1, 1), (1, 3, 1, 1), (2, 3, 1, 1)]) == [0, 1, 1, 2])
    }

    @Test func networkSimplexHonoursMinimumLength() {
        // a→b (2), b→c, a→c: c must sit 3 below a.
        #expect(simplexRanks(3, [(0, 1, 2, 1), (1, 2, 1, 1), (0, 2, 1, 1)]) == [0, 2, 3])
    }

    @Test func networkSimplexPullsShortEdgesTight() {
        // Longest path would put 3 at rank 0 (sinks at the bottom); the optimum hangs it
        // right above its target: a→b→c→d and e→d.
        let ranks = simplexRanks(5, [(0, 1, 1, 1), (1, 2, 1, 1), (2, 3, 1, 1), (4, 3, 1, 1)])
        #expect(ranks == [0, 1, 2, 3, 2])
        // A heavy edge wins over two light ones: e→b (weight 5) and e→d.
        let weighted = simplexRanks(5, [(0, 1, 1, 1), (1, 2, 1, 1), (2, 3, 1, 1), (4, 1, 1, 5), (4, 3, 1, 1)])
        #expect(weighted == [0, 1, 2, 3, 0])
    }

    @Test func crossingCounterOnHandMadeOrders() {
        // Layer 0: 0 1 2, layer 1: 3 4 5.
        let down = [[5], [4], [3], [], [], []]
        #expect(CrossingCount.total(layers: [[0, 1, 2], [3, 4, 5]], down: down) == 3)
        #expect(CrossingCount.total(layers: [[0, 1, 2], [5, 4, 3]], down: down) == 0)
        #expect(CrossingCount.total(layers: [[0, 1, 2], [4, 5, 3]], down: down) == 1)
        // Segments sharing an endpoint never cross: 0→{3,4}, 1→3.
        let fan = [[3, 4], [3], [], [], []]
        #expect(CrossingCount.total(layers: [[0, 1], [3, 4]], down: fan) == 1)
        #expect(CrossingCount.total(layers: [[1, 0], [3, 4]], down: fan) == 0)
        #expect(CrossingCount.total(layers: [[0, 1], [4, 3]], down: fan) == 0)
    }

    @Test func avoidableCrossingsAreRemoved() {
        // Two parallel edges given in crossed input order: drawn without crossings.
        let graph = LayoutGraph(nodes: (0..<4).map { _ in Fixtures.node() },
                                edges: [Fixtures.edge(0, 3), Fixtures.edge(1, 2)])
        #expect(Fixtures.crossings(Fixtures.ordered(graph)) == 0)
        // A ladder with a shuffled bottom row.
        let ladder = LayoutGraph(nodes: (0..<8).map { _ in Fixtures.node() },
                                 edges: [Fixtures.edge(0, 7), Fixtures.edge(1, 5), Fixtures.edge(2, 4), Fixtures.edge(3, 6),
                                         Fixtures.edge(0, 1), Fixtures.edge(2, 3)])
        #expect(Fixtures.crossings(Fixtures.ordered(ladder)) == 0)
    }

    @Test func unavoidableCrossingIsCountedOnce() {
        // K2,2 on two layers always has exactly one crossing.
        let graph = LayoutGraph(nodes: (0..<4).map { _ in Fixtures.node() },
                                edges: [Fixtures.edge(0, 2), Fixtures.edge(0, 3), Fixtures.edge(1, 2), Fixtures.edge(1, 3)])
        #expect(Fixtures.crossings(Fixtures.ordered(graph)) == 1)
    }

    @Test func orderingKeepsClustersContiguous() {
        for seed in UInt64(200)...209 {
            let graph = Fixtures.random(seed: seed, nodes: 30, edges: 45, acyclic: false, clusters: 6)
            let g = Fixtures.ordered(graph)
            let sorter = LayerSorter(g)
            #expect(g.layers.allSatisfy { sorter.isContiguous($0) }, "seed \(seed)")
        }
    }

    @Test func layerSorterGroupsClusters() {
        var g = WorkGraph()
        g.clusters = [.init(parent: nil, depth: 0, insets: .zero)]
        for c in [nil, 0, nil, 0] as [Int?] { _ = g.addNode(.init(kind: .dummy, width: 0, height: 0, cluster: c)) }
        let sorter = LayerSorter(g)
        #expect(!sorter.isContiguous([0, 1, 2, 3]))
        let sorted = sorter.sort([0, 1, 2, 3], key: [0, 1, 2, 3])
        #expect(sorter.isContiguous(sorted))
        #expect(sorted == [0, 1, 3, 2])
    }
}
