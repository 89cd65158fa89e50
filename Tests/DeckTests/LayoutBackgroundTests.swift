import Diagnostics
import Geometry
import Scene
import Testing
@testable import Deck

/// `backgroundPosition` and `backgroundSize` for the `backgroundImage` directive, and Mermaid
/// files as background images.
@Suite struct LayoutBackgroundTests {
    static let resources = InMemoryDeckResources([
        "a.png": pngBytes(width: 200, height: 100),
        "flow.mmd": Array("flowchart LR\n  A[Start] --> B{Check} --> C[(Store)]\n".utf8),
    ])

    @Test(arguments: [
        ("center", 0.5, 0.5), ("top right", 1, 0), ("right top", 1, 0), ("left", 0, 0.5), ("bottom", 0.5, 1),
        ("25% 75%", 0.25, 0.75), ("center bottom", 0.5, 1),
    ])
    func positionKeywordsAndPercentages(_ css: String, _ x: Double, _ y: Double) throws {
        let position = try #require(BackgroundPosition(css: css))
        #expect(position.x == .fraction(x) && position.y == .fraction(y))
    }

    @Test func positionLengthsAndRejects() throws {
        let position = try #require(BackgroundPosition(css: "20px 40px"))
        #expect(position.place(Size(width: 100, height: 50), in: Rect(x: 0, y: 0, width: 1280, height: 720))
            == Rect(x: 20, y: 40, width: 100, height: 50))
        for bad in ["", "middle", "left right", "top bottom", "1 2 3", "10%x"] {
            #expect(BackgroundPosition(css: bad) == nil, "\(bad)")
        }
    }

    func backgroundRect(_ directives: SlideDirectives) throws -> Rect {
        let d = deck([([MD.paragraph("Text", line: 1)], directives)])
        let (document, diagnostics) = LayoutTests.layout(d, resources: Self.resources)
        #expect(diagnostics.isEmpty)
        let group = try #require(LayoutImageTests().groups(document.pages[0].frame.items, "background-image").first)
        return try #require(LayoutImageTests().images(group.items).first).rect
    }

    @Test func directiveBackgroundFollowsPositionAndSize() throws {
        #expect(try backgroundRect(SlideDirectives(backgroundImage: "url(a.png)", backgroundPosition: "top right",
                                                   backgroundSize: "300px")) == Rect(x: 980, y: 0, width: 300, height: 150))
        #expect(try backgroundRect(SlideDirectives(backgroundImage: "url(a.png)", backgroundPosition: "left bottom",
                                                   backgroundSize: "contain")) == Rect(x: 0, y: 80, width: 1280, height: 640))
        // Without a position the image is centred, as before.
        #expect(try backgroundRect(SlideDirectives(backgroundImage: "url(a.png)", backgroundSize: "100px 100px"))
            == Rect(x: 590, y: 310, width: 100, height: 100))
    }

    @Test func repeatKeywordsAndTiles() throws {
        #expect(BackgroundRepeat(css: "repeat-x") == .repeatX)
        #expect(BackgroundRepeat(css: "repeat no-repeat") == .repeatX)
        #expect(BackgroundRepeat(css: "no-repeat repeat") == .repeatY)
        #expect(BackgroundRepeat(css: "Repeat") == .repeatBoth)
        #expect(BackgroundRepeat(css: "space") == nil && BackgroundRepeat(css: "") == nil)
        let tile = Rect(x: 590, y: 310, width: 100, height: 100)
        let area = Rect(x: 0, y: 0, width: 1280, height: 720)
        #expect(BackgroundRepeat.noRepeat.tiles(of: tile, over: area) == [tile])
        let row = BackgroundRepeat.repeatX.tiles(of: tile, over: area)
        #expect(row.map(\.minX) == stride(from: -10.0, to: 1280, by: 100).map { $0 })
        #expect(row.allSatisfy { $0.minY == 310 })
        #expect(BackgroundRepeat.repeatBoth.tiles(of: tile, over: area).count == 13 * 9)
        // A tiny tile never turns into millions of items.
        let dot = Rect(x: 0, y: 0, width: 0.1, height: 0.1)
        #expect(BackgroundRepeat.repeatBoth.tiles(of: dot, over: area).count == BackgroundRepeat.maximumTiles)
    }

    @Test func directiveBackgroundRepeats() throws {
        let d = deck([([MD.paragraph("Text", line: 1)],
                       SlideDirectives(backgroundImage: "url(a.png)", backgroundSize: "200px", backgroundRepeat: "repeat-y"))])
        let (document, diagnostics) = LayoutTests.layout(d, resources: Self.resources)
        #expect(diagnostics.isEmpty)
        let group = try #require(LayoutImageTests().groups(document.pages[0].frame.items, "background-image").first)
        let rects = LayoutImageTests().images(group.items).map(\.rect)
        #expect(rects.map(\.minY) == [-90, 10, 110, 210, 310, 410, 510, 610, 710])
        #expect(rects.allSatisfy { $0.minX == 540 && $0.width == 200 && $0.height == 100 })
        #expect(group.clip?.bounds == Rect(x: 0, y: 0, width: 1280, height: 720))
    }

    /// Vector paths in the theme's colours, no image item, contained whole in its cell.
    @Test func mermaidFileAsBackgroundIsDrawnAsVectors() throws {
        let d = deck([([MD.paragraph([MD.image("bg right:40%", "flow.mmd", line: 2)], line: 2), MD.paragraph("Beside", line: 4)],
                       SlideDirectives())])
        let (document, diagnostics) = LayoutTests.layout(d, resources: Self.resources)
        #expect(diagnostics.isEmpty)
        let helpers = LayoutImageTests()
        let background = try #require(helpers.groups(document.pages[0].frame.items, "background-image").first)
        #expect(background.clip?.bounds == Rect(x: 768, y: 0, width: 512, height: 720))
        #expect(helpers.images(background.items).isEmpty)
        let diagram = try #require(helpers.groups(background.items, "diagram").first)
        let scale = diagram.transform
        #expect(scale.a > 0 && scale.a == scale.d)
        #expect(scale.tx >= 768 - 0.01)
        let shapes = Self.shapes(diagram.items)
        #expect(shapes.count >= 3)
        // The theme's diagram colours, not mermaid's default lilac.
        #expect(!shapes.contains { $0.fill == Color(rgb: 0xECECFF) })
        let text = try #require(allTexts(document.pages[0].frame.items).first { $0.plainText == "Beside" })
        #expect(text.box.maxX <= 768 + 0.01)
    }

    @Test func brokenOrFilteredDiagramBackgroundsAreReportedAtTheImage() throws {
        let resources = InMemoryDeckResources(["bad.mmd": Array("flowchart LR\n  A[[open\n".utf8),
                                               "flow.mmd": Self.resources.files["flow.mmd"] ?? []])
        let source = SourceFile(name: "deck.md", text: "# T\n\n![bg](bad.mmd)\n\n![bg sepia](flow.mmd)\n\n![bg](gone.mmd)\n")
        let d = deck([([MD.paragraph([MD.image("bg", "bad.mmd", line: 3)], line: 3),
                        MD.paragraph([MD.image("bg sepia", "flow.mmd", line: 5)], line: 5),
                        MD.paragraph([MD.image("bg", "gone.mmd", line: 7)], line: 7)], SlideDirectives())])
        let (_, diagnostics) = LayoutTests.layout(d, resources: resources, source: source)
        let lines = diagnostics.map { source.location(of: $0.range.start).line }
        #expect(lines == [3, 5, 7], "\(diagnostics.map(\.message))")
        #expect(diagnostics[0].severity == .error)
        #expect(diagnostics[1].id == "deck.image-filter" && diagnostics[1].severity == .warning)
        #expect(diagnostics[2].id == "deck.missing-diagram")
    }

    static func shapes(_ items: [Item]) -> [ShapeItem] {
        items.flatMap { item -> [ShapeItem] in
            switch item {
            case .shape(let s): return [s]
            case .group(let g): return shapes(g.items)
            default: return []
            }
        }
    }
}
