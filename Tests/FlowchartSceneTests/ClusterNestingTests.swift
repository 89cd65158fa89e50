import Flowchart
import Geometry
import LayeredLayout
import Scene
import Testing
@testable import FlowchartScene

@Suite struct ClusterNestingTests {
    /// Subgraphs listed inner-first on purpose: "inner" (index 0) sits in "outer" (index 1).
    func nested(innerTitle: String = "Inner") -> FlowchartDiagram {
        FlowchartDiagram(
            nodes: [Fixtures.node("A", subgraph: 0), Fixtures.node("B", subgraph: 1)],
            edges: [Fixtures.edge(0, 1)],
            subgraphs: [FlowSubgraph(id: "inner", title: FlowLabel(innerTitle), parent: 1, range: Fixtures.range),
                        FlowSubgraph(id: "outer", title: FlowLabel("Outer"), range: Fixtures.range)])
    }

    func layout(_ graph: LayoutGraph) -> LayoutResult {
        let a = Rect(center: Point(x: 100, y: 80), size: graph.nodes[0].size)
        let b = Rect(center: Point(x: 100, y: 220), size: graph.nodes[1].size)
        return LayoutResult(nodes: [a, b], edges: [EdgeRoute(points: [a.center, b.center])],
                            clusters: [Rect(x: 30, y: 30, width: 140, height: 90), Rect(x: 10, y: 0, width: 180, height: 260)],
                            size: Size(width: 200, height: 270))
    }

    @Test func outerClustersAreDrawnFirst() {
        let frame = Fixtures.draw(nested(), layout: layout).frame
        let ids = Fixtures.groups(frame, "cluster").map { $0.tag.data.first?.value }
        #expect(ids == ["outer", "inner"])
        let outerIndex = frame.items.firstIndex { if case .group(let g) = $0 { return g.tag.data.first?.value == "outer" } else { return false } }
        #expect(outerIndex == 0)
    }

    @Test func blankTitleHasNoSizeAndNoText() throws {
        var seen: LayoutGraph?
        let frame = Fixtures.draw(nested(innerTitle: " ")) { graph in
            seen = graph
            return layout(graph)
        }.frame
        #expect(seen?.clusters[0].titleSize == .zero)
        #expect(seen?.clusters[0].parent == 1)
        let inner = try #require(Fixtures.groups(frame, "cluster").first { $0.tag.data.first?.value == "inner" })
        #expect(Fixtures.texts(inner).isEmpty)
    }

    @Test func darkThemeClusterAndTextColours() throws {
        var diagram = nested()
        diagram.config.theme = "dark"
        let frame = Fixtures.draw(diagram, layout: layout).frame
        let outer = try #require(Fixtures.groups(frame, "cluster").first)
        #expect(Fixtures.shapes(outer).first?.fill == Color(rgb: 0x474949))
        #expect(Fixtures.texts(outer).first?.style.color == Color(rgb: 0xF9FFFE))
        let node = try #require(Fixtures.groups(frame, "node").first)
        #expect(Fixtures.texts(node).first?.style.color == Color(rgb: 0xCCCCCC))
        let edge = try #require(Fixtures.groups(frame, "edge").first)
        #expect(Fixtures.shapes(edge, "edge-path").first?.stroke?.color == Color(rgb: 0xD3D3D3))
    }
}
