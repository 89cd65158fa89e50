import Testing
import Native

/// The outline of `text` below the document node, without positions.
private func outline(_ text: String) -> String {
    MarkdownParser.parse(text).children.map { $0.dump(positions: false) }.joined()
}

@Test func headingsParagraphsAndEmphasis() {
    #expect(outline("# One *a* **b** ~~c~~ `d`\n\nSetext\n---\n") == """
    heading(1)
      text "One "
      emphasis
        text "a"
      text " "
      strong
        text "b"
      text " "
      strikethrough
        text "c"
      text " "
      code "d"
    heading(2)
      text "Setext"

    """)
}

@Test func thematicBreaksOfEveryMarker() {
    #expect(outline("a\n\n---\n\n***\n\n___\n") == "paragraph\n  text \"a\"\nthematicBreak\nthematicBreak\nthematicBreak\n")
}

@Test func listsKeepMarkerStartAndTightness() {
    #expect(outline("* a\n* b\n\n+ c\n\n3) x\n\n   y\n4) z\n") == """
    list(bullet '*' tight)
      item
        paragraph
          text "a"
      item
        paragraph
          text "b"
    list(bullet '+' tight)
      item
        paragraph
          text "c"
    list(ordered start=3 delim=')' loose)
      item
        paragraph
          text "x"
        paragraph
          text "y"
      item
        paragraph
          text "z"

    """)
}

@Test func taskItemsCarryTheirCheckedState() {
    #expect(outline("- [x] done\n- [ ] todo\n- plain\n") == """
    list(bullet '-' tight)
      item[x]
        paragraph
          text "done"
      item[ ]
        paragraph
          text "todo"
      item
        paragraph
          text "plain"

    """)
}

@Test func tablesKeepAlignmentsAndHeaderRow() {
    #expect(outline("| a | b | c | d |\n|:--|:-:|--:|---|\n| 1 | 2 | 3 | 4 |\n") == """
    table(left,center,right,none)
      tableRow(header)
        tableCell
          text "a"
        tableCell
          text "b"
        tableCell
          text "c"
        tableCell
          text "d"
      tableRow
        tableCell
          text "1"
        tableCell
          text "2"
        tableCell
          text "3"
        tableCell
          text "4"

    """)
}

@Test func codeBlocksKeepTheWholeInfoString() {
    #expect(outline("```js {1,3-5}\nlet x\n```\n\n    indented\n") == """
    codeBlock("js {1,3-5}") "let x\\n"
    codeBlock("") "indented\\n"

    """)
}

@Test func rawHTMLIsKeptAsBlocksAndInlines() {
    #expect(outline("<!-- note -->\n\na<br>b\n\n<style scoped>\nh1 { color: red; }\n</style>\n") == """
    htmlBlock "<!-- note -->\\n"
    paragraph
      text "a"
      htmlInline "<br>"
      text "b"
    htmlBlock "<style scoped>\\nh1 { color: red; }\\n</style>\\n"

    """)
}

@Test func linksImagesAutolinksAndBreaks() {
    #expect(outline("[t](u \"T\") ![alt](i.png)\\\nsee https://x.org\nend\n") == """
    paragraph
      link("u" "T")
        text "t"
      text " "
      image("i.png")
        text "alt"
      lineBreak
      text "see "
      link("https://x.org")
        text "https://x.org"
      softBreak
      text "end"

    """)
}

@Test func blockQuotesNest() {
    #expect(outline("> a\n> > b\n") == """
    blockQuote
      paragraph
        text "a"
      blockQuote
        paragraph
          text "b"

    """)
}

@Test func footnotesKeepTheirLabels() {
    #expect(outline("x[^n]\n\n[^n]: Note.\n") == """
    paragraph
      text "x"
      footnoteReference("n")
    footnoteDefinition("n")
      paragraph
        text "Note."

    """)
}

@Test func adjacentTextRunsAreMerged() {
    // cmark splits at the unmatched `_` delimiters; one run keeps `:white_check_mark:` whole.
    #expect(outline(":white_check_mark: a_b\n") == "paragraph\n  text \":white_check_mark: a_b\"\n")
}

@Test func positionsAreLinesAndByteColumns() {
    let text = "# Tï\n\n- a\n\nsee https://x.org\n\n<!-- c -->\n\n[^1]: n\n\nr[^1]\n"
    #expect(MarkdownParser.parse(text).dump() == """
    document 1:1-11:5
      heading(1) 1:1-1:5
        text "Tï" 1:3-1:5
      list(bullet '-' tight) 3:1-3:3
        item 3:1-3:3
          paragraph 3:3-3:3
            text "a" 3:3-3:3
      paragraph 5:1-5:17
        text "see " 5:1-5:4
        link("https://x.org") 5:5-5:17
          text "https://x.org" 5:5-5:17
      htmlBlock "<!-- c -->\\n" 7:1-7:10
      paragraph 11:1-11:5
        text "r" 11:1-11:1
        footnoteReference("1") 11:2-11:5
      footnoteDefinition("1") 9:1-9:7
        paragraph 9:7-9:7
          text "n" 9:7-9:7

    """)
}

@Test func emptyInputIsAnEmptyDocument() {
    #expect(MarkdownParser.parse("").children.isEmpty)
    #expect(MarkdownParser.parse("").kind == .document)
}

@Test func inlinePositionsFollowHardBreaksAndContainers() {
    let text = "Line one\\\nline two<br>three\nand ![x](y.png)\n\n> quoted  \n> next ![i](j.png)\n\n- a\\\n  b ![k](l.png)\n"
    #expect(MarkdownParser.parse(text).dump() == """
    document 1:1-9:15
      paragraph 1:1-3:15
        text "Line one" 1:1-1:8
        lineBreak 1:9-1:9
        text "line two" 2:1-2:8
        htmlInline "<br>" 2:9-2:12
        text "three" 2:13-2:17
        softBreak 2:18-2:18
        text "and " 3:1-3:4
        image("y.png") 3:5-3:15
          text "x" 3:7-3:7
      blockQuote 5:1-6:18
        paragraph 5:3-6:18
          text "quoted" 5:3-5:8
          lineBreak 5:9-5:9
          text "next " 6:3-6:7
          image("j.png") 6:8-6:18
            text "i" 6:10-6:10
      list(bullet '-' tight) 8:1-9:15
        item 8:1-9:15
          paragraph 8:3-9:15
            text "a" 8:3-8:3
            lineBreak 8:4-8:4
            text "b " 9:3-9:4
            image("l.png") 9:5-9:15
              text "k" 9:7-9:7

    """)
}

@Test func parsesConcurrently() async {
    // Extension registration runs once even when the first parses race.
    let results = await withTaskGroup(of: String.self) { group in
        for index in 0..<8 {
            group.addTask { MarkdownParser.parse("| a |\n|---|\n| \(index) |\n").dump(positions: false) }
        }
        var all: [String] = []
        for await result in group { all.append(result) }
        return all
    }
    #expect(results.count == 8)
    #expect(results.allSatisfy { $0.contains("table(none)") })
}

@Test func aByteOrderMarkIsSkipped() {
    #expect(MarkdownParser.parse("\u{FEFF}# A\n").children.first?.kind == .heading(level: 1))
}

/// Markdown nested thousands deep once overflowed the stack while copying cmark's tree
/// (found by fuzz/FuzzDeck): below `maximumDepth` levels the content is kept as text.
@Suite struct MarkdownDeepNestingTests {
    static func depth(_ node: MarkdownNode) -> Int {
        var deepest = 0
        var pending = [(node, 0)]
        while let (current, level) = pending.popLast() {
            deepest = max(deepest, level)
            pending += current.children.map { ($0, level + 1) }
        }
        return deepest
    }

    static func text(_ node: MarkdownNode) -> String {
        var found = ""
        var pending = [node]
        while let current = pending.popLast() {
            if case .text(let text) = current.kind { found += text }
            pending += current.children.reversed()
        }
        return found
    }

    @Test(arguments: [
        String(repeating: ">", count: 30_000) + " deep",
        String(repeating: "*", count: 20_000) + "deep" + String(repeating: "*", count: 20_000),
        String(repeating: "[", count: 20_000) + "deep" + String(repeating: "]", count: 20_000),
    ])
    func deepNestingIsCutNotACrash(_ text: String) {
        let document = MarkdownParser.parse("# t\n\n" + text + "\n")
        #expect(Self.depth(document) <= 102)
        #expect(Self.text(document).contains("deep"))
    }
}
