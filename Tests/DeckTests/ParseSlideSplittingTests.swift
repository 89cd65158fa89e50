import Testing
@testable import Deck

@Test func thematicBreaksSplitSlides() {
    let (deck, diagnostics) = ParseDump.parse("# One\n\n---\n\n# Two\n\n***\n\nthree\n")
    #expect(diagnostics.isEmpty)
    #expect(ParseDump.deck(deck, positions: true) == """
    deck 1280x720
    slide 0 line 1: theme=default paginate=hidden
      heading(1) 1:1-1:5
        text "One" 1:3-1:5
    slide 1 line 4: theme=default paginate=hidden
      heading(1) 5:1-5:5
        text "Two" 5:3-5:5
    slide 2 line 8: theme=default paginate=hidden
      paragraph 9:1-9:5
        text "three" 9:1-9:5

    """)
}

@Test func dashesUnderAParagraphLineMakeAHeadingNotASlide() {
    // As in markdown-it (which Marpit uses): a setext heading, not a break.
    let (deck, _) = ParseDump.parse("Title\n---\n\nbody\n")
    #expect(deck.slides.count == 1)
    #expect(deck.slides[0].blocks.first?.kind == .heading(level: 2))
}

@Test func frontMatterIsNotASlideAndPositionsStayFileLines() {
    let (deck, diagnostics) = ParseDump.parse("---\ntheme: gaia\n---\n\n# Hi\n\n---\n\nbye\n")
    #expect(diagnostics.isEmpty)
    #expect(ParseDump.deck(deck, positions: true) == """
    deck 1280x720
    slide 0 line 4: theme=gaia paginate=hidden
      heading(1) 5:1-5:4
        text "Hi" 5:3-5:4
    slide 1 line 8: theme=gaia paginate=hidden
      paragraph 9:1-9:3
        text "bye" 9:1-9:3

    """)
}

@Test func anUnclosedFirstFenceIsABreak() {
    let (deck, _) = ParseDump.parse("---\n\nfirst\n")
    #expect(deck.slides.count == 2)
    #expect(deck.slides[0].blocks.isEmpty)
}

@Test func headingDividerNumberSplitsAtThatLevelAndAbove() {
    let (deck, _) = ParseDump.parse("<!-- headingDivider: 2 -->\n# A\n## B\n### C\ntext\n## D\n")
    #expect(deck.headingDivider == [1, 2])
    #expect(ParseDump.deck(deck) == """
    deck 1280x720 headingDivider=[1, 2]
    slide 0 line 1: theme=default paginate=hidden
      heading(1)
        text "A"
    slide 1 line 3: theme=default paginate=hidden
      heading(2)
        text "B"
      heading(3)
        text "C"
      paragraph
        text "text"
    slide 2 line 6: theme=default paginate=hidden
      heading(2)
        text "D"

    """)
}

@Test func headingDividerListSplitsOnlyAtThoseLevels() {
    let (deck, _) = ParseDump.parse("---\nheadingDivider: [2, 4]\n---\n# A\n## B\n### C\n#### D\n")
    #expect(deck.slides.map { $0.blocks.count } == [1, 2, 1])
}

@Test func headingDividerWrittenLastStillSplitsTheWholeDeck() {
    let (deck, _) = ParseDump.parse("# A\n\n# B\n\n<!-- headingDivider: 1 -->\n")
    #expect(deck.slides.count == 2)
}

@Test func aDividerHeadingRightAfterABreakMakesNoEmptySlide() {
    let (deck, _) = ParseDump.parse("<!-- headingDivider: 2 -->\n# A\n\n---\n\n<!-- _class: lead -->\n## B\n")
    #expect(deck.slides.count == 2)
    #expect(deck.slides[1].directives.classes == ["lead"])
}

@Test func headingDividerFalseTurnsItOff() {
    let (deck, _) = ParseDump.parse("---\nheadingDivider: 1\n---\n# A\n# B\n<!-- headingDivider: false -->\n")
    #expect(deck.slides.count == 1)
}

@Test func nestedBreaksDoNotSplit() {
    let (deck, _) = ParseDump.parse("> a\n>\n> ***\n>\n> b\n")
    #expect(deck.slides.count == 1)
}

@Test func footnoteDefinitionsStayOnTheirSlide() {
    let (deck, _) = ParseDump.parse("a[^1]\n\n[^1]: first\n\n---\n\nb\n")
    #expect(deck.slides.count == 2)
    #expect(deck.slides[0].blocks.map(\.kind) == [.paragraph, .footnoteDefinition(label: "1")])
}

@Test func emptyDeckHasOneEmptySlide() {
    let (deck, diagnostics) = ParseDump.parse("")
    #expect(deck.slides.count == 1)
    #expect(deck.slides[0].blocks.isEmpty)
    #expect(diagnostics.isEmpty)
}

@Test func windowsLineEndingsSplitAndReadDirectivesToo() {
    let (deck, diagnostics) = ParseDump.parse("---\r\ntheme: gaia\r\n---\r\n\r\n# A\r\n\r\n---\r\n\r\n<!-- _class: lead -->\r\n\r\nb\r\n")
    #expect(diagnostics.isEmpty)
    #expect(deck.slides.count == 2)
    #expect(deck.slides[0].directives.theme == "gaia")
    #expect(deck.slides[1].directives.classes == ["lead"])
}

@Test func imageTextKeepsMarpSyntaxWhileProseGetsEmoji() {
    let (deck, _) = ParseDump.parse("![bg left:40%](a.png) :fire: ![w:300px :fire:](b.png)\n")
    #expect(ParseDump.deck(deck) == """
    deck 1280x720
    slide 0 line 1: theme=default paginate=hidden
      paragraph
        image("a.png")
          text "bg left:40%"
        text " 🔥 "
        image("b.png")
          text "w:300px :fire:"

    """)
}

@Test func aByteOrderMarkDoesNotHideTheFrontMatter() {
    let (deck, diagnostics) = ParseDump.parse("\u{FEFF}---\ntheme: uncover\n---\n\n# A\n")
    #expect(diagnostics.isEmpty)
    #expect(deck.slides.count == 1)
    #expect(deck.slides[0].directives.theme == "uncover")
}
