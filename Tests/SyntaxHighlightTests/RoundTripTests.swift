import Testing
@testable import SyntaxHighlight

/// Awkward inputs every language must survive: the tokens of each line join back to the line.
let awkwardInputs: [String] = [
    "",
    "\n\n",
    "x",
    "\"unterminated string\nnext line",
    "'single\n",
    "/* unterminated block comment\nstill comment",
    "\"\"\"unterminated triple\n",
    "`template ${unclosed\n",
    "r#\"raw unterminated\n#\"swift raw\nR\"x(cpp raw",
    "cat <<EOF\nbody\n",
    "<<-\n<<'\n<<<EOF\n$\n${\n$(\n",
    "line one\r\nline two\r\n\r\n",
    "\tindented\twith\ttabs\t\n",
    "naïve café — 日本語 😀 e\u{301} \"ünïcödé\" // коммент",
    "#include <x.h>\\\n  continued\n#[attr\n@decorator\n'a '\\n' 'x",
    "key: |\n  block\n- item\n  - [a, {b: c}]\n\"k\": 'v''s'\n---\n",
    "<tag attr=\"v\n<!-- open\n&amp &x; <![CDATA[ x",
    "@media { a: b; } #id .c::before { x: 1px !important }",
    "@@ -1 +1 @@\n-a\n+b\n\\ No newline",
    "2024-01-01 00:00:00 ERROR \"msg\" 12ms 0x1F 1e10 1.2.3",
    "A[label --> B((x)) C{y} |edge| D[/p/] E[\"q\"]",
    "$ echo hi\n# root \\\ncontinued\noutput",
    "0x 0b 1e 1e+ .5 5. 1_000_ 1..2 0xGG 123abc",
    "\\",
    "\"\\",
    "# only a comment",
    "a\u{0}b\u{7F}c\u{FEFF}",
]

@Test(arguments: SyntaxHighlighter.languages + ["unknown-language"])
func tokensJoinBackToEachLine(language: String) {
    for input in awkwardInputs {
        let lines = SyntaxHighlighter.highlight(input, language: language)
        let expected = input.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == expected.count, "\(language): \(input.debugDescription)")
        for (tokens, line) in zip(lines, expected) {
            let joined = tokens.map(\.text).joined()
            #expect(Array(joined.unicodeScalars) == Array(line), "\(language): \(input.debugDescription)")
            #expect(!tokens.contains { $0.text.isEmpty }, "\(language): empty token")
        }
    }
}

@Test(arguments: SyntaxHighlighter.languages)
func neighbouringTokensDifferInKind(language: String) {
    for input in awkwardInputs {
        for tokens in SyntaxHighlighter.highlight(input, language: language) {
            for (left, right) in zip(tokens, tokens.dropFirst()) {
                #expect(left.kind != right.kind, "\(language): \(input.debugDescription)")
            }
        }
    }
}

/// A 100 KB line per language: must come back whole (linear scanning keeps this quick).
@Test(arguments: SyntaxHighlighter.languages)
func veryLongLineComesBackWhole(language: String) {
    let unit = "let x_1 = foo(\"s\\\"q\", 0x1F, 'c') + $VAR # /* [a] {b} <i> - ## '' \"\" "
    let line = String(repeating: unit, count: 100_000 / unit.count + 1)
    let lines = SyntaxHighlighter.highlight(line, language: language)
    #expect(lines.count == 1)
    #expect(lines.first?.map(\.text).joined() == line)
}

/// Runs of one scalar that rules look ahead over (hashes, dashes, quotes, brackets) stay whole.
@Test(arguments: SyntaxHighlighter.languages)
func longRunsOfOneScalarComeBackWhole(language: String) {
    for scalar in ["#", "-", "'", "\"", "[", "<", "|", "$", "r#", "@", "`", "/*"] {
        let line = String(repeating: scalar, count: 4_000)
        let joined = SyntaxHighlighter.highlight(line, language: language).map { $0.map(\.text).joined() }
        #expect(joined == [line], "\(language) \(scalar)")
    }
}

@Test func highlightingIsDeterministic() {
    for language in SyntaxHighlighter.languages {
        let input = awkwardInputs.joined(separator: "\n")
        #expect(SyntaxHighlighter.highlight(input, language: language)
            == SyntaxHighlighter.highlight(input, language: language))
    }
}
