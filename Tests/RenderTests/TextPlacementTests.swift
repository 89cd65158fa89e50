import Geometry
import Render
import Scene
import Testing

/// Text measured by the engine is drawn with the same line breaks and positions.
@Suite struct TextPlacementTests {
    let engine: RenderEngine

    init() throws {
        engine = try RenderFixtures.engine()
    }

    /// Baselines (the distinct `y` values of tspans) of the SVG's text, in order.
    func baselines(_ item: TextItem) throws -> [String] {
        let frame = Frame(size: Size(width: 400, height: 300), items: [.text(item)])
        let svg = String(decoding: try engine.render(frame, as: .svg), as: UTF8.self)
        var result: [String] = []
        for part in svg.components(separatedBy: " y=\"").dropFirst() {
            let y = String(part.prefix { $0 != "\"" })
            if result.last != y { result.append(y) }
        }
        return result
    }

    @Test(arguments: [60.0, 90.0, 120.0, 200.0])
    func boxOfMeasuredSizeKeepsTheLineBreaks(maxWidth: Double) throws {
        let spans = [TextSpan("Check the "), TextSpan("input", bold: true), TextSpan(" and retry the whole request later")]
        let style = TextStyle(size: 14)
        let size = engine.measurer.measure(spans, style: style, maxWidth: maxWidth)
        let oneLine = engine.measurer.measure(spans, style: style, maxWidth: nil).height
        let expectedLines = Int((size.height / oneLine).rounded())
        for alignment in [TextAlignment.left, .center, .right] {
            let item = TextItem(spans: spans, style: style, box: Rect(origin: Point(x: 10, y: 10), size: size),
                                alignment: alignment, wraps: true)
            #expect(try baselines(item).count == expectedLines)
        }
    }

    @Test func unwrappedTextIsCentredInItsBox() throws {
        let spans = [TextSpan("mid")]
        let style = TextStyle(size: 20)
        let width = engine.measurer.measure(spans, style: style, maxWidth: nil).width
        let frame = Frame(size: Size(width: 200, height: 40),
                          items: [.text(TextItem(spans: spans, style: style,
                                                 box: Rect(x: 0, y: 0, width: 200, height: 40), alignment: .center))])
        let svg = String(decoding: try engine.render(frame, as: .svg), as: UTF8.self)
        #expect(svg.contains("<tspan x=\"\(((200 - width) / 2).formatted2)\""))
    }
}
