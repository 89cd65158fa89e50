import Testing
@testable import SyntaxHighlight

@Test func unknownLanguageGivesOnePlainTokenPerLine() {
    let code = "let x = 1\n\n\tdone"
    let expected: [[HighlightToken]] = [[HighlightToken(.plain, "let x = 1")], [], [HighlightToken(.plain, "\tdone")]]
    #expect(SyntaxHighlighter.highlight(code, language: "brainfuck") == expected)
    #expect(SyntaxHighlighter.highlight(code, language: nil) == expected)
}

@Test func linesSplitOnNewlineOnly() {
    #expect(SyntaxHighlighter.highlight("", language: "js") == [[]])
    #expect(SyntaxHighlighter.highlight("a\n", language: "js").count == 2)
    let crlf = SyntaxHighlighter.highlight("x = 1\r\ny", language: "python")
    #expect(crlf.count == 2)
    #expect(crlf[0].map(\.text).joined() == "x = 1\r")
}

@Test func aliasesResolveToCanonicalNames() {
    let cases: [(String, String)] = [
        ("sh", "bash"), ("zsh", "bash"), ("shell", "bash"), ("console", "console"), ("yml", "yaml"),
        ("jsonc", "json"), ("py", "python"), ("js", "javascript"), ("jsx", "javascript"), ("tsx", "typescript"),
        ("golang", "go"), ("rs", "rust"), ("h", "cpp"), ("c++", "cpp"), ("hpp", "cpp"), ("cc", "cpp"),
        ("c#", "csharp"), ("cs", "csharp"), ("docker", "dockerfile"), ("patch", "diff"), ("xml", "html"),
        ("toml", "toml"), ("ini", "ini"), ("kt", "kotlin"), ("rb", "ruby"), ("mmd", "mermaid"), (" JS ", "javascript"),
        ("SQL", "sql"), ("log", "log"), ("swift", "swift"), ("java", "java"), ("css", "css"),
    ]
    for (alias, name) in cases {
        #expect(SyntaxHighlighter.canonicalName(alias) == name, "\(alias)")
        #expect(SyntaxHighlighter.isSupported(alias))
    }
    #expect(!SyntaxHighlighter.isSupported("cobol"))
    #expect(!SyntaxHighlighter.isSupported(""))
}

@Test func aliasListIsSortedAndCoversEveryLanguage() {
    let aliases = SyntaxHighlighter.aliases
    #expect(aliases.map(\.alias) == aliases.map(\.alias).sorted())
    #expect(Set(aliases.map(\.alias)).count == aliases.count)
    #expect(Set(aliases.map(\.language)) == Set(SyntaxHighlighter.languages))
    for entry in aliases { #expect(SyntaxHighlighter.canonicalName(entry.alias) == entry.language) }
}
