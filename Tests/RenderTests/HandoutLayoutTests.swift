import Geometry
import Render
import Scene
import Testing

/// Handout pages: the slide on top of a portrait page, notes under it, long notes continued.
@Suite struct HandoutLayoutTests {
    /// Every character 6 units wide, every line 14 units tall.
    struct FixedMeasurer: TextMeasurer {
        func measure(_ spans: [TextSpan], style: TextStyle, maxWidth: Double?) -> Size {
            let text = spans.map(\.text).joined()
            var lines = 0
            var widest = 0.0
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                let width = Double(line.count) * 6
                let wrapped = maxWidth.map { max(1, Int((width / $0).rounded(.up))) } ?? 1
                lines += wrapped
                widest = max(widest, min(width, maxWidth ?? width))
            }
            return Size(width: widest, height: Double(lines) * 14)
        }
    }

    func texts(_ page: Page) -> [TextItem] {
        page.frame.items.compactMap { if case .text(let text) = $0 { return text } else { return nil } }
    }

    @Test func slideOnTopNotesBelow() {
        let handout = HandoutLayout(measurer: FixedMeasurer()).layout(DocumentFixtures.document)
        #expect(handout.pages.count == 3)
        #expect(handout.pages.allSatisfy { $0.frame.size == HandoutLayout.a4 && $0.notes == nil })
        let first = handout.pages[0]
        guard case .group(let slide) = first.frame.items.first, case .group(let content) = slide.items.first else {
            Issue.record("the slide group comes first")
            return
        }
        let scale = (HandoutLayout.a4.width - 72) / 1280
        #expect(abs(content.transform.a - scale) < 1e-9)
        #expect(content.transform.tx == 36 && content.transform.ty == 36)
        let notes = texts(first).filter { $0.tag.classes == ["notes"] }
        #expect(notes.map(\.plainText) == ["Say hello (and smile)."])
        #expect(abs((notes.first?.box.minY ?? 0) - (36 + 720 * scale + 18)) < 1e-9)
        #expect(texts(first).contains { $0.plainText == "1 / 3" })
        #expect(texts(handout.pages[2]).filter { $0.tag.classes == ["notes"] }.isEmpty)
        // Anchors and bookmarks follow the slide's scale.
        #expect(handout.pages[1].anchors.last == PageAnchor(name: "details-more", y: 36 + 400 * scale))
        #expect(handout.outline.map(\.pageIndex) == [0, 1, 1, 2])
        #expect(handout.metadata == DocumentFixtures.document.metadata)
    }

    @Test func longNotesContinueOnNotesPages() {
        var document = DocumentFixtures.document
        document.pages[0].notes = (1...120).map { "Line \($0)" }.joined(separator: "\n")
        let handout = HandoutLayout(measurer: FixedMeasurer(), paper: HandoutLayout.letter).layout(document)
        // 120 lines of 14 units: about 25 fit under the slide, 51 on a full page.
        #expect(handout.pages.count == 5)
        let notes = handout.pages.prefix(3).flatMap { texts($0).filter { $0.tag.classes == ["notes"] } }
        let lines = notes.flatMap { $0.plainText.split(separator: "\n") }
        #expect(lines.count == 120)
        #expect(lines.first == "Line 1" && lines.last == "Line 120")
        #expect(texts(handout.pages[1]).contains { $0.plainText == "1 / 3 (notes)" })
        #expect(handout.outline.map(\.pageIndex) == [0, 3, 3, 4])
        for note in notes {
            #expect(FixedMeasurer().measure([TextSpan(note.plainText)], style: note.style, maxWidth: note.box.width).height
                <= note.box.height)
        }
    }

    @Test func aLongParagraphIsCutBetweenWords() {
        let words = (1...1500).map { "w\($0)" }
        var first = DocumentFixtures.document.pages[0]
        first.notes = words.joined(separator: " ")
        let document = Document(pages: [first])
        let handout = HandoutLayout(measurer: FixedMeasurer()).layout(document)
        let notes = handout.pages.flatMap { texts($0).filter { $0.tag.classes == ["notes"] } }
        #expect(notes.count >= 2)
        #expect(notes.first?.plainText.isEmpty == false, "the space under the slide is used")
        let joined = notes.map(\.plainText).joined(separator: " ").split(whereSeparator: { $0 == " " || $0 == "\n" })
        #expect(joined.map(String.init) == words, "every word once, in order")
        for note in notes {
            #expect(FixedMeasurer().measure([TextSpan(note.plainText)], style: note.style, maxWidth: note.box.width).height
                <= note.box.height)
        }
    }

    @Test func handoutRendersToPortraitPDF() throws {
        let engine = try RenderFixtures.engine()
        let handout = HandoutLayout(measurer: engine.measurer).layout(DocumentFixtures.document)
        let directory = try TemporaryDirectory()
        let path = directory.path + "/handout.pdf"
        try AtomicFile.write(try engine.renderPDF(handout), toPath: path)
        let info = try #require(DocumentFixtures.run("pdfinfo", [path]))
        #expect(info.stdout.contains("Pages:           3"))
        #expect(info.stdout.contains("Page size:       595.276 x 841.89 pts (A4)"))
        let text = try #require(DocumentFixtures.run("pdftotext", ["-f", "2", "-l", "2", path, "-"]))
        #expect(text.stdout.contains("Zweite Folie: Grüße"))
        #expect(text.stdout.contains("Details"))
    }
}
