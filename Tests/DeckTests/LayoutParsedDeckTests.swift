import Diagnostics
import Native
import Scene
import Testing
@testable import Deck

/// Real Markdown through `DeckParser`, then layout with the fake measurer.
@Suite struct LayoutParsedDeckTests {
    static let text = """
    ---
    theme: trellis
    paginate: true
    title: Handoff
    footer: "**Team** · [wiki](https://example.com)"
    ---

    <!-- _class: lead -->
    # <!-- fit --> Payments handoff

    Knowledge transfer

    <!-- Say hello first. -->

    ---

    ## Flow

    ```mermaid
    flowchart LR
      A[Client] --> B[API]
    ```

    ---

    ![bg right:40%](photo.png)

    ## Steps

    1. Read [the flow](#slide-2)
    2. Check `OWNERS`[^1]
       - [x] access

    [^1]: Rotates quarterly.

    <div class="columns">
    <div>

    Left

    </div>
    <div>

    Right

    </div>
    </div>
    """

    static func compile() -> (Document, [Diagnostic], SourceFile) {
        let source = SourceFile(name: "talk.md", text: text)
        let (deck, parseDiagnostics) = DeckParser.parse(source)
        let resources = InMemoryDeckResources(["photo.png": pngBytes(width: 600, height: 800)])
        let (document, diagnostics) = DeckLayout(measurer: LayoutFakeMeasurer(), resources: resources).layout(deck, source: source)
        return (document, parseDiagnostics + diagnostics, source)
    }

    @Test func parsedDeckDump() throws {
        let (document, diagnostics, _) = Self.compile()
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        #expect(try assertLayoutSnapshot("parsed-deck", LayoutDump.dump(document)))
    }

    @Test func parsedDeckHasOutlineNotesAndAnchors() {
        let (document, _, _) = Self.compile()
        #expect(document.pages.count == 3)
        #expect(document.outline.map(\.title) == ["Payments handoff", "Flow", "Steps"])
        #expect(document.pages[0].notes == "Say hello first.")
        #expect(document.pages[2].anchors.map(\.name) == ["slide-3", "3", "steps"])
        #expect(document.metadata.title == "Handoff")
    }

    @Test func mathIsDrawnAsMonospaceText() throws {
        let source = SourceFile(name: "m.md", text: "# Math\n\nEnergy $E = mc^2$ costs $5 and $10.\n\n$$\n\\sum_{i=1}^n x_i\n$$\n")
        let (deck, _) = DeckParser.parse(source)
        let (document, _) = DeckLayout(measurer: LayoutFakeMeasurer(), resources: InMemoryDeckResources()).layout(deck, source: source)
        let texts = allTexts(document.pages[0].frame.items)
        #expect(texts.first { $0.plainText.contains("mc^2") }?.style.family == "JetBrains Mono")
        #expect(texts.contains { $0.plainText.contains("$5") && $0.style.family == "Inter" })
        let display = try #require(texts.first { $0.plainText.contains("\\sum") })
        #expect(display.style.italic && display.style.family == "JetBrains Mono")
    }

    @Test func fitHeadingCommentSurvivesParsing() throws {
        let (document, _, _) = Self.compile()
        let title = try #require(allTexts(document.pages[0].frame.items).first { $0.plainText.contains("Payments") })
        #expect(title.style.size > DeckTheme.trellis.headingSize(1))
    }
}
