import Geometry
import Render
import Scene
import Testing

@Suite struct PangoMeasurerTests {
    let measurer: any TextMeasurer
    let style = TextStyle(size: 16)

    init() throws {
        measurer = try RenderFixtures.engine().measurer
    }

    @Test func widthGrowsWithText() {
        let short = measurer.measure([TextSpan("Node")], style: style, maxWidth: nil)
        let long = measurer.measure([TextSpan("Node with a longer label")], style: style, maxWidth: nil)
        #expect(short.width > 20)
        #expect(long.width > short.width * 3)
        #expect(short.height == long.height)
        #expect(short.height > 16 && short.height < 24)
    }

    @Test func wrappingAtMaxWidthAddsLines() {
        let spans = [TextSpan("a rather long label that must wrap onto several lines")]
        let single = measurer.measure(spans, style: style, maxWidth: nil)
        let wrapped = measurer.measure(spans, style: style, maxWidth: 120)
        #expect(wrapped.width <= 120)
        #expect(wrapped.height >= single.height * 3)
    }

    @Test func longWordIsBrokenAtMaxWidth() {
        let wrapped = measurer.measure([TextSpan("Supercalifragilisticexpialidocious")], style: style, maxWidth: 60)
        #expect(wrapped.width <= 60)
        #expect(wrapped.height > 30)
    }

    @Test func hardLineBreakAddsALine() {
        let one = measurer.measure([TextSpan("top")], style: style, maxWidth: nil)
        let two = measurer.measure([TextSpan("top\nbottom")], style: style, maxWidth: nil)
        #expect(abs(two.height - 2 * one.height) < 0.01)
    }

    @Test func boldIsWiderThanRegular() {
        let regular = measurer.measure([TextSpan("Decision point")], style: style, maxWidth: nil)
        let bold = measurer.measure([TextSpan("Decision point", bold: true)], style: style, maxWidth: nil)
        let boldStyle = measurer.measure([TextSpan("Decision point")], style: TextStyle(size: 16, weight: 700), maxWidth: nil)
        #expect(bold.width > regular.width)
        #expect(boldStyle.width == bold.width)
    }

    @Test func monospaceAdvancesAreEqual() {
        let mono = TextStyle(family: "JetBrains Mono", size: 10)
        let narrow = measurer.measure([TextSpan("iiii")], style: mono, maxWidth: nil)
        let wide = measurer.measure([TextSpan("WWWW")], style: mono, maxWidth: nil)
        #expect(narrow.width == wide.width)
        let proportional = measurer.measure([TextSpan("iiii")], style: style, maxWidth: nil)
        #expect(proportional.width < narrow.width * 1.6)
    }

    @Test func sameResultTwiceAndAcrossEngines() throws {
        let spans = [TextSpan("Same "), TextSpan("every", bold: true), TextSpan(" time", italic: true)]
        let first = measurer.measure(spans, style: style, maxWidth: 90)
        let second = measurer.measure(spans, style: style, maxWidth: 90)
        let other = try RenderFixtures.engine().measurer.measure(spans, style: style, maxWidth: 90)
        #expect(first == second)
        #expect(first == other)
    }

    @Test func sizeScalesLinearlyWithFontSize() {
        let small = measurer.measure([TextSpan("Scaling text")], style: TextStyle(size: 10), maxWidth: nil)
        let large = measurer.measure([TextSpan("Scaling text")], style: TextStyle(size: 40), maxWidth: nil)
        #expect(abs(large.width - 4 * small.width) < 0.05)
    }
}

@Suite struct FontIsolationTests {
    @Test func systemFamiliesResolveToTheDirectorysFonts() throws {
        let measurer = try RenderFixtures.engine().measurer
        let spans = [TextSpan("Isolated fonts only, 0123456789")]
        let candidates = ["Inter", "JetBrains Mono"].map {
            measurer.measure(spans, style: TextStyle(family: $0, size: 16), maxWidth: nil)
        }
        // DejaVu is installed system-wide here; it must not be used.
        for family in ["DejaVu Sans", "DejaVu Serif", "sans-serif", "NoSuchFamily"] {
            let size = measurer.measure(spans, style: TextStyle(family: family, size: 16), maxWidth: nil)
            #expect(candidates.contains(size), "\(family) measured \(size)")
        }
    }
}
