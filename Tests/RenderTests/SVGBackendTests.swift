import Foundation
import FoundationXML
import Geometry
import Render
import Scene
import Testing

@Suite struct SVGBackendTests {
    let svg: String

    init() throws {
        svg = String(decoding: try RenderFixtures.engine().render(RenderFixtures.frame, as: .svg), as: UTF8.self)
    }

    /// Element names in document order, or nil when the text is not well-formed XML.
    final class ElementCollector: NSObject, XMLParserDelegate {
        var names: [String] = []
        var text = ""
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            names.append(name)
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
    }

    @Test func isWellFormedXML() throws {
        let collector = ElementCollector()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = collector
        #expect(parser.parse())
        #expect(collector.names.first == "svg")
        #expect(collector.names.contains("text"))
        #expect(collector.names.contains("clipPath"))
        #expect(collector.text.contains("<script>alert(1)</"))
    }

    @Test func rootHasSizeAndViewBox() {
        #expect(svg.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"320\" height=\"200\" viewBox=\"0 0 320 200\" role=\"img\""))
        #expect(svg.contains("<title id=\"diagram-title\">Fixture &lt;frame&gt; &amp; &quot;title&quot;</title>"))
    }

    @Test func tagsBecomeClassAndDataAttributes() {
        #expect(svg.contains("<g class=\"node\" data-id=\"A\">"))
        #expect(svg.contains("<path class=\"edge\" d=\"M160 50 L230 50 L230 110\""))
        #expect(svg.contains("stroke-dasharray=\"4 3\""))
        #expect(svg.contains("transform=\"matrix(1 0 0 1 190 110)\""))
    }

    @Test func labelTextIsEscaped() {
        #expect(!svg.contains("<script>"))
        #expect(svg.contains("&lt;script&gt;"))
        #expect(svg.contains("&amp; go"))
    }

    @Test func wrappedLabelHasOneTspanPerLine() {
        let label = svg.split(separator: "\n").first { $0.contains("class=\"label\"") }
        #expect(label?.components(separatedBy: "<tspan").count == 4)
    }

    @Test func translucentFillUsesOpacity() {
        #expect(svg.contains("fill=\"#ff8800\" fill-opacity=\"0.5\""))
    }

    @Test func styledRunsKeepWeightAndStyle() {
        #expect(svg.contains("font-weight=\"700\">Bold</tspan>"))
        #expect(svg.contains("font-style=\"italic\">italic</tspan>"))
        #expect(svg.contains("font-family=\"&apos;JetBrains Mono&apos;, monospace\""))
    }

    @Test func controlCharactersAreDropped() throws {
        let frame = Frame(size: Size(width: 50, height: 20),
                          items: [.text(TextItem(spans: [TextSpan("a\u{1}b")], style: TextStyle(),
                                                 box: Rect(x: 0, y: 0, width: 50, height: 20)))],
                          title: "bell\u{7}")
        let text = String(decoding: try RenderFixtures.engine().render(frame, as: .svg), as: UTF8.self)
        #expect(XMLParser(data: Data(text.utf8)).parse())
        #expect(text.contains("<title id=\"diagram-title\">bell</title>"))
    }
}
