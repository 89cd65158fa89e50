import Geometry
import Testing
@testable import LayeredLayout

@Suite struct FeatureTests {
    @Test(arguments: LayoutDirection.allCases) func selfLoopSitsBesideItsNode(direction: LayoutDirection) {
        let graph = LayoutGraph(nodes: [Fixtures.node(), Fixtures.node()],
                                edges: [Fixtures.edge(0, 0, label: Size(width: 30, height: 12)), Fixtures.edge(0, 1)],
                                options: LayoutOptions(direction: direction))
        let result = LayeredPipeline.run(graph)
        #expect(Invariants.violations(graph, result) == [])
        let loop = result.edges[0]
        #expect(loop.points.count > 2)
        #expect(loop.points.first == result.nodes[0].center && loop.points.last == result.nodes[0].center)
        #expect(loop.points.contains { !result.nodes[0].contains($0) })
    }

    @Test(arguments: LayoutDirection.allCases) func edgesToAClusterEndOnItsBorder(direction: LayoutDirection) {
        let graph = LayoutGraph(
            nodes: [Fixtures.node(), Fixtures.node(in: 0), Fixtures.node(in: 0), Fixtures.node()],
            edges: [LayoutEdge(from: .node(0), to: .cluster(0)), LayoutEdge(from: .cluster(0), to: .node(3)),
                    Fixtures.edge(1, 2)],
            clusters: [LayoutCluster(titleSize: Size(width: 80, height: 20), padding: 10)],
            options: LayoutOptions(direction: direction))
        let result = LayeredPipeline.run(graph)
        #expect(Invariants.violations(graph, result) == [])
    }

    @Test(arguments: LayoutDirection.allCases) func emptyClusterFitsItsTitle(direction: LayoutDirection) {
        let graph = LayoutGraph(nodes: [Fixtures.node()],
                                edges: [LayoutEdge(from: .node(0), to: .cluster(0))],
                                clusters: [LayoutCluster(titleSize: Size(width: 120, height: 20), padding: 8)],
                                options: LayoutOptions(direction: direction))
        let result = LayeredPipeline.run(graph)
        #expect(Invariants.violations(graph, result) == [])
        #expect(result.clusters[0].width >= 136 && result.clusters[0].height >= 36)
    }

    @Test func nestedClustersNestTheirBoxes() {
        let graph = LayoutGraph(
            nodes: [Fixtures.node(in: 1), Fixtures.node(in: 1), Fixtures.node(in: 0), Fixtures.node(in: 2), Fixtures.node()],
            edges: [Fixtures.edge(0, 1), Fixtures.edge(2, 0), Fixtures.edge(1, 3), Fixtures.edge(4, 3), Fixtures.edge(4, 2)],
            clusters: [LayoutCluster(titleSize: Size(width: 60, height: 18)),
                       LayoutCluster(parent: 0, titleSize: Size(width: 50, height: 18)),
                       LayoutCluster(titleSize: Size(width: 200, height: 18))])
        let result = LayeredPipeline.run(graph)
        #expect(Invariants.violations(graph, result) == [])
        #expect(result.clusters[0].contains(result.clusters[1]))
        #expect(!result.clusters[0].intersects(result.clusters[2]))
    }

    @Test func labelsGetTheirOwnRank() throws {
        let graph = LayoutGraph(nodes: [Fixtures.node(), Fixtures.node(), Fixtures.node()],
                                edges: [Fixtures.edge(0, 1, label: Size(width: 60, height: 20)), Fixtures.edge(0, 2)])
        let result = LayeredPipeline.run(graph)
        #expect(Invariants.violations(graph, result) == [])
        let label = try #require(result.edges[0].labelRect)
        #expect(label.minY >= result.nodes[0].maxY && label.maxY <= result.nodes[1].minY)
        #expect(result.edges[0].points.contains(label.center))
    }

    @Test func clusterDirectionIsHonouredWhenNoEdgeCrossesIt() {
        // Outer graph top-to-bottom; the cluster's chain runs left to right.
        let graph = LayoutGraph(
            nodes: [Fixtures.node(), Fixtures.node(in: 0), Fixtures.node(in: 0), Fixtures.node(in: 0)],
            edges: [Fixtures.edge(1, 2), Fixtures.edge(2, 3)],
            clusters: [LayoutCluster(titleSize: Size(width: 40, height: 16), direction: .leftToRight)])
        let result = LayeredPipeline.run(graph)
        #expect(Invariants.violations(graph, result) == [])
        let c = result.nodes.map(\.center)
        #expect(c[1].x < c[2].x && c[2].x < c[3].x && c[1].y == c[2].y)
    }

    /// Unlike mermaid.js, the direction holds when a member links outside (issue 5, target 4).
    @Test func clusterDirectionHoldsWhenAnEdgeCrossesIt() {
        let graph = LayoutGraph(
            nodes: [Fixtures.node(), Fixtures.node(in: 0), Fixtures.node(in: 0)],
            edges: [Fixtures.edge(1, 2), Fixtures.edge(0, 1)],
            clusters: [LayoutCluster(direction: .leftToRight)])
        let result = LayeredPipeline.run(graph)
        #expect(Invariants.violations(graph, result) == [])
        #expect(result.nodes[1].midY == result.nodes[2].midY && result.nodes[1].midX < result.nodes[2].midX)
    }

    @Test func invisibleEdgesStillGetRoutes() {
        let graph = LayoutGraph(nodes: [Fixtures.node(), Fixtures.node()],
                                edges: [LayoutEdge(from: .node(0), to: .node(1), isInvisible: true)])
        #expect(LayeredPipeline.run(graph).edges[0].points.count == 2)
    }

    @Test func leftToRightChainIsExact() {
        let graph = LayoutGraph(nodes: [Fixtures.node(), Fixtures.node()], edges: [Fixtures.edge(0, 1)],
                                options: LayoutOptions(direction: .leftToRight))
        let result = LayeredPipeline.run(graph)
        #expect(result.nodes == [Rect(x: 0, y: 0, width: 40, height: 30), Rect(x: 90, y: 0, width: 40, height: 30)])
        #expect(result.size == Size(width: 130, height: 30))
    }

    @Test func clusterToClusterEdgeStacksTheBoxes() {
        let graph = LayoutGraph(
            nodes: [Fixtures.node(in: 0), Fixtures.node(in: 0), Fixtures.node(in: 1)],
            edges: [Fixtures.edge(0, 1), LayoutEdge(from: .cluster(0), to: .cluster(1))],
            clusters: [LayoutCluster(titleSize: Size(width: 30, height: 14)), LayoutCluster(titleSize: Size(width: 30, height: 14))])
        let result = LayeredPipeline.run(graph)
        #expect(Invariants.violations(graph, result) == [])
        #expect(result.clusters[0].maxY + graph.options.rankSpacing / 2 <= result.clusters[1].minY)
        let route = result.edges[1].points
        #expect(route.first.map { abs($0.y - result.clusters[0].maxY) < 0.01 } == true)
        #expect(route.last.map { abs($0.y - result.clusters[1].minY) < 0.01 } == true)
    }

    @Test func directedClusterNestedInAPlainOne() {
        let graph = LayoutGraph(
            nodes: [Fixtures.node(), Fixtures.node(in: 0), Fixtures.node(in: 1), Fixtures.node(in: 1), Fixtures.node(in: 1)],
            edges: [Fixtures.edge(0, 1), Fixtures.edge(2, 3), Fixtures.edge(3, 4), LayoutEdge(from: .node(1), to: .node(0), minLength: 2)],
            clusters: [LayoutCluster(titleSize: Size(width: 50, height: 16)),
                       LayoutCluster(parent: 0, titleSize: Size(width: 70, height: 16), direction: .rightToLeft)])
        let result = LayeredPipeline.run(graph)
        #expect(Invariants.violations(graph, result) == [])
        let c = result.nodes.map(\.center)
        #expect(c[2].x > c[3].x && c[3].x > c[4].x && c[2].y == c[4].y)
    }

    @Test func selfLoopInsideACluster() {
        let graph = LayoutGraph(nodes: [Fixtures.node(in: 0), Fixtures.node(in: 0), Fixtures.node()],
                                edges: [Fixtures.edge(0, 0, label: Size(width: 24, height: 12)), Fixtures.edge(0, 1), Fixtures.edge(2, 1)],
                                clusters: [LayoutCluster(titleSize: Size(width: 40, height: 14))])
        let result = LayeredPipeline.run(graph)
        #expect(Invariants.violations(graph, result) == [])
        let loop = result.edges[0]
        #expect(loop.points.allSatisfy { result.clusters[0].contains($0) })
        #expect(loop.labelRect.map { result.clusters[0].contains($0) } == true)
    }

    @Test func parallelAndOppositeEdges() {
        let graph = LayoutGraph(nodes: [Fixtures.node(), Fixtures.node()],
                                edges: [Fixtures.edge(0, 1), Fixtures.edge(0, 1, label: Size(width: 20, height: 10)),
                                        Fixtures.edge(1, 0, label: Size(width: 20, height: 10))])
        let result = LayeredPipeline.run(graph)
        #expect(Invariants.violations(graph, result) == [])
        #expect(result.nodes[0].midY < result.nodes[1].midY)
    }

    @Test func fanOutKeepsInputOrderAndCentresTheParent() {
        let graph = LayoutGraph(nodes: (0..<4).map { _ in Fixtures.node() },
                                edges: [Fixtures.edge(0, 1), Fixtures.edge(0, 2), Fixtures.edge(0, 3)])
        let result = LayeredPipeline.run(graph)
        let x = result.nodes.map(\.midX)
        #expect(x[1] < x[2] && x[2] < x[3])
        #expect(abs(x[0] - x[2]) < 0.01)
    }

    @Test func diamondIsSymmetric() {
        let graph = LayoutGraph(nodes: (0..<4).map { _ in Fixtures.node() },
                                edges: [Fixtures.edge(0, 1), Fixtures.edge(0, 2), Fixtures.edge(1, 3), Fixtures.edge(2, 3)])
        let result = LayeredPipeline.run(graph)
        let x = result.nodes.map(\.midX)
        #expect(abs(x[0] - x[3]) < 0.01)
        #expect(abs((x[1] + x[2]) / 2 - x[0]) < 0.01)
        #expect(x[2] - x[1] == 40 + graph.options.nodeSpacing)
    }
}
