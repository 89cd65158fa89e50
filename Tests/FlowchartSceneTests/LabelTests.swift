import Flowchart
import Geometry
import Scene
import Testing
@testable import FlowchartScene

@Suite struct LabelTests {
    @Test func markdownSpans() {
        let spans = MarkdownSpans.spans("**Bold** and *it* or _it_ then __b *bi*__", isMarkdown: true)
        #expect(spans == [TextSpan("Bold", bold: true), TextSpan(" and "), TextSpan("it", italic: true),
                          TextSpan(" or "), TextSpan("it", italic: true), TextSpan(" then "),
                          TextSpan("b ", bold: true), TextSpan("bi", bold: true, italic: true)])
    }

    @Test func unmatchedMarkersStayLiteral() {
        #expect(MarkdownSpans.spans("a * b and 2*3", isMarkdown: true) == [TextSpan("a * b and 2*3")])
        #expect(MarkdownSpans.spans("**x**", isMarkdown: false) == [TextSpan("**x**")])
        #expect(MarkdownSpans.spans("l1\n**l2**", isMarkdown: true) == [TextSpan("l1\n"), TextSpan("l2", bold: true)])
    }

    @Test func longLabelsWrapAt200() {
        let text = "this label is far too long to fit on a single line of text"
        let label = MeasuredLabel.measure(FlowLabel(text), style: TextStyle(), measurer: FakeMeasurer(),
                                          wrappingWidth: 200)
        #expect(label.wraps)
        #expect(label.size.width <= 200)
        #expect(label.size.height == 19 * 3)
        let item = label.item(centeredAt: Point(x: 100, y: 100), tag: Tag())
        #expect(item.wraps && item.box.width >= label.size.width)
        let short = MeasuredLabel.measure(FlowLabel("short"), style: TextStyle(), measurer: FakeMeasurer(),
                                          wrappingWidth: 200)
        #expect(!short.wraps && short.size == Size(width: 40, height: 19))
    }

    @Test func lineBreaksMakeTallerNodes() {
        let diagram = FlowchartDiagram(nodes: [Fixtures.node("A", "one\ntwo")])
        let drawing = Fixtures.draw(diagram)
        #expect(drawing.layout.nodes[0].size == Size(width: 24 + 60, height: 38 + 30))
    }

    @Test func markdownNodeLabelKeepsSpans() throws {
        let diagram = FlowchartDiagram(nodes: [Fixtures.node("A", "**hi** there", markdown: true)])
        let frame = Fixtures.draw(diagram).frame
        let text = try #require(Fixtures.groups(frame, "node").first.flatMap { Fixtures.texts($0).first })
        #expect(text.spans == [TextSpan("hi", bold: true), TextSpan(" there")])
    }
}

@Suite struct MarkdownFlankingTests {
    @Test func underscoresInsideWordsAreLiteral() {
        #expect(MarkdownSpans.spans("snake_case_name", isMarkdown: true) == [TextSpan("snake_case_name")])
        #expect(MarkdownSpans.spans("x _y_ z", isMarkdown: true)
            == [TextSpan("x "), TextSpan("y", italic: true), TextSpan(" z")])
    }
}
