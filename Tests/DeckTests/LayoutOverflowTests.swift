import Diagnostics
import Geometry
import Native
import Scene
import Testing
@testable import Deck

@Suite struct LayoutOverflowTests {
    /// Twenty paragraphs from line 10 on: at 29 px with line height 1.5 and 16 px gaps,
    /// the box of 563 px holds about nine.
    static let long = deck([((0..<20).map { MD.paragraph("Paragraph number \($0)", line: 10 + 2 * $0) }, SlideDirectives())])
    static let source = SourceFile(name: "deck.md", text: String(repeating: "line\n", count: 60))

    @Test func overflowIsAWarningNamingTheSlideAndTheBlock() throws {
        let (_, diagnostics) = LayoutTests.layout(Self.long, source: Self.source)
        let overflow = try #require(diagnostics.first { $0.id == "deck.overflow" })
        #expect(overflow.severity == .warning)
        #expect(overflow.message.hasPrefix("slide 1 overflows"))
        // Blocks 0...8 fit (9 × 43.5 + 8 × 16 = 519.5; the tenth ends at 579 > 563).
        #expect(Self.source.location(of: overflow.range.start).line == 10 + 2 * 9)
    }

    @Test func overflowInsideAListNamesTheItem() throws {
        let items = (0..<20).map { [MD.paragraph("Item \($0)", line: 30 + $0)] }
        let d = deck([([MD.heading(1, "List", line: 28), MD.list(items, line: 30)], SlideDirectives())])
        let (_, diagnostics) = LayoutTests.layout(d, source: Self.source)
        let overflow = try #require(diagnostics.first { $0.id == "deck.overflow" })
        let line = Self.source.location(of: overflow.range.start).line
        #expect(line > 30 && line < 50)
    }

    @Test func contentThatFitsDoesNotWarn() {
        let short = deck([((0..<5).map { MD.paragraph("Paragraph \($0)", line: 1 + $0) }, SlideDirectives())])
        #expect(LayoutTests.layout(short).1.isEmpty)
    }

    @Test func shrinkScalesTheContentInsteadOfWarning() throws {
        let (document, diagnostics) = LayoutTests.layout(Self.long, shrink: true)
        #expect(!diagnostics.contains { $0.id == "deck.overflow" })
        let content = try #require(document.pages[0].frame.items.compactMap { item -> GroupItem? in
            if case .group(let g) = item, g.tag.classes == ["content"] { return g }
            return nil
        }.first)
        #expect(content.transform.a < 1 && content.transform.a > 0.4)
        // The scaled content fits the box: its lowest text ends above the bottom padding.
        let bottom = allTexts(content.items).map { content.transform.apply(Point(x: 0, y: $0.box.maxY)).y }.max() ?? 0
        #expect(bottom <= 720 - 78.5 + 0.5)
    }

    @Test func codeIsHighlightedWithTheThemePalette() throws {
        let d = deck([([MD.code("def f():\n    return 1\n", info: "python", line: 1)], SlideDirectives())])
        let texts = allTexts(LayoutTests.layout(d).0.pages[0].frame.items)
        let keyword = try #require(texts.first { $0.plainText == "def" })
        #expect(keyword.style.color == DeckTheme.marpDefault.syntax.keyword)
        #expect(keyword.style.family == "JetBrains Mono")
    }

    @Test func longCodeLinesShrinkInsteadOfClipping() throws {
        let line = String(repeating: "x", count: 200)
        let d = deck([([MD.code(line + "\nshort\n", info: "text", line: 1)], SlideDirectives())])
        let (document, _) = LayoutTests.layout(d)
        let texts = allTexts(document.pages[0].frame.items)
        let longText = try #require(texts.first { $0.plainText == line })
        let width = LayoutFakeMeasurer().measure([TextSpan(line)], style: longText.style, maxWidth: nil).width
        #expect(longText.style.size < 29 * 0.85)
        #expect(longText.box.minX + width <= 1280 - 78.5 + 0.5)
    }

    @Test func wordsWiderThanTheLineBreakBetweenCharacters() throws {
        let long = String(repeating: "長", count: 120)
        let (document, _) = LayoutTests.layout(deck([([MD.paragraph(long, line: 1)], SlideDirectives())]))
        let lines = allTexts(document.pages[0].frame.items)
        #expect(lines.count > 1)
        #expect(lines.map(\.plainText).joined() == long)
        for line in lines {
            let width = LayoutFakeMeasurer().measure([TextSpan(line.plainText)], style: line.style, maxWidth: nil).width
            #expect(line.box.minX + width <= 1280 - 78.5 + 0.01)
        }
    }

    @Test func fitHeadingFillsTheWidth() throws {
        let fit = MD.heading(1, [MarkdownNode(kind: .htmlInline("<!-- fit -->")), MD.text(" Big")], line: 1)
        let (document, _) = LayoutTests.layout(deck([([fit], SlideDirectives())]))
        let text = try #require(allTexts(document.pages[0].frame.items).first)
        let width = LayoutFakeMeasurer().measure([TextSpan(text.plainText)], style: text.style, maxWidth: nil).width
        #expect(text.style.size > 100)
        #expect(width <= 1280 - 2 * 78.5 + 0.5)
    }
}
