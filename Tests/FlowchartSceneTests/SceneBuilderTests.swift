import Flowchart
import Geometry
import LayeredLayout
import Scene
import Testing
@testable import FlowchartScene

@Suite struct SceneBuilderTests {
    /// A outside, subgraph "sg" holding B and C; edges A->B (labelled), B->C, A->sg.
    func clusterDiagram() -> FlowchartDiagram {
        FlowchartDiagram(
            direction: .leftToRight,
            nodes: [Fixtures.node("A", "Start"), Fixtures.node("B", "Check", .rhombus, subgraph: 0),
                    Fixtures.node("C", "Done", .stadium, subgraph: 0)],
            edges: [Fixtures.edge(0, 1, label: "go"), Fixtures.edge(1, 2),
                    FlowEdge(from: .node(0), to: .subgraph(0), range: Fixtures.range)],
            subgraphs: [FlowSubgraph(id: "sg", title: FlowLabel("Group"), direction: .topToBottom, range: Fixtures.range)],
            config: FlowchartConfig(nodeSpacing: 30, rankSpacing: 70))
    }

    /// A hand-made layout like the real one: cluster box, label rects, bends, cluster endpoint.
    func clusterLayout(_ graph: LayoutGraph) -> LayoutResult {
        let a = Rect(center: Point(x: 60, y: 150), size: graph.nodes[0].size)
        let b = Rect(center: Point(x: 300, y: 100), size: graph.nodes[1].size)
        let c = Rect(center: Point(x: 300, y: 260), size: graph.nodes[2].size)
        let cluster = Rect(x: 220, y: 20, width: 160, height: 290)
        let labelSize = graph.edges[0].labelSize ?? .zero
        return LayoutResult(
            nodes: [a, b, c],
            edges: [EdgeRoute(points: [a.center, Point(x: 170, y: 100), b.center],
                              labelRect: Rect(center: Point(x: 170, y: 100), size: labelSize)),
                    EdgeRoute(points: [b.center, c.center]),
                    EdgeRoute(points: [a.center, Point(x: 150, y: 300), Point(x: 220, y: 300)])],
            clusters: [cluster], size: Size(width: 400, height: 330))
    }

    @Test func layoutGraphCarriesSizesOptionsAndClusters() throws {
        var seen: LayoutGraph?
        _ = Fixtures.draw(clusterDiagram()) { graph in
            seen = graph
            return clusterLayout(graph)
        }
        let graph = try #require(seen)
        #expect(graph.options.direction == .leftToRight)
        #expect(graph.options.nodeSpacing == 30 && graph.options.rankSpacing == 70)
        #expect(graph.nodes[0].size == Size(width: 5 * 8 + 60, height: 19 + 30))
        #expect(graph.nodes[1].cluster == 0)
        #expect(graph.edges[0].labelSize == Size(width: 16, height: 19))
        #expect(graph.edges[2].to == .cluster(0))
        #expect(graph.clusters[0].titleSize == Size(width: 40 + 16, height: 19 + 4))
        #expect(graph.clusters[0].direction == .topToBottom)
    }

    @Test func clusterIsDrawnWithTitleAtTheTopInside() throws {
        let drawing = Fixtures.draw(clusterDiagram(), layout: clusterLayout)
        let cluster = try #require(Fixtures.groups(drawing.frame, "cluster").first)
        #expect(cluster.tag.data == [Tag.KeyValue("id", "sg")])
        let box = drawing.layout.clusters[0]
        #expect(Fixtures.shapes(cluster).first?.path.bounds == box)
        #expect(Fixtures.shapes(cluster).first?.fill == Color(rgb: 0xFFFFDE))
        let title = try #require(Fixtures.texts(cluster).first)
        #expect(title.plainText == "Group")
        #expect(title.tag.classes == ["cluster-title"])
        #expect(box.contains(title.box))
        #expect(abs(title.box.midX - box.midX) < 1e-9)
        #expect(title.box.minY - box.minY < 10)
    }

    @Test func edgeToClusterStopsAtItsBorder() throws {
        let drawing = Fixtures.draw(clusterDiagram(), layout: clusterLayout)
        let edges = Fixtures.groups(drawing.frame, "edge")
        let toCluster = try #require(edges.first { $0.tag.data.contains(Tag.KeyValue("to", "sg")) })
        let head = try #require(Fixtures.shapes(toCluster, "arrowhead").first)
        guard case .move(let tip) = head.path.elements.first else { Issue.record("no tip"); return }
        #expect(abs(tip.x - drawing.layout.clusters[0].minX) < 1e-9)
    }

    @Test func edgeLabelSitsOnItsRectWithThemeBackground() throws {
        let drawing = Fixtures.draw(clusterDiagram(), layout: clusterLayout)
        let label = try #require(Fixtures.groups(drawing.frame, "edge-label").first)
        let rect = try #require(drawing.layout.edges[0].labelRect)
        #expect(Fixtures.shapes(label).first?.path.bounds == rect)
        #expect(Fixtures.shapes(label).first?.fill == FlowchartTheme.default.edgeLabelBackground)
        #expect(Fixtures.texts(label).first?.plainText == "go")
        #expect(Fixtures.texts(label).first?.box.center == rect.center)
    }

    @Test func drawOrderIsClustersEdgesLabelsNodes() {
        let frame = Fixtures.draw(clusterDiagram(), layout: clusterLayout).frame
        let kinds = frame.items.compactMap { item -> String? in
            if case .group(let g) = item { return g.tag.classes.first }
            return nil
        }
        #expect(kinds == ["cluster", "edge", "edge", "edge", "edge-label", "node", "node", "node"])
    }

    @Test func frameIsLayoutPlusPaddingAndTitleAbove() throws {
        var diagram = clusterDiagram()
        let plain = Fixtures.draw(diagram, layout: clusterLayout)
        #expect(plain.frame.size == Size(width: 416, height: 346))
        #expect(plain.offset == Point(x: 8, y: 8))
        #expect(plain.frame.title == nil)
        diagram.title = "My chart"
        let titled = Fixtures.draw(diagram, layout: clusterLayout)
        #expect(titled.frame.title == "My chart")
        guard case .text(let title) = titled.frame.items.first else { Issue.record("no title"); return }
        #expect(title.plainText == "My chart")
        #expect(abs(title.box.midX - titled.frame.size.width / 2) < 1e-9)
        #expect(titled.offset.y > title.box.maxY)
        #expect(titled.frame.size.height == 346 + titled.offset.y - 8)
    }

    @Test func nodeGroupHoldsShapeAndLabel() throws {
        let drawing = Fixtures.draw(clusterDiagram(), layout: clusterLayout)
        let node = try #require(Fixtures.groups(drawing.frame, "node").first)
        #expect(node.tag.data == [Tag.KeyValue("id", "A")])
        #expect(Fixtures.shapes(node).first?.path.bounds == drawing.layout.nodes[0])
        let text = try #require(Fixtures.texts(node).first)
        #expect(text.plainText == "Start")
        #expect(text.box.center == drawing.layout.nodes[0].center)
        #expect(text.style.family == "Inter" && text.style.size == 16)
    }
}
