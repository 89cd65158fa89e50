import Geometry
import Render
import Scene
import Testing

/// Bad numbers in a frame lose only the bad item, never the whole drawing.
@Suite struct RobustnessTests {
    static var frame: Frame {
        let good = ShapeItem(path: .rect(Rect(x: 10, y: 10, width: 20, height: 20)), fill: Color(rgb: 0x00AA00))
        let nanPath = ShapeItem(path: .polyline([Point(x: 0, y: 0), Point(x: .nan, y: 5)]),
                                stroke: StrokeStyle(color: .black))
        let badDash = ShapeItem(path: .polyline([Point(x: 0, y: 40), Point(x: 60, y: 40)]),
                                stroke: StrokeStyle(color: .black, width: 2, dash: [0, 0]))
        let collapsed = GroupItem([.shape(good)], transform: .scale(0, 0))
        let text = TextItem(spans: [TextSpan("x")], style: TextStyle(size: -3), box: Rect(x: 0, y: 0, width: 10, height: 10))
        return Frame(size: Size(width: 60, height: 60), background: .white,
                     items: [.shape(nanPath), .shape(badDash), .group(collapsed), .text(text), .shape(good)])
    }

    @Test(arguments: OutputFormat.allCases)
    func renderingSucceeds(format: OutputFormat) throws {
        let engine = try RenderFixtures.engine()
        let bytes = try engine.render(Self.frame, as: format)
        #expect(bytes.count > 50)
    }

    @Test func goodItemsStillDrawAfterBadOnes() throws {
        let engine = try RenderFixtures.engine()
        var nothing = Self.frame
        nothing.items = []
        let png = try engine.render(Self.frame, as: .png)
        #expect(png != (try engine.render(nothing, as: .png)))
        let mixedPDF = try engine.render(Self.frame, as: .pdf)
        #expect(mixedPDF.count > (try engine.render(nothing, as: .pdf)).count)
    }
}
