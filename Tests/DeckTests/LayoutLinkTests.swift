import Geometry
import Native
import Scene
import Testing
@testable import Deck

@Suite struct LayoutLinkTests {
    func links(_ items: [Item]) -> [(String, [String])] {
        items.flatMap { item -> [(String, [String])] in
            guard case .group(let g) = item else { return [] }
            if let link = g.link { return [(link.url, allTexts(g.items).map(\.plainText))] }
            return links(g.items)
        }
    }

    @Test func linksBecomeLinkedGroupsOverTheirText() {
        let d = deck([([MD.paragraph([MD.text("See "), MD.link("slide three", "#slide-3"), MD.text(" or "),
                                      MD.link("docs", "https://example.com/docs")], line: 1)], SlideDirectives())])
        let (document, _) = LayoutTests.layout(d)
        let found = links(document.pages[0].frame.items)
        #expect(found.map(\.0) == ["#slide-3", "https://example.com/docs"])
        #expect(found.map(\.1) == [["slide three"], ["docs"]])
    }

    @Test func pagesHaveSlideAnchorsAndUniqueHeadingAnchors() {
        let d = deck([([MD.heading(1, "Data flow", line: 1)], SlideDirectives()),
                      ([MD.heading(2, "Data flow", line: 4), MD.heading(3, "Why? (really)", line: 6)], SlideDirectives())])
        let (document, _) = LayoutTests.layout(d)
        #expect(document.pages.map { $0.anchors.map(\.name) } == [["slide-1", "1", "data-flow"],
                                                                    ["slide-2", "2", "data-flow-1", "why-really"]])
        // A heading anchor sits where the heading is drawn.
        let heading = allTexts(document.pages[1].frame.items).first { $0.plainText == "Why? (really)" }
        let anchor = document.pages[1].anchors[3]
        #expect(abs((heading?.box.minY ?? 0) - anchor.y) < 20)
    }

    @Test func headerAndFooterReadInlineMarkdown() {
        let d = deck([([MD.paragraph("x", line: 1)],
                       SlideDirectives(header: "**Acme** [docs](https://x.y)", footer: "1. Intro `v2`"))])
        let (document, _) = LayoutTests.layout(d)
        let items = document.pages[0].frame.items
        #expect(texts(in: items, tagged: "header") == ["Acme", " ", "docs"])
        #expect(texts(in: items, tagged: "footer") == ["Intro ", "v2"])
        #expect(allTexts(items).first { $0.plainText == "Acme" }?.style.weight == 700)
        #expect(links(items).map(\.0) == ["https://x.y"])
    }
}
