import Geometry
import Render
import Scene
import Testing

/// Axis-aligned rectangles are written as `<rect>` and lines in one piece carry their exact
/// advance as `textLength`, so tools read true boxes from our SVG instead of estimating.
@Suite struct SVGRectAndTextLengthTests {
    static func svg(_ items: [Item]) throws -> String {
        let frame = Frame(size: Size(width: 200, height: 120), background: .white, items: items)
        return String(decoding: try RenderFixtures.engine().render(frame, as: .svg), as: UTF8.self)
    }

    @Test func rectanglesBecomeRectElements() throws {
        let text = try Self.svg([
            .shape(ShapeItem(path: .rect(Rect(x: 10, y: 20, width: 30, height: 40)), fill: .black, tag: .class("box"))),
            .shape(ShapeItem(path: .polygon([Point(x: 100, y: 10), Point(x: 130, y: 40), Point(x: 100, y: 70),
                                             Point(x: 70, y: 40)]), fill: .black, tag: .class("diamond"))),
        ])
        #expect(text.contains("<rect class=\"box\" x=\"10\" y=\"20\" width=\"30\" height=\"40\""))
        #expect(text.contains("<path class=\"diamond\""))
    }

    @Test func eachOnePieceLineCarriesItsAdvance() throws {
        let engine = try RenderFixtures.engine()
        let style = TextStyle(size: 16)
        func width(_ text: String) -> Double { engine.measurer.measure([TextSpan(text)], style: style, maxWidth: nil).width }
        let text = try Self.svg([
            .text(TextItem(spans: [TextSpan("Storage")], style: style, box: Rect(x: 10, y: 10, width: width("Storage"), height: 20))),
            .text(TextItem(spans: [TextSpan("two\nlines")], style: style, box: Rect(x: 10, y: 50, width: 60, height: 40))),
            // Two runs on one line: no single advance to give.
            .text(TextItem(spans: [TextSpan("bold", bold: true), TextSpan(" plain")], style: style,
                           box: Rect(x: 10, y: 90, width: 100, height: 20))),
        ])
        let lengths = text.components(separatedBy: "textLength=\"").dropFirst().compactMap { Double($0.prefix { $0 != "\"" }) }
        #expect(lengths.count == 3)
        for (length, expected) in zip(lengths, [width("Storage"), width("two"), width("lines")]) {
            #expect(abs(length - expected) < 0.01)
        }
        // On the positioned <tspan>: a reader that places each line by its tspan uses it there.
        let tspans = text.components(separatedBy: "<tspan").dropFirst().map { $0.prefix { $0 != ">" } }
        #expect(tspans.filter { $0.contains("textLength=") }.count == 3)
    }
}
