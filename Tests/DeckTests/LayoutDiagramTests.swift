import Diagnostics
import Geometry
import Native
import Scene
import Testing
@testable import Deck

@Suite struct LayoutDiagramTests {
    func diagramGroups(_ items: [Item]) -> [GroupItem] {
        items.flatMap { item -> [GroupItem] in
            guard case .group(let g) = item else { return [] }
            return (g.tag.classes.contains("diagram") ? [g] : []) + diagramGroups(g.items)
        }
    }

    func shapes(_ items: [Item]) -> Int {
        items.reduce(0) { count, item in
            switch item {
            case .shape: return count + 1
            case .group(let g): return count + shapes(g.items)
            default: return count
            }
        }
    }

    @Test func mermaidBlockIsDrawnAsVectorShapesScaledIntoTheBox() throws {
        let code = "flowchart LR\n  A[Client] --> B[API]\n  B --> C[(DB)]\n"
        let d = deck([([MD.heading(2, "Flow", line: 1), MD.code(code, info: "mermaid", line: 3)], SlideDirectives())])
        let (document, diagnostics) = LayoutTests.layout(d)
        #expect(diagnostics.isEmpty)
        let diagram = try #require(diagramGroups(document.pages[0].frame.items).first)
        #expect(shapes(diagram.items) >= 5)  // three nodes, two edges (plus arrowheads)
        #expect(allTexts(diagram.items).map(\.plainText).sorted() == ["API", "Client", "DB"])
        #expect(!allTexts(document.pages[0].frame.items).contains { $0.plainText.contains("flowchart") })
        #expect(diagram.transform.a > 0)
    }

    @Test func mermaidErrorsAreReportedAtTheirDeckLine() throws {
        // The fence is on line 5, so the code's line 2 is deck line 7.
        let source = SourceFile(name: "deck.md", text: String(repeating: "x\n", count: 12))
        let code = "flowchart LR\n  A --> B[unclosed\n"
        let d = deck([([MD.code(code, info: "mermaid", line: 5)], SlideDirectives())])
        let (document, diagnostics) = LayoutTests.layout(d, source: source)
        let error = try #require(diagnostics.first { $0.severity == .error })
        #expect(error.id.hasPrefix("mermaid."))
        #expect(source.location(of: error.range.start).line == 7)
        // The code stays readable on the slide.
        #expect(allTexts(document.pages[0].frame.items).contains { $0.plainText.contains("unclosed") })
    }

    @Test func otherDiagramTypesWarnAndShowTheCode() throws {
        let code = "sequenceDiagram\n  Alice->>Bob: Hi\n"
        let d = deck([([MD.code(code, info: "mermaid", line: 2)], SlideDirectives())])
        let (document, diagnostics) = LayoutTests.layout(d)
        #expect(diagnostics.map(\.id) == ["deck.unsupported-diagram"])
        #expect(diagnostics.first?.severity == .warning)
        #expect(allTexts(document.pages[0].frame.items).map(\.plainText).contains("sequenceDiagram"))
    }

    @Test func diagramFileImageIsCompiled() throws {
        let resources = InMemoryDeckResources(["flow.mmd": Array("graph TD\n  X --> Y\n".utf8)])
        let d = deck([([MD.paragraph([MD.image("", "flow.mmd", line: 1)], line: 1)], SlideDirectives())])
        let (document, diagnostics) = LayoutTests.layout(d, resources: resources)
        #expect(diagnostics.isEmpty)
        let diagram = try #require(diagramGroups(document.pages[0].frame.items).first)
        #expect(allTexts(diagram.items).map(\.plainText).sorted() == ["X", "Y"])
    }

    @Test func diagramFileErrorsPointAtTheImageAndNameTheFileLine() throws {
        let source = SourceFile(name: "deck.md", text: "# T\n\n![](bad.mmd)\n")
        let resources = InMemoryDeckResources(["bad.mmd": Array("flowchart TD\n  A --> \n".utf8)])
        let d = deck([([MD.paragraph([MD.image("", "bad.mmd", line: 3)], line: 3)], SlideDirectives())])
        let (_, diagnostics) = LayoutTests.layout(d, resources: resources, source: source)
        let error = try #require(diagnostics.first)
        #expect(error.severity == .error)
        #expect(source.location(of: error.range.start).line == 3)
        #expect(error.notes.first?.message.hasPrefix("in bad.mmd at line 2:") == true)
    }

    @Test func diagramInAColumnShrinksToTheRoomLeft() throws {
        // A tall top-to-bottom chain beside a short list, under a heading.
        let chain = "flowchart TD\n" + (0..<8).map { "  N\($0) --> N\($0 + 1)\n" }.joined()
        let blocks = [MD.heading(1, "Deploy", line: 1), MD.html("<div class=\"columns\">\n<div>", line: 3),
                      MD.code(chain, info: "mermaid", line: 5), MD.html("</div>\n<div>", line: 16),
                      MD.paragraph("Steps", line: 19), MD.html("</div>\n</div>", line: 21)]
        let (document, diagnostics) = LayoutTests.layout(deck([(blocks, SlideDirectives())]))
        #expect(!diagnostics.contains { $0.id == "deck.overflow" })
        let diagram = try #require(diagramGroups(document.pages[0].frame.items).first)
        #expect(diagram.transform.a < 1)
    }

    @Test func diagramUsesTheDeckThemeColours() throws {
        let d = deck([([MD.code("flowchart TD\n  A --> B\n", info: "mermaid", line: 1)], SlideDirectives(theme: "trellis"))])
        let (document, _) = LayoutTests.layout(d)
        let diagram = try #require(diagramGroups(document.pages[0].frame.items).first)
        let strokes = collectStrokes(diagram.items)
        #expect(strokes.contains(DeckTheme.trellis.accent.hex))
    }

    func collectStrokes(_ items: [Item]) -> [String] {
        items.flatMap { item -> [String] in
            switch item {
            case .shape(let s): return s.stroke.map { [$0.color.hex] } ?? []
            case .group(let g): return collectStrokes(g.items)
            default: return []
            }
        }
    }
}
