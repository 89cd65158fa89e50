import Testing
@testable import Deck

@Test func stylesFromFrontMatterStyleBlocksAndScopedBlocks() {
    let text = """
    ---
    style: |
      section { background-color: #fff; color: #222 !important; }
      h1, h2 { color: navy }
    ---

    <style>
    /* theme tweaks */
    section.lead h1 {
      font-size: 60px;
    }
    .columns { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
    </style>

    # Hi

    ---

    <style scoped>
    table { border-color: #ccc; }
    :root { padding: 40px }
    </style>

    two
    """
    let (deck, diagnostics) = ParseDump.parse(text)
    #expect(diagnostics.isEmpty)
    #expect(ParseDump.deck(deck) == """
    deck 1280x720
      style section { background-color: #fff @3; color: #222 @3 }
      style h1 { color: navy @4 }
      style h2 { color: navy @4 }
      style section.lead h1 { font-size: 60px @10 }
      style .columns { display: grid @12; grid-template-columns: 1fr 1fr @12; gap: 1rem @12 }
    slide 0 line 6: theme=default paginate=hidden
      heading(1)
        text "Hi"
    slide 1 line 18: theme=default paginate=hidden
      scoped table { border-color: #ccc @20 }
      scoped section { padding: 40px @21 }
      paragraph
        text "two"

    """)
}

@Test func cssOutsideTheSubsetIsReportedAtItsLine() {
    let text = """
    <style>
    @import url('x.css');
    section p:first-child { color: red; }
    h1 {
      transform: rotate(2deg);
      colour: red;
      color: blue;
    }
    @media print { h1 { color: black } }
    section::after { font-size: 18px }
    </style>
    """
    let (deck, diagnostics) = ParseDump.parse(text)
    #expect(ParseDump.diagnostics(diagnostics, in: text) == """
    warning deck.unsupported-css 2:1 unsupported CSS at-rule '@import' is ignored [Trellis draws a subset of CSS; see the deck style table in the README]
    warning deck.unsupported-css 3:1 unsupported CSS selector 'section p:first-child' is ignored [selectors are section, section.CLASS, section::after, h1-h6, p, ul, ol, li, table, thead, tr, th, td, code, pre, blockquote, header, footer, a, strong, .columns, and 'section.CLASS h1' pairs]
    warning deck.unsupported-css 5:3 unsupported CSS property 'transform' is ignored [properties are background, background-color, background-image, color, font-family, font-size, font-weight, line-height, text-align, padding, padding-top, padding-right, padding-bottom, padding-left, border, border-color, border-left, border-left-color, display, gap, column-gap, grid-template-columns, justify-content]
    warning deck.unsupported-css 6:3 unsupported CSS property 'colour' is ignored [did you mean 'color'?]
    warning deck.unsupported-css 9:1 unsupported CSS at-rule '@media' is ignored [Trellis draws a subset of CSS; see the deck style table in the README]

    """)
    #expect(deck.styles.map(ParseDump.rule) == ["h1 { color: blue @7 }", "section::after { font-size: 18px @10 }"])
}

@Test func selectorSubset() {
    for selector in ["section", "section.lead", "section.lead.invert", "section::after", "h3", ".columns",
                     "section h1", "section.lead h1", ".columns li", ":root"] {
        #expect(StyleSubset.normalizedSelector(selector) != nil, "\(selector)")
    }
    #expect(StyleSubset.normalizedSelector("section.lead > h1") == "section.lead h1")
    for selector in ["div", "h1 > em", "h1 h2", "section.lead::before", "a:hover", "#id", "section h1 em"] {
        #expect(StyleSubset.normalizedSelector(selector) == nil, "\(selector)")
    }
}

@Test func styleLinesCountWindowsLineEndings() {
    let (deck, _) = ParseDump.parse("<style>\r\nh1 {\r\n  color: red;\r\n}\r\n</style>\r\n")
    #expect(deck.styles.map(ParseDump.rule) == ["h1 { color: red @3 }"])
}

@Test func frontMatterStyleProblemsPointIntoTheBlockScalar() {
    let text = "---\ntheme: default\nstyle: |\n  section {\n    transform: none;\n  }\n---\n\n# A\n"
    let (deck, diagnostics) = ParseDump.parse(text)
    #expect(ParseDump.diagnostics(diagnostics, in: text).hasPrefix("warning deck.unsupported-css 5:5 unsupported CSS property 'transform' is ignored"))
    #expect(deck.styles.isEmpty)
}

@Test func theLastStyleDirectiveWins() {
    let (deck, _) = ParseDump.parse("---\nstyle: \"h1 { color: red }\"\n---\n<!-- style: \"h2 { color: blue }\" -->\n")
    #expect(deck.styles.map(ParseDump.rule) == ["h2 { color: blue @4 }"])
}
