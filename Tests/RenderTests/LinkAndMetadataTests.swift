import Foundation
import FoundationXML
import Geometry
import Native
import Render
import Scene
import Testing

/// Links, accessibility metadata and animated dashes in each output format.
@Suite struct LinkAndMetadataTests {
    let engine: RenderEngine

    init() throws {
        engine = try RenderFixtures.engine()
    }

    func frame(url: String, title: String? = "Drawn", accTitle: String? = "Spoken \"t\"") -> Frame {
        let box = GroupItem([.shape(ShapeItem(path: .rect(Rect(x: 10, y: 10, width: 50, height: 30)), fill: .black))],
                            tag: .class("node"), link: Link(url: url, tooltip: "Tip <b> & 'q'", target: "_blank"))
        let edge = ShapeItem(path: .polyline([Point(x: 0, y: 50), Point(x: 80, y: 50)]),
                             stroke: StrokeStyle(color: .black, dash: [9, 5], dashSpeed: 36))
        return Frame(size: Size(width: 80, height: 60), items: [.group(box), .shape(edge)], title: title,
                     summary: "A <desc>", accessibilityTitle: accTitle)
    }

    func svg(_ frame: Frame) throws -> String {
        String(decoding: try engine.render(frame, as: .svg), as: UTF8.self)
    }

    func pdf(_ frame: Frame) throws -> String {
        String(decoding: try engine.render(frame, as: .pdf), as: UTF8.self)
    }

    @Test func svgLinkIsAnEscapedAnchorWithTooltip() throws {
        let text = try svg(frame(url: "https://e.com/?a=1&b=\"2\""))
        #expect(text.contains("<a href=\"https://e.com/?a=1&amp;b=&quot;2&quot;\" target=\"_blank\">\n"
            + "<title>Tip &lt;b&gt; &amp; &apos;q&apos;</title>\n<g class=\"node\">"))
        #expect(text.contains("</g>\n</a>\n"))
        let parser = XMLParser(data: Data(text.utf8))
        #expect(parser.parse(), "not well-formed XML")
    }

    @Test func refusedSchemesAreNeverEmitted() throws {
        for url in ["javascript:alert(1)", "data:text/html;base64,xx", "file:///etc/passwd", "vbscript:x"] {
            let f = frame(url: url)
            #expect(!(try svg(f)).contains("<a "), "\(url) linked in SVG")
            // The tooltip of a refused link still shows, on the group itself.
            #expect(try svg(f).contains("<g class=\"node\">\n<title>Tip &lt;b&gt; &amp; &apos;q&apos;</title>"))
            #expect(!(try pdf(f)).contains("/URI"), "\(url) linked in PDF")
        }
    }

    @Test func pdfLinkIsAURIAnnotationAndPNGIgnoresIt() throws {
        let text = try pdf(frame(url: "https://e.com/a b'c"))
        #expect(text.contains("/URI (https://e.com/a%20b%27c)"))
        #expect(text.contains("/Annots"))
        let linked = try engine.render(frame(url: "https://e.com"), as: .png)
        let plain = try engine.render(frame(url: "javascript:x"), as: .png)
        #expect(linked == plain)
    }

    @Test func svgAccessibilityTitleAndDescription() throws {
        let text = try svg(frame(url: "https://e.com"))
        #expect(text.contains("role=\"img\" aria-labelledby=\"diagram-title\" aria-describedby=\"diagram-desc\">"))
        #expect(text.contains("<title id=\"diagram-title\">Spoken &quot;t&quot;</title>"))
        #expect(text.contains("<desc id=\"diagram-desc\">A &lt;desc&gt;</desc>"))
        let untitled = try svg(Frame(size: Size(width: 10, height: 10)))
        #expect(!untitled.contains("role="))
        #expect(!untitled.contains("<title"))
    }

    /// Front-matter title wins the PDF title; accTitle is used only without it.
    @Test func pdfTitleAndSubject() throws {
        let both = try pdf(frame(url: "https://e.com"))
        #expect(both.contains("/Title (Drawn)"))
        #expect(both.contains("/Subject (A <desc>)"))
        let accOnly = try pdf(frame(url: "https://e.com", title: nil, accTitle: "Spoken"))
        #expect(accOnly.contains("/Title (Spoken)"))
    }

    @Test func animatedDashesAnimateOnlyInSVG() throws {
        let text = try svg(frame(url: "https://e.com"))
        #expect(text.contains("stroke-dasharray=\"9 5\"><animate attributeName=\"stroke-dashoffset\" "
            + "values=\"14;0\" dur=\"0.39s\" repeatCount=\"indefinite\"/></path>"))
        var still = frame(url: "https://e.com")
        still.items[1] = .shape(ShapeItem(path: .polyline([Point(x: 0, y: 50), Point(x: 80, y: 50)]),
                                          stroke: StrokeStyle(color: .black, dash: [9, 5])))
        #expect(!(try svg(still)).contains("<animate"))
        #expect(try engine.render(still, as: .png) == engine.render(frame(url: "https://e.com"), as: .png))
    }
}
