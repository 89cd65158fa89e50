import Diagnostics
import Native
import Scene
import Testing
@testable import Deck

/// Markdown documents typeset with the fake measurer.
@Suite struct DocumentTypesetterTests {
    static func typeset(_ text: String, resources: [String: String] = [:],
                        paper: DocumentPaper? = nil) -> (document: Document, diagnostics: [Diagnostic]) {
        let files = InMemoryDeckResources(resources.mapValues { Array($0.utf8) })
        let typesetter = DocumentTypesetter(measurer: LayoutFakeMeasurer(), resources: files,
                                            options: DocumentOptions(paper: paper))
        return typesetter.typeset(SourceFile(name: "doc.md", text: text))
    }

    /// Every text run of a page, in drawing order.
    static func texts(_ items: [Item]) -> [String] {
        items.flatMap { item -> [String] in
            switch item {
            case .text(let text): return [text.plainText]
            case .group(let group): return texts(group.items)
            default: return []
            }
        }
    }

    /// Every link target of a page.
    static func links(_ items: [Item]) -> [String] {
        items.flatMap { item -> [String] in
            if case .group(let group) = item { return (group.link.map { [$0.url] } ?? []) + links(group.items) }
            return []
        }
    }

    /// The lowest text box edge among items (chrome excluded by the caller).
    static func contentBottom<S: Sequence>(_ items: S) -> Double where S.Element == Item {
        items.map { item -> Double in
            switch item {
            case .text(let text): return text.box.maxY
            case .group(let group): return contentBottom(group.items)
            case .shape(let shape): return shape.path.bounds.maxY
            case .image(let image): return image.rect.maxY
            }
        }.max() ?? 0
    }

    static func lines(_ count: Int, prefix: String) -> String {
        (1...count).map { "\(prefix) paragraph \($0) says a few words." }.joined(separator: "\n\n")
    }

    @Test func titleBlockComesFromFrontMatterAndReplacesTheFirstHeading() {
        let (document, diagnostics) = Self.typeset("""
        ---
        title: Ops runbook
        subtitle: For the on-call
        author: Platform
        version: 1.2
        keywords: [ops, backup]
        ---

        # Ops runbook

        Hello.
        """)
        #expect(diagnostics.isEmpty)
        let texts = Self.texts(document.pages[0].frame.items)
        #expect(texts.filter { $0.contains("Ops") && $0.contains("runbook") }.count == 1)
        #expect(texts.contains { $0.contains("Version") })
        #expect(document.metadata.title == "Ops runbook")
        #expect(document.metadata.subject == "For the on-call")
        #expect(document.metadata.keywords == ["ops", "backup"])
        // No running header on the title page; the footer counts pages.
        #expect(texts.last == "1 / 1")
    }

    @Test func paperComesFromFrontMatterUnlessOverridden() {
        let letter = Self.typeset("---\npaper: letter\n---\n\nText.\n")
        #expect(letter.document.pages[0].frame.size.width == 612)
        let a4 = Self.typeset("---\npaper: letter\n---\n\nText.\n", paper: .a4)
        #expect(abs(a4.document.pages[0].frame.size.height - 841.8898) < 0.01)
        let bad = Self.typeset("---\npaper: tabloid\n---\n\nText.\n")
        #expect(bad.diagnostics.map(\.id) == ["doc.unknown-paper"])
    }

    @Test func diagnosticsSpeakOfTheDocument() {
        let (_, diagnostics) = Self.typeset("# Guide\n\n![](missing.png)\n\n![](https://example.com/a.png)\n\n![](gone.mmd)\n")
        #expect(diagnostics.map(\.id) == ["doc.missing-image", "doc.remote-image", "doc.missing-diagram"])
        for diagnostic in diagnostics {
            let words = diagnostic.message + " " + (diagnostic.hint ?? "")
            #expect(!words.contains("deck") && !words.contains("slide"), "\(words)")
        }
        #expect(diagnostics.contains { $0.hint?.contains("relative to the document file") == true })
    }

    @Test func headingAnchorsFollowGitHubAndInternalLinksPointAtThem() {
        let (document, _) = Self.typeset("""
        ## Backup & restore

        See [restore](#backup--restore) and [site](https://example.com).

        ## Backup & restore
        """)
        let anchors = document.pages.flatMap(\.anchors).map(\.name)
        #expect(anchors.contains("backup--restore"))
        #expect(anchors.contains("backup--restore-1"))
        let links = document.pages.flatMap { Self.links($0.frame.items) }
        #expect(links.contains("#backup--restore"))
        #expect(links.contains("https://example.com"))
        #expect(document.outline.map(\.title) == ["Backup & restore", "Backup & restore"])
    }

    @Test func outlineNestsHeadingsFromTheTopLevelUsed() {
        let (document, _) = Self.typeset("## One\n\ntext\n\n### One a\n\ntext\n\n## Two\n")
        #expect(document.outline.map(\.level) == [1, 2, 1])
        #expect(document.outline.map(\.pageIndex) == [0, 0, 0])
    }

    @Test func numberedHeadings() {
        let (document, _) = Self.typeset("---\nnumbered: true\n---\n\n## Intro\n\n### Scope\n\n### Terms\n\n## Steps\n")
        #expect(document.outline.map(\.title) == ["1 Intro", "1.1 Scope", "1.2 Terms", "2 Steps"])
        // The anchor is the heading's own text, so links written for GitHub still work.
        #expect(document.pages[0].anchors.map(\.name).contains("scope"))
    }

    @Test func tableOfContentsShowsThePagesOfItsHeadings() {
        let text = """
        ---
        title: Guide
        toc: true
        ---

        ## First

        text

        <!-- pagebreak -->

        ## Second

        \(Self.lines(60, prefix: "Long"))

        ## Third
        """
        let (document, _) = Self.typeset(text)
        let pageOf = Dictionary(uniqueKeysWithValues: document.outline.map { ($0.title, $0.pageIndex + 1) })
        #expect(pageOf["Contents"] == 1)
        #expect(pageOf["First"] == 2)
        #expect(pageOf["Second"] == 3)
        let third = pageOf["Third"] ?? 0
        #expect(third > 3)
        let contents = Self.texts(document.pages[0].frame.items)
        // Each entry's title is followed by its page number.
        for (title, page) in [("First", 2), ("Second", 3), ("Third", third)] {
            let index = contents.firstIndex(of: title)
            #expect(index.map { contents[$0 + 1] } == String(page))
        }
        #expect(Self.links(document.pages[0].frame.items).contains("#third"))
    }

    @Test func tableSplitAcrossPagesRepeatsItsHeader() {
        let rows = (1...80).map { "| row \($0) | value \($0) |" }.joined(separator: "\n")
        let (document, _) = Self.typeset("| Name | Value |\n|---|---|\n" + rows + "\n")
        #expect(document.pages.count >= 2)
        for page in document.pages {
            let texts = Self.texts(page.frame.items)
            #expect(texts.contains("Name"))
        }
        // Heights computed from the row grid match what is drawn: nothing runs into the bottom margin.
        for page in document.pages {
            let bottoms = page.frame.items.dropLast().compactMap(LineSlicer.middle)
            #expect(bottoms.allSatisfy { $0 <= page.frame.size.height - 68 })
            #expect(Self.contentBottom(page.frame.items.dropLast()) <= page.frame.size.height - 68 + 0.5)
        }
        // Every row is drawn exactly once.
        let all = document.pages.flatMap { Self.texts($0.frame.items) }
        #expect(all.filter { $0 == "row 80" }.count == 1)
        #expect(all.filter { $0 == "row 1" }.count == 1)
    }

    @Test func longCodeBlockIsSplitBetweenLines() {
        let code = (1...150).map { "echo line\($0)" }.joined(separator: "\n")
        let (document, _) = Self.typeset("```bash\n\(code)\n```\n")
        #expect(document.pages.count >= 2)
        let all = document.pages.flatMap { Self.texts($0.frame.items) }.joined(separator: "\n")
        for n in [1, 75, 150] { #expect(all.contains("line\(n)")) }
    }

    @Test func diagramIsNeverSplitAndGetsItsCaption() {
        let filler = Self.lines(22, prefix: "Intro")
        let diagram = "```mermaid\nflowchart TD\n  accTitle: Restore flow\n  A --> B --> C --> D --> E\n```\n"
        let (document, diagnostics) = Self.typeset(filler + "\n\n" + diagram)
        #expect(diagnostics.isEmpty)
        let pagesWithDiagram = document.pages.indices.filter { index in
            Self.texts(document.pages[index].frame.items).contains("E")
        }
        #expect(pagesWithDiagram.count == 1)
        let captionPage = document.pages.indices.filter {
            Self.texts(document.pages[$0].frame.items).contains { $0.contains("Restore") }
        }
        #expect(captionPage == pagesWithDiagram)
    }

    @Test func admonitionsBecomeTitledCallOuts() {
        var text = ""
        for kind in ["NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION"] {
            text += "> [!\(kind)]\n> Body of \(kind.lowercased()).\n\n"
        }
        text += "> Just a quote.\n"
        let (document, _) = Self.typeset(text)
        let texts = Self.texts(document.pages[0].frame.items)
        for title in ["Note", "Tip", "Important", "Warning", "Caution"] { #expect(texts.contains(title)) }
        #expect(!texts.contains { $0.contains("[!") })
    }

    @Test func admonitionKindsAndOrdinaryQuotes() {
        func quote(_ markdown: String) -> Admonition? {
            MarkdownParser.parse(markdown).children.first.flatMap { Admonition($0) }
        }
        #expect(quote("> [!WARNING]\n> Careful.")?.kind == .warning)
        #expect(quote("> [!caution]\n> Careful.")?.kind == .caution)
        #expect(quote("> [!NOTE]\n> One.\n>\n> Two.")?.blocks.count == 2)
        #expect(quote("> [!NOTE] inline title")  == nil)
        #expect(quote("> [!DANGER]\n> x") == nil)
        #expect(quote("> plain") == nil)
        #expect(Admonition.Kind.warning.title == "Warning")
    }

    @Test func slugsFollowGitHub() {
        #expect(HeadingSlugs.slug("Backup & restore") == "backup--restore")
        #expect(HeadingSlugs.slug("3. Run migrations (expand only)") == "3-run-migrations-expand-only")
        #expect(HeadingSlugs.slug("Disk full ✅") == "disk-full-")
        #expect(HeadingSlugs.slug("DB_lock – état") == "db_lock--état")
        var slugs = HeadingSlugs()
        #expect([slugs.make("A"), slugs.make("A"), slugs.make("A")] == ["a", "a-1", "a-2"])
    }

    @Test func footerCountsPagesAndHeaderShowsTheTitle() {
        let (document, _) = Self.typeset("---\ntitle: Manual\n---\n\n" + Self.lines(80, prefix: "Body"))
        #expect(document.pages.count >= 2)
        let second = Self.texts(document.pages[1].frame.items)
        #expect(second.contains("Manual"))
        #expect(second.contains("2 / \(document.pages.count)"))
    }

    @Test func sameInputSameDocument() {
        let text = "---\ntitle: T\ntoc: true\n---\n\n## A\n\n" + Self.lines(40, prefix: "x") + "\n\n## B\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"
        #expect(Self.typeset(text).document == Self.typeset(text).document)
    }
}

@Suite struct DocumentTextTests {
    @Test func emojiShortcodesOutsideCode() {
        let (document, _) = DocumentTypesetterTests.typeset("Careful :warning: here `:warning:`\n")
        let texts = DocumentTypesetterTests.texts(document.pages[0].frame.items)
        #expect(texts.contains { $0.contains("⚠️") }, "\(texts)")
        #expect(texts.contains { $0.contains(":warning:") })
    }

    @Test func aContentsHeadingKeepsItsAnchor() {
        let (document, _) = DocumentTypesetterTests.typeset("---\ntoc: true\n---\n\n## Contents\n\n## Other\n")
        let names = document.pages.flatMap(\.anchors).map(\.name)
        #expect(names.filter { $0 == "contents" }.count == 1)
    }
}

@Suite struct DocumentRobustnessTests {
    @Test(arguments: [
        "", "---\ntitle: Only front matter\n---\n", "---\nunclosed: yes\n", "---\n- a list\n---\n\ntext\n",
        "# A\n## B\n### C\n#### D\n##### E\n###### F\n", "| a |\n|---|\n", "```\n```\n", "- one\n", "> [!NOTE]\n",
        "> [!WARNING]\n>\n", String(repeating: "word ", count: 5000), String(repeating: "x", count: 3000),
        "[^1]\n\n[^1]: note\n", "<!-- pagebreak -->\n<!-- pagebreak -->\n", "![](missing.mmd)\n",
    ])
    func oddInputStillGivesPages(_ text: String) {
        let (document, _) = DocumentTypesetterTests.typeset(text)
        #expect(!document.pages.isEmpty)
        for page in document.pages {
            #expect(DocumentTypesetterTests.texts(page.frame.items).last?.contains(" / \(document.pages.count)") == true)
        }
    }
}
