import Flowchart
import Geometry
import Scene
import Testing
@testable import FlowchartScene

@Suite struct StyleAndThemeTests {
    func twoNodes(theme: String? = nil) -> FlowchartDiagram {
        FlowchartDiagram(nodes: [Fixtures.node("A"), Fixtures.node("B")], edges: [Fixtures.edge(0, 1)],
                         config: FlowchartConfig(theme: theme))
    }

    func nodeShape(_ frame: Frame) -> ShapeItem? {
        Fixtures.groups(frame, "node").first.flatMap { Fixtures.shapes($0).first }
    }

    @Test func defaultThemeColours() throws {
        let frame = Fixtures.draw(twoNodes()).frame
        #expect(frame.background == .white)
        let shape = try #require(nodeShape(frame))
        #expect(shape.fill == Color(rgb: 0xECECFF))
        #expect(shape.stroke?.color == Color(rgb: 0x9370DB))
        #expect(shape.stroke?.width == 1)
        let text = try #require(Fixtures.groups(frame, "node").first.flatMap { Fixtures.texts($0).first })
        #expect(text.style.color == Color(rgb: 0x333333))
        let edge = try #require(Fixtures.groups(frame, "edge").first)
        #expect(Fixtures.shapes(edge, "edge-path").first?.stroke?.color == Color(rgb: 0x333333))
    }

    @Test func configThemeIsUsedAndOptionsWin() throws {
        let dark = Fixtures.draw(twoNodes(theme: "dark")).frame
        #expect(dark.background == Color(rgb: 0x333333))
        #expect(nodeShape(dark)?.fill == Color(rgb: 0x1F2020))
        let forest = Fixtures.draw(twoNodes(theme: "dark"), options: FlowchartSceneOptions(theme: "forest")).frame
        #expect(nodeShape(forest)?.fill == Color(rgb: 0xCDE498))
        #expect(nodeShape(forest)?.stroke?.color == Color(rgb: 0x13540C))
        let neutral = Fixtures.draw(twoNodes(theme: "Neutral")).frame
        #expect(nodeShape(neutral)?.fill == Color(rgb: 0xEEEEEE))
        let unknown = Fixtures.draw(twoNodes(theme: "nope")).frame
        #expect(nodeShape(unknown)?.fill == Color(rgb: 0xECECFF))
    }

    @Test func nodeStyleOverrides() throws {
        let node = Fixtures.node("A", "x", style: [
            ("fill", "#f00"), ("stroke", "blue"), ("stroke-width", "3px"), ("stroke-dasharray", "5 5"),
            ("color", "white"), ("font-weight", "bold"), ("font-style", "italic"), ("font-size", "20px"),
            ("fill", "#00ff00"), ("unknown-thing", "7"),
        ])
        let frame = Fixtures.draw(FlowchartDiagram(nodes: [node])).frame
        let group = try #require(Fixtures.groups(frame, "node").first)
        let shape = try #require(Fixtures.shapes(group).first)
        #expect(shape.fill == Color(rgb: 0x00FF00), "last declaration wins")
        #expect(shape.stroke == StrokeStyle(color: Color(rgb: 0x0000FF), width: 3, dash: [5, 5]))
        let text = try #require(Fixtures.texts(group).first)
        #expect(text.style.color == .white)
        #expect(text.style.weight == 700 && text.style.italic && text.style.size == 20)
        // The bigger, bolder font made the node bigger: 9 px * 1.25 per char.
        #expect(shape.path.bounds.width == 9 * 1.25 + 60)
    }

    @Test func fillNoneAndOpacity() throws {
        let node = Fixtures.node("A", style: [("fill", "none"), ("stroke", "#000"), ("opacity", "0.5")])
        let frame = Fixtures.draw(FlowchartDiagram(nodes: [node])).frame
        let shape = try #require(nodeShape(frame))
        #expect(shape.fill == nil)
        #expect(shape.stroke?.color.alpha == 0.5)
    }

    @Test func linkStyleColoursLineArrowAndLabel() throws {
        let edge = Fixtures.edge(0, 1, label: "lbl", style: [("stroke", "red"), ("stroke-width", "2px"), ("color", "green")])
        let frame = Fixtures.draw(FlowchartDiagram(nodes: [Fixtures.node("A"), Fixtures.node("B")], edges: [edge])).frame
        let group = try #require(Fixtures.groups(frame, "edge").first)
        let line = try #require(Fixtures.shapes(group, "edge-path").first)
        #expect(line.stroke?.color == Color(rgb: 0xFF0000) && line.stroke?.width == 2)
        #expect(Fixtures.shapes(group, "arrowhead").first?.fill == Color(rgb: 0xFF0000))
        let label = try #require(Fixtures.groups(frame, "edge-label").first)
        #expect(Fixtures.texts(label).first?.style.color == Color(rgb: 0x008000))
    }

    @Test func clusterStyleOverrides() throws {
        let sub = FlowSubgraph(id: "s", title: FlowLabel("S"),
                               style: Fixtures.declarations([("fill", "#eee"), ("stroke", "#123456"), ("color", "red")]),
                               range: Fixtures.range)
        let diagram = FlowchartDiagram(nodes: [Fixtures.node("A", subgraph: 0)], subgraphs: [sub])
        let frame = Fixtures.draw(diagram).frame
        let cluster = try #require(Fixtures.groups(frame, "cluster").first)
        #expect(Fixtures.shapes(cluster).first?.fill == Color(rgb: 0xEEEEEE))
        #expect(Fixtures.shapes(cluster).first?.stroke?.color == Color(rgb: 0x123456))
        #expect(Fixtures.texts(cluster).first?.style.color == Color(rgb: 0xFF0000))
    }
}
