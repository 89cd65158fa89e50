import Flowchart
import Geometry
import Scene
import Testing
@testable import FlowchartScene

/// `click` links on node groups, accessibility text on the frame, animated edges dashed.
@Suite struct LinkAndAnimationTests {
    func diagram(link: String?, animation: String? = nil) -> FlowchartDiagram {
        var a = Fixtures.node("A")
        a.link = link
        a.tooltip = "Open <it>"
        a.linkTarget = "_blank"
        var edge = Fixtures.edge(0, 1)
        edge.animation = animation
        var diagram = FlowchartDiagram(title: "Shown", nodes: [a, Fixtures.node("B")], edges: [edge])
        diagram.accessibilityTitle = "Read aloud"
        diagram.accessibilityDescription = "Two nodes"
        return diagram
    }

    @Test func allowedLinkWrapsTheNodeGroup() {
        let frame = Fixtures.draw(diagram(link: "https://example.com/x")).frame
        let nodes = Fixtures.groups(frame, "node")
        #expect(nodes.first?.link == Link(url: "https://example.com/x", tooltip: "Open <it>", target: "_blank"))
        #expect(nodes.last?.link == nil)
    }

    @Test func disallowedSchemesAreNotLinked() {
        for url in ["javascript:alert(1)", " JavaScript:alert(1)", "java\tscript:x", "data:text/html,x", "file:///etc/passwd", ""] {
            let frame = Fixtures.draw(diagram(link: url)).frame
            #expect(Fixtures.groups(frame, "node").first?.link == nil, "\(url) was linked")
            #expect(Fixtures.groups(frame, "node").first?.tooltip == "Open <it>")
        }
        for url in ["http://a.b", "HTTPS://a.b", "mailto:x@y.z", "page.html", "./a:b", "#top", "/p?q=a:b"] {
            #expect(Link.allows(url), "\(url) refused")
        }
    }

    @Test func accessibilityTextGoesToTheFrame() {
        let frame = Fixtures.draw(diagram(link: nil)).frame
        #expect(frame.title == "Shown")
        #expect(frame.accessibilityTitle == "Read aloud")
        #expect(frame.summary == "Two nodes")
    }

    func edgeStroke(_ animation: String?) -> StrokeStyle? {
        let frame = Fixtures.draw(diagram(link: nil, animation: animation)).frame
        for group in Fixtures.groups(frame, "edge") {
            for case .shape(let shape) in group.items where shape.tag.classes.contains("edge-path") {
                return shape.stroke
            }
        }
        return nil
    }

    @Test func animatedEdgesAreDashedWithASpeed() {
        #expect(edgeStroke(nil)?.dash == [])
        #expect(edgeStroke(nil)?.dashSpeed == nil)
        #expect(edgeStroke("true")?.dash == [9, 5])
        #expect(edgeStroke("true")?.dashSpeed == 36)
        #expect(edgeStroke("slow")?.dashSpeed == 18)
        #expect(edgeStroke("false")?.dashSpeed == nil)
    }

    /// mermaid's documented CSS form: a class with `animation: dash 25s linear infinite`.
    @Test func cssAnimationOnAClassAnimatesTheEdge() {
        var diagram = diagram(link: nil)
        diagram.edges[0].style = Fixtures.declarations([
            ("stroke-dasharray", "9,5"), ("stroke-dashoffset", "900"), ("animation", "dash 25s linear infinite")])
        let frame = Fixtures.draw(diagram).frame
        let strokes = Fixtures.groups(frame, "edge").flatMap(\.items).compactMap { item -> StrokeStyle? in
            if case .shape(let shape) = item, shape.tag.classes.contains("edge-path") { return shape.stroke }
            return nil
        }
        #expect(strokes.first?.dash == [9, 5])
        #expect(strokes.first?.dashSpeed == 36)
        #expect(CSSStyle.seconds("dash 500ms linear") == 0.5)
        #expect(CSSStyle.seconds("none") == nil)
    }
}
