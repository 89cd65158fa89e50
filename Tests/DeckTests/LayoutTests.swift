import Diagnostics
import Geometry
import Native
import Scene
import Testing
@testable import Deck

/// Whole-deck layout dumps with the fake measurer, plus pagination and metadata.
@Suite struct LayoutTests {
    static func layout(_ deck: DeckDocument, resources: InMemoryDeckResources = InMemoryDeckResources(),
                       shrink: Bool = false, source: SourceFile? = nil) -> (Document, [Diagnostic]) {
        DeckLayout(measurer: LayoutFakeMeasurer(), resources: resources, options: DeckLayoutOptions(shrink: shrink))
            .layout(deck, source: source)
    }

    static let sampleDeck = deck([
        ([MD.heading(1, "Architecture handoff", line: 3),
          MD.paragraph([MD.text("Plain "), MD.strong("bold"), MD.text(" and "), MD.em("italic"), MD.text(" with "),
                        MD.code("code()"), MD.text(" and a "), MD.link("link", "https://example.com"), MD.text(".")], line: 5),
          MD.list([[MD.paragraph("First point", line: 7)], [MD.paragraph("Second point", line: 8)]], line: 7)],
         SlideDirectives(paginate: .shown)),
        ([MD.heading(2, "Numbers", line: 12),
          MD.table([["Service", "Owner", "SLO"], ["api", "core", "99.9%"], ["db", "data", "99.99%"]],
                   alignments: [.left, .center, .right], line: 14),
          MD.list([[MD.paragraph("done", line: 18)], [MD.paragraph("todo", line: 19)]], checked: [true, false], line: 18)],
         SlideDirectives(theme: "trellis", paginate: .shown, header: "**Team** handoff", footer: "Confidential")),
        ([MD.heading(2, "Code", line: 22), MD.code("let a = 1\nlet b = 2\nprint(a + b)\n", info: "swift {2}", line: 24)],
         SlideDirectives(theme: "gaia", classes: ["invert"])),
    ])

    @Test func sampleDeckDump() throws {
        let (document, diagnostics) = Self.layout(Self.sampleDeck)
        #expect(diagnostics.isEmpty)
        #expect(try assertLayoutSnapshot("sample-deck", LayoutDump.dump(document)))
    }

    @Test func everyThemeLaysOutTheSameSlide() throws {
        var dumps = ""
        for theme in DeckThemes.all {
            for classes in [[], ["lead"], ["invert"]] {
                let d = deck([([MD.heading(1, "Title", line: 1), MD.paragraph("Body text", line: 3)],
                               SlideDirectives(theme: theme.name, paginate: .shown, classes: classes))])
                let (document, _) = Self.layout(d)
                dumps += "== \(theme.name) \(classes)\n" + LayoutDump.dump(document)
            }
        }
        #expect(try assertLayoutSnapshot("themes", dumps))
    }

    @Test func paginationShowsHoldsAndSkips() {
        let (numbers, total) = DeckLayout.pageNumbers([.shown, .hold, .skip, .shown, .hidden, .shown])
        #expect(numbers == [1, 1, nil, 2, nil, 4])
        #expect(total == 4)
    }

    @Test func pageNumberTextFollowsTheTheme() {
        let slides = (0..<3).map { i in
            ([MD.paragraph("Slide \(i)", line: 1 + 4 * i)], SlideDirectives(theme: i == 2 ? "trellis" : "default", paginate: .shown))
        }
        let (document, _) = Self.layout(deck(slides))
        let numbers = document.pages.map { texts(in: $0.frame.items, tagged: "page-number") }
        #expect(numbers == [["1"], ["2"], ["3 / 3"]])
    }

    @Test func emptyDeckAndEmptySlidesLayOut() {
        #expect(Self.layout(DeckDocument()).0.pages.isEmpty)
        let (document, diagnostics) = Self.layout(deck([([], SlideDirectives(paginate: .shown))]))
        #expect(diagnostics.isEmpty)
        #expect(document.pages.count == 1)
        #expect(document.outline.map(\.title) == ["Slide 1"])
        #expect(texts(in: document.pages[0].frame.items, tagged: "page-number") == ["1"])
    }

    @Test func fourByThreeSlidesUseTheDeckSize() {
        var d = deck([([MD.paragraph("x", line: 1)], SlideDirectives())])
        d.size = .fourByThree
        #expect(Self.layout(d).0.pages[0].frame.size == Size(width: 960, height: 720))
    }

    @Test func metadataOutlineAndNotes() {
        var d = deck([([MD.heading(1, "Intro", line: 1)], SlideDirectives()),
                      ([MD.paragraph("no heading", line: 5)], SlideDirectives())])
        d.metadata = DeckMetadata(title: "T", author: "A", subject: "S", keywords: ["k1", "k2"], language: "en")
        d.slides[0].notes = ["Say hello", "Then pause"]
        let (document, _) = Self.layout(d)
        #expect(document.metadata == DocumentMetadata(title: "T", author: "A", subject: "S", keywords: ["k1", "k2"], language: "en"))
        #expect(document.outline.map(\.title) == ["Intro", "Slide 2"])
        #expect(document.outline.map(\.pageIndex) == [0, 1])
        #expect(document.pages[0].notes == "Say hello\n\nThen pause")
        #expect(document.pages[1].notes == nil)
    }

    @Test func unknownThemeWarnsOnceAndFallsBack() {
        let d = deck([([MD.paragraph("a", line: 1)], SlideDirectives(theme: "fancy")),
                      ([MD.paragraph("b", line: 3)], SlideDirectives(theme: "fancy"))])
        let (document, diagnostics) = Self.layout(d)
        #expect(diagnostics.map(\.id) == ["deck.unknown-theme"])
        #expect(document.pages[0].frame.background == DeckTheme.marpDefault.background)
    }

    @Test func styleRulesOverrideTheTheme() {
        let rules = [StyleRule(selector: "section", declarations: [StyleDeclaration(property: "background-color", value: "#102030", line: 2),
                                                                   StyleDeclaration(property: "font-size", value: "20px", line: 3)]),
                     StyleRule(selector: "h1", declarations: [StyleDeclaration(property: "color", value: "red", line: 4)]),
                     StyleRule(selector: "section.special", declarations: [StyleDeclaration(property: "color", value: "#00ff00", line: 5)])]
        let d = deck([([MD.heading(1, "Red", line: 1), MD.paragraph("small", line: 3)], SlideDirectives())], styles: rules)
        let (document, _) = Self.layout(d)
        let frame = document.pages[0].frame
        #expect(frame.background?.hex == "#102030")
        let styles = allTexts(frame.items)
        #expect(styles.first { $0.plainText == "Red" }?.style.color.hex == "#ff0000")
        #expect(styles.first { $0.plainText == "small" }?.style.size == 20)
        #expect(styles.first { $0.plainText == "small" }?.style.color.hex != "#00ff00")
    }

    @Test func columnsSplitTheWidthByTheirWeights() throws {
        let rules = [StyleRule(selector: ".columns", declarations: [
            StyleDeclaration(property: "grid-template-columns", value: "1fr 2fr", line: 1),
            StyleDeclaration(property: "gap", value: "20px", line: 2)])]
        let blocks = [MD.html("<div class=\"columns\">\n<div>", line: 1), MD.paragraph("Left", line: 4),
                      MD.html("</div>\n<div>", line: 6), MD.paragraph("Right", line: 9), MD.html("</div>\n</div>", line: 11)]
        let (document, _) = Self.layout(deck([(blocks, SlideDirectives())], styles: rules))
        let texts = allTexts(document.pages[0].frame.items)
        let left = try #require(texts.first { $0.plainText == "Left" })
        let right = try #require(texts.first { $0.plainText == "Right" })
        // Content width 1123: (1123 - 20) / 3 = 367.67 for the first column.
        #expect(abs(left.box.minX - 78.5) < 0.01)
        #expect(abs(right.box.minX - (78.5 + 367.67 + 20)) < 0.01)
        #expect(abs(left.box.minY - right.box.minY) < 0.01)
    }
}

/// Every text item under `items`.
func allTexts(_ items: [Item]) -> [TextItem] {
    items.flatMap { item -> [TextItem] in
        switch item {
        case .text(let t): return [t]
        case .group(let g): return allTexts(g.items)
        default: return []
        }
    }
}

/// Texts inside groups with class `tag`.
func texts(in items: [Item], tagged tag: String) -> [String] {
    items.flatMap { item -> [String] in
        guard case .group(let g) = item else { return [] }
        return g.tag.classes.contains(tag) ? allTexts(g.items).map(\.plainText) : texts(in: g.items, tagged: tag)
    }
}
