import Diagnostics
import Geometry
import Native
import Scene
import Testing
@testable import Deck

@Suite struct LayoutImageTests {
    static let resources = InMemoryDeckResources(["a.png": pngBytes(width: 800, height: 600),
                                                  "b.png": pngBytes(width: 400, height: 400)])

    /// Groups tagged `tag` anywhere under `items`.
    func groups(_ items: [Item], _ tag: String) -> [GroupItem] {
        items.flatMap { item -> [GroupItem] in
            guard case .group(let g) = item else { return [] }
            return (g.tag.classes.contains(tag) ? [g] : []) + groups(g.items, tag)
        }
    }

    /// Image items anywhere under `items`.
    func images(_ items: [Item]) -> [ImageItem] {
        items.flatMap { item -> [ImageItem] in
            switch item {
            case .image(let image): return [image]
            case .group(let g): return images(g.items)
            default: return []
            }
        }
    }

    @Test func splitBackgroundTakesItsShareAndPushesContentAside() throws {
        let d = deck([([MD.paragraph([MD.image("bg left:40%", "a.png", line: 2)], line: 2), MD.paragraph("Beside", line: 4)],
                       SlideDirectives())])
        let (document, diagnostics) = LayoutTests.layout(d, resources: Self.resources)
        #expect(diagnostics.isEmpty)
        let background = try #require(groups(document.pages[0].frame.items, "background-image").first)
        #expect(background.clip?.bounds == Rect(x: 0, y: 0, width: 512, height: 720))
        let text = try #require(allTexts(document.pages[0].frame.items).first { $0.plainText == "Beside" })
        #expect(text.box.minX >= 512 + 78.5 - 0.01)
    }

    @Test func severalBackgroundsSitSideBySide() throws {
        let d = deck([([MD.paragraph([MD.image("bg", "a.png", line: 1), MD.image("bg contain", "b.png", line: 1)], line: 1)],
                       SlideDirectives())])
        let (document, _) = LayoutTests.layout(d, resources: Self.resources)
        let clips = groups(document.pages[0].frame.items, "background-image").compactMap { $0.clip?.bounds }
        #expect(clips == [Rect(x: 0, y: 0, width: 640, height: 720), Rect(x: 640, y: 0, width: 640, height: 720)])
        #expect(try assertLayoutSnapshot("backgrounds", LayoutDump.dump(document)))
    }

    @Test func sizedInlineImageKeepsItsAspectRatio() throws {
        let d = deck([([MD.paragraph([MD.image("w:300px", "a.png", line: 1)], line: 1)], SlideDirectives())])
        let (document, _) = LayoutTests.layout(d, resources: Self.resources)
        let image = try #require(images(document.pages[0].frame.items).first)
        #expect(abs(image.rect.width - 300) < 0.01)
        #expect(abs(image.rect.height - 225) < 0.01)
        #expect(image.source.format == .png)
    }

    @Test func missingImageIsAnErrorAtItsLine() throws {
        let source = SourceFile(name: "deck.md", text: "# T\n\n![](gone.png)\n")
        let d = deck([([MD.paragraph([MD.image("", "gone.png", line: 3)], line: 3)], SlideDirectives())])
        let (_, diagnostics) = LayoutTests.layout(d, source: source)
        let missing = try #require(diagnostics.first)
        #expect(missing.id == "deck.missing-image")
        #expect(missing.severity == .error)
        #expect(source.location(of: missing.range.start).line == 3)
    }

    @Test func imageSpecReadsMarpKeywords() {
        let spec = ImageSpec(alt: "bg right:35% 90% w:10em")
        #expect(spec.isBackground)
        #expect(spec.split?.side == .right && spec.split?.fraction == 0.35)
        #expect(spec.fit == .percent(0.9))
        #expect(spec.width == 160)
        #expect(ImageSpec(alt: "bg fit").fit == .contain)
        #expect(ImageSpec(alt: "h:120").height == 120)
    }
}
