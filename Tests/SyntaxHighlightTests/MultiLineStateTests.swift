import Testing
@testable import SyntaxHighlight

/// Constructs that open on one line and close on a later one.

@Test func blockCommentCarriesOverLines() {
    #expect(marked("int a; /* one\ntwo */ int b;", "c") == """
        type(int) punctuation(;) comment(/* one)
        comment(two */) type(int) punctuation(;)
        """)
}

@Test func nestedBlockCommentsCloseAtTheOuterEnd() {
    #expect(marked("/* a /* b */\nc */ fn", "rust") == "comment(/* a /* b */)\ncomment(c */) keyword(fn)")
    #expect(marked("/* a /* b */\nc */ int", "c") == "comment(/* a /* b */)\noperator(*/) type(int)")
}

@Test func heredocBodyIsStringAndCodeResumesAfterItsTerminator() {
    #expect(marked("cat <<EOF | grep x\nif $HOME\nEOF\nif true", "bash") == """
        function(cat) operator(<<) meta(EOF) operator(|) function(grep)
        string(if $HOME)
        meta(EOF)
        keyword(if) constant(true)
        """)
}

@Test func unterminatedHeredocRunsToTheEnd() {
    #expect(marked("cat <<END\na\nb", "sh") == "function(cat) operator(<<) meta(END)\nstring(a)\nstring(b)")
}

@Test func tripleQuotedStringAndTemplateLiteralSpanLines() {
    #expect(marked("x = '''a\nb''' + 1", "python") == "operator(=) string('''a)\nstring(b''') operator(+) number(1)")
    #expect(marked("`a\n${b}\nc` + 1", "ts") == "string(`a)\nvariable(${b})\nstring(c`) operator(+) number(1)")
}

@Test func rawStringsSpanLines() {
    #expect(marked("x := `a\n\"b`", "go") == "operator(:=) string(`a)\nstring(\"b`)")
    #expect(marked("r##\"a\n\"# \"##;", "rust") == "string(r##\"a)\nstring(\"# \"##) punctuation(;)")
}

@Test func singleLineStringsStopAtTheLineEnd() {
    #expect(marked("s = \"open\nx = 1", "py") == "operator(=) string(\"open)\noperator(=) number(1)")
}

@Test func rubyBeginEndCommentCountsOnlyAtLineStart() {
    #expect(marked("=begin\nx\n=end\nnil", "ruby") == "comment(=begin)\ncomment(x)\ncomment(=end)\nconstant(nil)")
}

@Test func yamlBlockScalarEndsAtTheFirstLessIndentedLine() {
    #expect(marked("a: >-\n  text: 1\n\n  more\nb: 2", "yaml") == """
        attribute(a) punctuation(:) operator(>-)
        string(text: 1)

        string(more)
        attribute(b) punctuation(:) number(2)
        """)
}

@Test func consoleContinuationLinesAreCommands() {
    #expect(marked("$ echo \\\n  \"$X\"\nout \"put\"", "console") == """
        meta($ ) function(echo)
        string(") variable($X) string(")

        """)
}

@Test func preprocessorContinuesOverBackslashLines() {
    #expect(marked("#define A \\\n  1\nint", "c") == "meta(#define A \\)\nmeta(  1)\ntype(int)")
}

@Test func markupTagsSpanLines() {
    #expect(marked("<a\n  href=\"x\"\n>t</a>", "xml") == """
        punctuation(<) keyword(a)
        attribute(href) operator(=) string("x")
        punctuation(>) punctuation(</) keyword(a) punctuation(>)
        """)
}

@Test func numberFormsAndTheirNeighbours() {
    #expect(marked("a = 10%3 + 0xFF_u8 - 1_000.5e-3 + .5 + x1", "rust")
        == "operator(=) number(10) operator(%) number(3) operator(+) number(0xFF_u8) operator(-) number(1_000.5e-3) operator(+) number(.5) operator(+)")
    #expect(marked("[-1, 2]", "json") == "punctuation([) number(-1) punctuation(,) number(2) punctuation(])")
}
