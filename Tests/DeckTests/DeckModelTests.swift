import Testing
@testable import Deck

/// The deck model a Marp deck parses to, as dumps: where each directive applies (global,
/// local, spot), page numbers under `paginate` hold/skip, `headingDivider` splits, and the
/// last global winning.
@Suite struct DeckModelTests {
    @Test func sixteenByNineIsMarpsDefaultSize() {
        #expect(SlideSize.sixteenByNine == SlideSize(width: 1280, height: 720))
        #expect(DeckDocument().size == .sixteenByNine)
    }

    /// Globals apply to the whole deck wherever they are written; a local directive carries to
    /// the slides after it until changed; a spot directive (`_name`) stays on its slide.
    @Test func globalLocalAndSpotDirectivesInOneDump() {
        let text = """
        ---
        theme: gaia
        size: 4:3
        header: Handoff
        backgroundColor: "#fff"
        ---

        # One

        ---

        <!-- _backgroundColor: black -->
        <!-- _color: white -->
        <!-- _header: "" -->
        # Two

        ---

        <!-- backgroundImage: url(a.png) -->
        <!-- backgroundPosition: top right -->
        <!-- backgroundSize: 30% -->
        # Three

        ---

        <!-- _backgroundPosition: 10% 80% -->
        <!-- class: lead -->
        # Four

        <!-- math: mathjax -->
        """
        let (deck, diagnostics) = ParseDump.parse(text)
        #expect(diagnostics.isEmpty)
        #expect(ParseDump.deck(deck) == """
        deck 960x720 math=mathjax
        slide 0 line 7: theme=gaia paginate=hidden header="Handoff" bg="#fff"
          heading(1)
            text "One"
        slide 1 line 11: theme=gaia paginate=hidden bg="black" color="white"
          heading(1)
            text "Two"
        slide 2 line 18: theme=gaia paginate=hidden header="Handoff" bg="#fff" bgImage="url(a.png)" bgPosition="top right" bgSize="30%"
          heading(1)
            text "Three"
        slide 3 line 25: theme=gaia paginate=hidden class=lead header="Handoff" bg="#fff" bgImage="url(a.png)" bgPosition="10% 80%" bgSize="30%"
          heading(1)
            text "Four"

        """)
    }

    /// `hold` repeats the number before it, `skip` shows none and is not counted, so the
    /// `N` of `n / N` counts only what is numbered or hidden.
    @Test func paginateHoldAndSkipGivePageNumbers() {
        let text = """
        ---
        paginate: true
        _paginate: skip
        ---

        # Title

        ---

        # Agenda

        ---

        <!-- _paginate: hold -->
        # Agenda, continued

        ---

        <!-- paginate: false -->
        # Unnumbered

        ---

        <!-- paginate: true -->
        # Back

        """
        let (deck, diagnostics) = ParseDump.parse(text)
        #expect(diagnostics.isEmpty)
        let modes = deck.slides.map(\.directives.paginate)
        #expect(modes == [.skip, .shown, .hold, .hidden, .shown])
        let numbers = DeckLayout.pageNumbers(modes)
        #expect(numbers.numbers == [nil, 1, 1, nil, 3])
        #expect(numbers.total == 3)
    }

    @Test func holdOnTheFirstSlideShowsOne() {
        let (deck, _) = ParseDump.parse("<!-- paginate: hold -->\n# A\n\n---\n\n# B\n")
        #expect(DeckLayout.pageNumbers(deck.slides.map(\.directives.paginate)).numbers == [1, 1])
    }

    /// `headingDivider` (a level or a list) splits before headings it names, on top of `---`;
    /// a split slide starts at its heading's line, a `---` slide on the line after the rule,
    /// and each keeps the directives in force there.
    @Test func headingDividerSplitsIntoSlidesWithTheirDirectives() {
        let text = """
        ---
        headingDivider: [1, 3]
        paginate: true
        ---

        # Part one
        intro
        ## Not split
        ### Split here
        <!-- _class: invert -->
        detail
        # Part two

        ---

        after a rule
        """
        let (deck, diagnostics) = ParseDump.parse(text)
        #expect(diagnostics.isEmpty)
        #expect(ParseDump.deck(deck) == """
        deck 1280x720 headingDivider=[1, 3]
        slide 0 line 5: theme=default paginate=shown
          heading(1)
            text "Part one"
          paragraph
            text "intro"
          heading(2)
            text "Not split"
        slide 1 line 9: theme=default paginate=shown class=invert
          heading(3)
            text "Split here"
          paragraph
            text "detail"
        slide 2 line 12: theme=default paginate=shown
          heading(1)
            text "Part two"
        slide 3 line 15: theme=default paginate=shown
          paragraph
            text "after a rule"

        """)
    }

    /// The last value of a global wins for the whole deck, front matter included; metadata
    /// globals (title, keywords) too.
    @Test func lastGlobalWinsForTheWholeDeck() {
        let text = """
        ---
        theme: gaia
        title: First title
        headingDivider: 2
        ---

        # A

        <!-- theme: uncover -->
        <!-- title: Second title -->

        ---

        # B

        <!--
        theme: trellis
        headingDivider: false
        size: 4:3
        -->
        ## C
        """
        let (deck, diagnostics) = ParseDump.parse(text)
        #expect(diagnostics.isEmpty)
        #expect(deck.slides.map(\.directives.theme) == ["trellis", "trellis"])
        #expect(deck.metadata.title == "Second title")
        #expect(deck.headingDivider.isEmpty)
        #expect(deck.size == .fourByThree)
        #expect(deck.slides.count == 2)
    }

    /// A spot directive written as a global key, or a global written as spot, is reported,
    /// and the model keeps the deck as if it were absent.
    @Test func misplacedDirectivesDoNotChangeTheModel() {
        let (deck, diagnostics) = ParseDump.parse("<!-- _theme: gaia -->\n# A\n")
        #expect(diagnostics.map(\.id).contains("deck.unknown-directive") || diagnostics.map(\.id).contains("deck.misplaced-directive"))
        #expect(deck.slides.map(\.directives.theme) == ["default"])
    }

    /// An invalid `backgroundPosition` is a warning at its value and is not kept.
    @Test func invalidBackgroundPositionIsReportedAndDropped() {
        let text = "<!-- backgroundPosition: somewhere -->\n# A\n"
        let (deck, diagnostics) = ParseDump.parse(text)
        #expect(ParseDump.diagnostics(diagnostics, in: text).hasPrefix(
            "warning deck.invalid-directive-value 1:26 invalid value 'somewhere' for 'backgroundPosition' is ignored"))
        #expect(deck.slides[0].directives.backgroundPosition == nil)
    }
}
