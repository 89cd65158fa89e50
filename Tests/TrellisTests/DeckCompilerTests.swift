import Diagnostics
import Foundation
import Testing
import Trellis

/// The deck facade: compile from files beside the deck, render PDF and PNG, hand-outs.
@Suite struct DeckCompilerTests {
    static let deck = """
    ---
    title: Facade deck
    author: Grace Hopper
    lang: en-US
    ---

    # First

    ![](flow.mmd)

    <!-- The first slide's notes. -->

    ---

    ## Second

    Back to [the start](#first).

    """

    let compiler: DeckCompiler
    let directory: URL

    init() throws {
        compiler = try DeckCompiler(fontDirectory: TestPaths.fonts)
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("trellis-deck-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try "flowchart LR\n  A --> B\n".write(to: directory.appendingPathComponent("flow.mmd"), atomically: true,
                                              encoding: .utf8)
    }

    func compile(_ text: String = deck, options: DeckOptions = DeckOptions()) -> DeckCompilation {
        compiler.compile(SourceFile(name: "talk.md", text: text), baseDirectory: directory.path, options: options)
    }

    @Test func compilesSlidesWithNotesMetadataAndReadFiles() throws {
        let compilation = compile()
        #expect(!compilation.diagnostics.hasErrors, "\(compilation.diagnostics)")
        let document = try #require(compilation.document)
        #expect(document.pages.count == 2)
        #expect(document.pages.first?.frame.size.width == 1280)
        #expect(document.pages.first?.notes == "The first slide's notes.")
        #expect(document.metadata.title == "Facade deck")
        #expect(document.metadata.language == "en-US")
        #expect(compilation.readFiles == [directory.appendingPathComponent("flow.mmd").path])
        // Marp decks link to slides by number (`#2`).
        #expect(document.pages[1].anchors.contains { $0.name == "2" })
        #expect(!document.pages[1].anchors.contains { $0.name == "1" })
    }

    @Test func aMissingFileIsAnErrorAtItsLineAndNoDocument() {
        let compilation = compile("# Title\n\n![](nowhere.png)\n")
        #expect(compilation.document == nil)
        let error = compilation.diagnostics.first { $0.severity == .error }
        #expect(error.map { compilation.source.location(of: $0.range.start).line } == 3)
    }

    @Test func remoteFilesAreNeverFetched() {
        let resources = DeckFileResources(baseDirectory: directory.path)
        guard case .failure(let problem) = resources.bytes(at: "https://example.com/a.png") else {
            Issue.record("a URL must be refused")
            return
        }
        #expect(problem.message.contains("never uses the network"))
        #expect(resources.readFiles.isEmpty)
    }

    @Test func pdfIsDeterministicAndSlideSized() throws {
        let document = try #require(compile().document)
        let options = DeckOptions(sourceDateEpoch: 1_700_000_000)
        let first = try compiler.renderPDF(document, options: options)
        #expect(first == (try compiler.renderPDF(document, options: options)))
        #expect(String(decoding: first, as: UTF8.self).contains("/MediaBox [ 0 0 960 540 ]"))
        #expect(String(decoding: first, as: UTF8.self).contains("/Subtype /Text"))
        let plain = try compiler.renderPDF(document, options: DeckOptions(notesAsAnnotations: false))
        #expect(!String(decoding: plain, as: UTF8.self).contains("/Subtype /Text"))
    }

    @Test func internalLinksJumpToHeadingsAndDiagramsAreVector() throws {
        let document = try #require(compile("# First\n\n```mermaid\nflowchart LR\n  Client --> Gateway\n```\n\n"
            + "---\n\n## Second\n\nBack to [the start](#first) or [slide 1](#1).\n").document)
        let pdf = try compiler.renderPDF(document)
        let text = String(decoding: pdf, as: UTF8.self)
        #expect(text.contains("/Dest (first)"))
        #expect(text.contains("/Dest (1)"))
        #expect(text.contains("(first) [ "), "the name tree holds the heading's anchor")
        #expect(!text.contains("/Subtype /Image"), "the diagram is paths and text, not a picture")
        let path = directory.appendingPathComponent("links.pdf").path
        try OutputFile.write(pdf, toPath: path)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        process.arguments = ["-f", "1", "-l", "1", path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let words = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(words.contains("Client") && words.contains("Gateway"), "diagram labels are selectable text")
    }

    @Test func handoutPagesAreOnPaper() throws {
        let document = try #require(compile().document)
        let handout = compiler.outputDocument(document, options: DeckOptions(handout: .letter))
        #expect(handout.pages.count == 2)
        #expect(handout.pages.allSatisfy { $0.frame.size.width == 612 && $0.frame.size.height == 792 })
        let pdf = String(decoding: try compiler.renderPDF(document, options: DeckOptions(handout: .letter)), as: UTF8.self)
        #expect(pdf.contains("/MediaBox [ 0 0 612 792 ]"))
        #expect(!pdf.contains("/Subtype /Text"), "handout notes are printed, not annotations")
    }

    @Test func pngPagesAtTheSlideSize() throws {
        let document = try #require(compile().document)
        let images = try compiler.renderPNGs(document, pages: [1], options: DeckOptions(scale: 2))
        #expect(images.count == 1)
        let header = Array(images[0].prefix(24))
        let width = header[16..<20].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 2560)
    }

    @Test func themeOverrideReplacesTheDecksTheme() throws {
        let own = try #require(compile("---\ntheme: gaia\n---\n\n# A\n").document)
        let overridden = try #require(compile("---\ntheme: gaia\n---\n\n# A\n", options: DeckOptions(theme: "uncover")).document)
        let uncover = try #require(compile("---\ntheme: uncover\n---\n\n# A\n").document)
        #expect(own.pages[0].frame != overridden.pages[0].frame)
        #expect(overridden.pages[0].frame == uncover.pages[0].frame)
        #expect(DeckCompiler.themes == ["default", "gaia", "uncover", "trellis"])
    }
}

/// `--pages` lists, page selection and per-page file names.
@Suite struct DeckPageTests {
    @Test func selectionsParseAndResolve() throws {
        #expect(try PageSelection("3-5")?.indices(pageCount: 6).get() == [2, 3, 4])
        #expect(try PageSelection("2, 1,4-5")?.indices(pageCount: 6).get() == [1, 0, 3, 4])
        #expect(try PageSelection("5-")?.indices(pageCount: 6).get() == [4, 5])
        #expect(try PageSelection("2,2")?.indices(pageCount: 6).get() == [1])
        for bad in ["", "0", "5-3", "a", "1,,2", "-3", "2-x"] {
            #expect(PageSelection(bad) == nil, "\(bad)")
        }
        guard case .failure(let error) = PageSelection("4-9")?.indices(pageCount: 6) else {
            Issue.record("page 9 of 6 must fail")
            return
        }
        #expect(error.message == "page 9 does not exist: the deck has 6 pages")
    }

    @Test func fileNamesNumberThePage() {
        #expect(PageFileNames.name(for: "slides.png", page: 3, pageCount: 20) == "slides.003.png")
        #expect(PageFileNames.name(for: "out/a.b/slides.png", page: 12, pageCount: 1200) == "out/a.b/slides.0012.png")
        #expect(PageFileNames.name(for: "out.d/slides", page: 1, pageCount: 2) == "out.d/slides.001")
        #expect(PageFileNames.name(for: ".png", page: 1, pageCount: 2) == ".png.001")
    }
}
