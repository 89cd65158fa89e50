import Foundation
import Testing
@testable import Deck

@Test func commentsThatAreNotDirectivesAreNotesInOrder() {
    let text = """
    # Intro <!-- fit -->

    <!-- Say hello first. -->

    Body <!-- inline note --> text

    <!--
    Remember: the demo
    needs the VPN.
    -->

    <!-- paginate: true -->

    ---

    <!-- fit -->
    """
    let (deck, diagnostics) = ParseDump.parse(text)
    #expect(diagnostics.isEmpty)
    #expect(ParseDump.deck(deck) == """
    deck 1280x720
    slide 0 line 1: theme=default paginate=shown
      note "Say hello first."
      note "inline note"
      note "Remember: the demo\\nneeds the VPN."
      heading(1)
        text "Intro "
        htmlInline "<!-- fit -->"
      paragraph
        text "Body  text"
    slide 1 line 15: theme=default paginate=shown
      note "fit"

    """)
}

@Test func emojiShortcodesBecomeEmojiOutsideCode() {
    let (deck, _) = ParseDump.parse("Ship it :rocket: :white_check_mark: :not_an_emoji: 10:30 `:rocket:`\n\n```\n:fire:\n```\n")
    #expect(ParseDump.deck(deck) == """
    deck 1280x720
    slide 0 line 1: theme=default paginate=hidden
      paragraph
        text "Ship it 🚀 ✅ :not_an_emoji: 10:30 "
        code ":rocket:"
      codeBlock("") ":fire:\\n"

    """)
}

@Test func emojiTableHasSeveralHundredWellFormedEntries() {
    #expect(EmojiShortcodes.table.count > 500)
    #expect(EmojiShortcodes.table["+1"] == "👍")
    #expect(EmojiShortcodes.table["tada"] == "🎉")
    for line in EmojiShortcodeTable.entries.split(separator: "\n") {
        #expect(line.split(separator: " ").count % 2 == 0, "odd fields in \(line)")
    }
    #expect(EmojiShortcodes.replacing("a::b :tada::tada: :") == "a::b 🎉🎉 :")
}

@Test func htmlAfterACommentOnItsLineIsKept() {
    let (deck, _) = ParseDump.parse("<!-- left column --> <div class=\"columns\">\n\ntext\n\n</div>\n")
    #expect(ParseDump.deck(deck) == """
    deck 1280x720
    slide 0 line 1: theme=default paginate=hidden
      note "left column"
      htmlBlock "<div class=\\"columns\\">\\n"
      paragraph
        text "text"
      htmlBlock "</div>\\n"

    """)
}

@Test func mathBecomesCodeAndPricesStayText() {
    let (deck, _) = ParseDump.parse("Energy $E=mc^2$ costs $5 and $10 :fire:.\n\n$$\n\\sum_{i=1}^n i\\,\\text{s}\n$$\n\n`$x$` and $ y $, $a\\,b$ \\*\n")
    #expect(ParseDump.deck(deck) == """
    deck 1280x720
    slide 0 line 1: theme=default paginate=hidden
      paragraph
        text "Energy "
        code "E=mc^2"
        text " costs $5 and $10 🔥."
      codeBlock("math") "\\\\sum_{i=1}^n i\\\\,\\\\text{s}\\n"
      paragraph
        code "$x$"
        text " and $ y $, "
        code "a\\\\,b"
        text " *"

    """)
}
