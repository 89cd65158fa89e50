import Diagnostics
import Testing
@testable import Deck

@Test func unknownDirectivesAreWarnedWithTheLikelyFix() {
    let text = """
    ---
    theme: gaia
    _theme: uncover
    pagniate: true
    ---

    <!-- footr: hello -->
    <!-- _class: lead
    colour: red -->
    <!-- TODO: fix the chart -->
    """
    let (deck, diagnostics) = ParseDump.parse(text)
    #expect(ParseDump.diagnostics(diagnostics, in: text) == """
    warning deck.unknown-directive 3:1 unknown directive '_theme' is ignored ['theme' is a global directive and applies to the whole deck; write 'theme:' without '_']
    warning deck.unknown-directive 4:1 unknown directive 'pagniate' is ignored [did you mean 'paginate'?]
    warning deck.unknown-directive 7:6 unknown directive 'footr' is ignored [did you mean 'footer'?]
    warning deck.unknown-directive 9:1 unknown directive 'colour' is ignored [did you mean 'color'?]

    """)
    #expect(deck.slides[0].directives.theme == "gaia")
    #expect(deck.slides[0].directives.classes == ["lead"])
    #expect(deck.slides[0].notes == ["footr: hello", "TODO: fix the chart"])
    #expect(diagnostics[2].notes.map(\.message) == ["the comment is kept as a speaker note"])
    #expect(diagnostics[3].notes.isEmpty)
}

@Test func badYAMLIsAnErrorAtItsPosition() {
    let cases = [
        ("---\ntitle: ok\nauthor: [unclosed\n---\n\n# Hi\n",
         "error deck.bad-yaml 3:9 the front matter is not valid YAML: did not find expected ',' or ']' while parsing a flow sequence [check quotes, colons and indentation]\n"),
        ("---\ntitle: \"ok\n---\n",
         "error deck.bad-yaml 2:8 the front matter is not valid YAML: found unexpected end of stream while scanning a quoted scalar [check quotes, colons and indentation]\n"),
        ("---\ntitle: ok\n  bad: x\n---\n",
         "error deck.bad-yaml 3:3 the front matter is not valid YAML: did not find expected key while parsing a block mapping [check quotes, colons and indentation]\n"),
    ]
    for (text, expected) in cases {
        let (deck, diagnostics) = ParseDump.parse(text)
        #expect(ParseDump.diagnostics(diagnostics, in: text) == expected)
        #expect(deck.slides.count == 1)
    }
}

@Test func unknownThemeIsAnErrorWithTheKnownThemes() {
    let text = "---\ntheme: gaiaa\n---\n<!-- theme: corporate -->\n"
    let (deck, diagnostics) = ParseDump.parse(text)
    #expect(ParseDump.diagnostics(diagnostics, in: text) == """
    error deck.unknown-theme 2:8 unknown theme 'gaiaa' [did you mean 'gaia'? themes are 'default', 'gaia', 'uncover', 'trellis']
    error deck.unknown-theme 4:13 unknown theme 'corporate' [themes are 'default', 'gaia', 'uncover', 'trellis']

    """)
    #expect(deck.slides[0].directives.theme == "default")
}

@Test func invalidValuesAreWarnedAndIgnored() {
    let text = "---\nsize: 21:9\nheadingDivider: 7\npaginate: sometimes\ntransition: fade\n---\n"
    let (deck, diagnostics) = ParseDump.parse(text)
    #expect(ParseDump.diagnostics(diagnostics, in: text) == """
    warning deck.invalid-directive-value 2:7 invalid value '21:9' for 'size' is ignored ['size' takes 16:9 or 4:3]
    warning deck.invalid-directive-value 3:17 invalid value '7' for 'headingDivider' is ignored ['headingDivider' takes a heading level 1-6, a list of levels or false]
    warning deck.invalid-directive-value 4:11 invalid value 'sometimes' for 'paginate' is ignored ['paginate' takes true, false, hold or skip]
    warning deck.ignored-directive 5:1 'transition' has no effect in a PDF [page transitions only play in marp-cli's HTML output; remove the directive]

    """)
    #expect(deck.size == .sixteenByNine)
    #expect(deck.slides[0].directives.paginate == .hidden)
}

@Test func anUnclosedCommentIsAnError() {
    let text = "# A\n\n<!-- note\n\n---\n\n# B\n"
    let (_, diagnostics) = ParseDump.parse(text)
    #expect(ParseDump.diagnostics(diagnostics, in: text) == """
    error deck.unclosed-comment 3:1 '<!--' comment is never closed [close the comment with '-->'; until then the rest of the deck is inside it]

    """)
}

@Test func diagnosticsFormatWithACaretUnderTheKey() {
    let text = "<!-- _theme: gaia -->\n"
    let (_, diagnostics) = ParseDump.parse(text)
    let file = SourceFile(name: "deck.md", text: text)
    #expect(DiagnosticFormatter().format(diagnostics, in: file) == """
    deck.md:1:6: warning: unknown directive '_theme' is ignored
       1 | <!-- _theme: gaia -->
         |      ^~~~~~
          = note: the comment is kept as a speaker note
          = hint: 'theme' is a global directive and applies to the whole deck; write 'theme:' without '_'

    """)
}
