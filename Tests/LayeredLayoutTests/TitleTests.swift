import Geometry
@testable import LayeredLayout
import Testing

/// Routes entering a titled cluster pass beside its title, not through it.
@Suite struct TitleTests {
    /// The title box as the scene draws it: centred at the top inside the cluster box.
    static func titleBox(_ result: LayoutResult, _ graph: LayoutGraph, _ c: Int) -> Rect {
        let box = result.clusters[c], size = graph.clusters[c].titleSize
        return Rect(x: box.midX - size.width / 2, y: box.minY, width: size.width, height: size.height)
    }

    static func crossesTitle(_ result: LayoutResult, _ graph: LayoutGraph) -> Bool {
        graph.clusters.indices.contains { c in
            let t = titleBox(result, graph, c)
            return result.edges.contains { route in
                zip(route.points, route.points.dropFirst()).contains {
                    RoutePolyline.segmentEnters($0, $1, minX: t.minX, maxX: t.maxX, minY: t.minY, maxY: t.maxY)
                }
            }
        }
    }

    /// A chain of wide nodes, each in its own titled cluster (the straight route would run
    /// through every title below the first).
    @Test func chainEntersClustersBesideTheirTitles() {
        let graph = LayoutGraph(
            nodes: [Fixtures.node(220, 60, in: 0), Fixtures.node(220, 60, in: 1), Fixtures.node(220, 60, in: 2)],
            edges: [Fixtures.edge(0, 1), Fixtures.edge(1, 2)],
            clusters: [LayoutCluster(titleSize: Size(width: 150, height: 22), padding: 8),
                       LayoutCluster(titleSize: Size(width: 150, height: 22), padding: 8),
                       LayoutCluster(titleSize: Size(width: 150, height: 22), padding: 8)])
        let result = LayeredPipeline.run(graph)
        #expect(Invariants.violations(graph, result) == [])
        #expect(!Self.crossesTitle(result, graph))
        // Still straight down: a vertical run beside the title.
        for route in result.edges {
            let inner = route.points.dropFirst().dropLast()
            #expect(inner.allSatisfy { abs($0.x - (inner.first?.x ?? 0)) < 0.5 })
        }
    }

    /// A node above a titled cluster holding one narrow node under its title.
    @Test func edgeIntoClusterAvoidsTitle() {
        let graph = LayoutGraph(
            nodes: [Fixtures.node(120, 40), Fixtures.node(100, 40, in: 0), Fixtures.node(60, 40, in: 0)],
            edges: [Fixtures.edge(0, 1), Fixtures.edge(1, 2)],
            clusters: [LayoutCluster(titleSize: Size(width: 60, height: 20), padding: 8)])
        let result = LayeredPipeline.run(graph)
        #expect(Invariants.violations(graph, result) == [])
        #expect(!Self.crossesTitle(result, graph))
    }
}
