import Testing
@testable import Deck

@Test func localDirectivesCarryAndSpotDirectivesStayOnTheirSlide() {
    let text = """
    ---
    paginate: true
    _paginate: false
    footer: "**ACME** :rocket:"
    ---

    # Title

    ---
    <!-- class: invert -->
    <!-- _backgroundColor: black -->
    <!-- color: white -->

    two

    ---

    <!-- _paginate: hold -->
    three

    ---

    <!--
    paginate: skip
    class: [lead, small]
    header: Part 2
    footer: ""
    -->
    four

    """
    let (deck, diagnostics) = ParseDump.parse(text)
    #expect(diagnostics.isEmpty)
    #expect(ParseDump.deck(deck) == """
    deck 1280x720
    slide 0 line 6: theme=default paginate=hidden footer="**ACME** 🚀"
      heading(1)
        text "Title"
    slide 1 line 10: theme=default paginate=shown class=invert footer="**ACME** 🚀" bg="black" color="white"
      paragraph
        text "two"
    slide 2 line 17: theme=default paginate=hold class=invert footer="**ACME** 🚀" color="white"
      paragraph
        text "three"
    slide 3 line 22: theme=default paginate=skip class=lead,small header="Part 2" color="white"
      paragraph
        text "four"

    """)
}

@Test func aLocalDirectiveAtTheEndOfASlideAppliesToTheWholeSlide() {
    let (deck, _) = ParseDump.parse("one\n\n<!-- backgroundColor: red -->\n\n---\n\ntwo\n")
    #expect(deck.slides.map { $0.directives.backgroundColor } == ["red", "red"])
}

@Test func lastGlobalDirectiveWinsWhereverItIsWritten() {
    let text = "---\ntheme: gaia\nsize: 4:3\n---\n\none\n\n<!-- theme: uncover -->\n\n---\n\n<!-- theme: trellis -->\n"
    let (deck, diagnostics) = ParseDump.parse(text)
    #expect(diagnostics.isEmpty)
    #expect(deck.size == .fourByThree)
    #expect(deck.slides.map(\.directives.theme) == ["trellis", "trellis"])
}

@Test func metadataComesFromFrontMatterAndComments() {
    let text = """
    ---
    marp: true
    title: Handoff
    author: Ada
    description: How the system fits together
    keywords: architecture, handoff
    lang: en-GB
    date: 2026-11-24
    math: katex
    url: https://example.com
    ---
    <!-- title: Final title -->

    """
    let (deck, diagnostics) = ParseDump.parse(text)
    #expect(diagnostics.isEmpty)
    #expect(ParseDump.deck(deck) == """
    deck 1280x720 math=katex
      title: Final title
      author: Ada
      subject: How the system fits together
      lang: en-GB
      date: 2026-11-24
      keywords: architecture|handoff
    slide 0 line 12: theme=default paginate=hidden

    """)
}

@Test func keywordsAcceptAYAMLList() {
    let (deck, _) = ParseDump.parse("---\nkeywords: [a, b c]\n---\n")
    #expect(deck.metadata.keywords == ["a", "b c"])
}

@Test func severalDirectivesInOneCommentAndBackgroundImageSettings() {
    let text = "<!--\nbackgroundImage: url(bg.png)\nbackgroundPosition: top\nbackgroundRepeat: repeat-x\nbackgroundSize: contain\n-->\n"
    let (deck, _) = ParseDump.parse(text)
    let directives = deck.slides[0].directives
    #expect(directives.backgroundImage == "url(bg.png)")
    #expect(directives.backgroundPosition == "top")
    #expect(directives.backgroundRepeat == "repeat-x")
    #expect(directives.backgroundSize == "contain")
}

@Test func inlineCommentsAreDirectivesToo() {
    let (deck, _) = ParseDump.parse("Some text <!-- _class: lead --> here\n")
    #expect(deck.slides[0].directives.classes == ["lead"])
    #expect(ParseDump.deck(deck).contains("htmlInline") == false)
}

@Test func directiveValuesAreReadLooselyAsInMarpCore() {
    let text = "---\nfooter: Copyright: ACME \"Corp\" C:\\tmp\n---\n<!-- header: #1 team -->\n<!-- _class: [lead, invert] -->\n"
    let (deck, diagnostics) = ParseDump.parse(text)
    #expect(diagnostics.isEmpty)
    #expect(deck.slides[0].directives.footer == "Copyright: ACME \"Corp\" C:\\tmp")
    #expect(deck.slides[0].directives.header == "#1 team")
    #expect(deck.slides[0].directives.classes == ["lead", "invert"])
}

@Test func aDirectiveCommentThatIsNotYAMLIsANoteWithAWarning() {
    let text = "<!-- footer: **ACME** 2026 -->\n\n# A\n"
    let (deck, diagnostics) = ParseDump.parse(text)
    #expect(ParseDump.diagnostics(diagnostics, in: text).hasPrefix("warning deck.bad-yaml 1:15 the 'footer' directive comment is not valid YAML ("))
    #expect(deck.slides[0].directives.footer == nil)
    #expect(deck.slides[0].notes == ["footer: **ACME** 2026"])
}

@Test func aRemovedInlineCommentLeavesNoSpaceAtTheEnds() {
    let (deck, _) = ParseDump.parse("# Title <!-- _class: lead -->\n\n# <!-- color: red --> Other\n")
    #expect(deck.slides[0].blocks.map(\.plainText) == ["Title", "Other"])
    #expect(deck.slides[0].directives.classes == ["lead"])
    #expect(deck.slides[0].directives.color == "red")
}
