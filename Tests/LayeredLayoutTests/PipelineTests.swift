import Geometry
import Testing
@testable import LayeredLayout

@Suite struct PipelineTests {
    static let directions = LayoutDirection.allCases

    @Test(arguments: directions) func chainRunsDownTheRanks(direction: LayoutDirection) {
        let graph = LayoutGraph(nodes: [Fixtures.node(), Fixtures.node(), Fixtures.node()],
                                edges: [Fixtures.edge(0, 1), Fixtures.edge(1, 2)],
                                options: LayoutOptions(direction: direction))
        let result = LayeredPipeline.run(graph)
        #expect(Invariants.violations(graph, result) == [])
        let c = result.nodes.map(\.center)
        switch direction {
        case .topToBottom: #expect(c[0].y < c[1].y && c[1].y < c[2].y)
        case .bottomToTop: #expect(c[0].y > c[1].y && c[1].y > c[2].y)
        case .leftToRight: #expect(c[0].x < c[1].x && c[1].x < c[2].x)
        case .rightToLeft: #expect(c[0].x > c[1].x && c[1].x > c[2].x)
        }
    }

    @Test func chainIsStraightAndSpacedByRankSpacing() {
        let graph = LayoutGraph(nodes: [Fixtures.node(), Fixtures.node()], edges: [Fixtures.edge(0, 1)])
        let result = LayeredPipeline.run(graph)
        #expect(result.nodes[0] == Rect(x: 0, y: 0, width: 40, height: 30))
        #expect(result.nodes[1] == Rect(x: 0, y: 80, width: 40, height: 30))
        #expect(result.size == Size(width: 40, height: 110))
        #expect(result.edges[0].points == [Point(x: 20, y: 15), Point(x: 20, y: 95)])
    }

    @Test(arguments: directions) func randomDags(direction: LayoutDirection) {
        for seed in UInt64(1)...8 {
            let graph = Fixtures.random(seed: seed, nodes: 25, edges: 35, acyclic: true, direction: direction)
            #expect(Invariants.violations(graph, LayeredPipeline.run(graph)) == [], "seed \(seed)")
        }
    }

    @Test(arguments: directions) func randomCyclicGraphsWithLabels(direction: LayoutDirection) {
        for seed in UInt64(20)...27 {
            let graph = Fixtures.random(seed: seed, nodes: 20, edges: 30, acyclic: false, labels: true, direction: direction)
            #expect(Invariants.violations(graph, LayeredPipeline.run(graph)) == [], "seed \(seed)")
        }
    }

    @Test(arguments: directions) func randomClusteredGraphs(direction: LayoutDirection) {
        for seed in UInt64(40)...49 {
            let graph = Fixtures.random(seed: seed, nodes: 24, edges: 30, acyclic: seed % 2 == 0, clusters: 5,
                                        labels: seed % 3 == 0, direction: direction)
            #expect(Invariants.violations(graph, LayeredPipeline.run(graph)) == [], "seed \(seed)")
        }
    }

    @Test(arguments: directions) func randomGraphsWithClusterEnds(direction: LayoutDirection) {
        for seed in UInt64(60)...69 {
            let graph = Fixtures.random(seed: seed, nodes: 20, edges: 28, acyclic: seed % 2 == 0, clusters: 4,
                                        labels: seed % 3 == 0, clusterEnds: true, direction: direction)
            #expect(Invariants.violations(graph, LayeredPipeline.run(graph)) == [], "seed \(seed)")
        }
    }

    @Test func largerClusteredGraph() {
        let graph = Fixtures.random(seed: 77, nodes: 150, edges: 220, acyclic: false, clusters: 12, labels: true,
                                    clusterEnds: true)
        #expect(Invariants.violations(graph, LayeredPipeline.run(graph)) == [])
    }

    @Test func sameInputGivesTheSameResult() {
        let graph = Fixtures.random(seed: 7, nodes: 40, edges: 60, acyclic: false, clusters: 6, labels: true)
        #expect(LayeredPipeline.run(graph) == LayeredPipeline.run(graph))
    }

    @Test func emptyGraph() {
        let result = LayeredPipeline.run(LayoutGraph())
        #expect(result.size == .zero)
        #expect(result.nodes.isEmpty)
    }

    @Test func hugeAndNegativeValuesAreTamed() {
        let graph = LayoutGraph(nodes: [Fixtures.node(-5, .nan), Fixtures.node()],
                                edges: [Fixtures.edge(0, 1, minLength: 1_000_000), Fixtures.edge(1, 0, minLength: -3)],
                                options: LayoutOptions(nodeSpacing: -10, rankSpacing: -1))
        let result = LayeredPipeline.run(graph)
        #expect(result.nodes.count == 2)
        #expect(result.size.height.isFinite && result.size.height < 10_000)
    }

    @Test func invalidIdsAreTolerated() {
        let graph = LayoutGraph(nodes: [Fixtures.node(in: 9)],
                                edges: [LayoutEdge(from: .node(0), to: .node(5)), LayoutEdge(from: .cluster(3), to: .node(0))],
                                clusters: [LayoutCluster(parent: 0)])
        let result = LayeredPipeline.run(graph)
        #expect(result.nodes.count == 1)
        #expect(result.edges.allSatisfy { $0.points.isEmpty })
    }
}

@Suite struct InvariantCheckerTests {
    @Test func brokenLayoutsAreCaught() {
        let graph = LayoutGraph(nodes: [Fixtures.node(in: 0), Fixtures.node(), Fixtures.node()],
                                edges: [Fixtures.edge(0, 1, label: Size(width: 20, height: 10)), Fixtures.edge(1, 2)],
                                clusters: [LayoutCluster(titleSize: Size(width: 30, height: 10))])
        let good = LayeredPipeline.run(graph)
        #expect(Invariants.violations(graph, good) == [])
        var overlapping = good
        overlapping.nodes[2] = overlapping.nodes[1].offsetBy(dx: 5, dy: 5)
        #expect(!Invariants.violations(graph, overlapping).isEmpty)
        var shrunk = good
        shrunk.clusters[0] = shrunk.clusters[0].insetBy(dx: 10, dy: 10)
        #expect(!Invariants.violations(graph, shrunk).isEmpty)
        var misrouted = good
        misrouted.edges[1].points.reverse()
        #expect(!Invariants.violations(graph, misrouted).isEmpty)
        var labelOnNode = good
        labelOnNode.edges[0].labelRect = Rect(center: good.nodes[1].center, size: Size(width: 20, height: 10))
        #expect(!Invariants.violations(graph, labelOnNode).isEmpty)
    }
}

@Suite struct TimingTests {
    @Test func measuredListsEveryPassAndTheSameResult() {
        let graph = Fixtures.random(seed: 5, nodes: 12, edges: 16, acyclic: false, clusters: 2)
        let (result, timings) = LayeredPipeline.measured(graph)
        #expect(result == LayeredPipeline.run(graph))
        #expect(timings.map(\.pass).contains("order"))
        #expect(timings.count == 16)
    }
}
