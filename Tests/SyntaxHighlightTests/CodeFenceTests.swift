import Testing
@testable import SyntaxHighlight

@Test func fenceWithLineRangesAfterASpace() {
    let fence = CodeFence(info: "js {1,3-5}")
    #expect(fence == CodeFence(language: "js", highlightedLines: [1, 3, 4, 5], showLineNumbers: false))
}

@Test func fenceWithLineRangesGluedToTheLanguage() {
    #expect(CodeFence(info: "js{1,3-5}").highlightedLines == [1, 3, 4, 5])
    #expect(CodeFence(info: "js{1,3-5}").language == "js")
}

@Test func fenceWithLineNumbersFlag() {
    #expect(CodeFence(info: "python showLineNumbers") == CodeFence(language: "python", showLineNumbers: true))
    #expect(CodeFence(info: "ts {2} showLineNumbers").showLineNumbers)
    #expect(CodeFence(info: "ts {2} lineNumbers").showLineNumbers)
    #expect(!CodeFence(info: "ts showLineNumbers=false").showLineNumbers)
    #expect(CodeFence(info: "ts {2} {lines:true}") == CodeFence(language: "ts", highlightedLines: [2], showLineNumbers: true))
    #expect(CodeFence(info: "js:line-numbers {1}") == CodeFence(language: "js", highlightedLines: [1], showLineNumbers: true))
}

@Test func fenceLinesAreSortedUniqueAndOneBased() {
    #expect(CodeFence(info: "c {5,1-2, 2 ,4-3,0,-1,x}").highlightedLines == [1, 2, 3, 4, 5])
}

@Test func fenceClickStepsKeepTheFirstStep() {
    #expect(CodeFence(info: "ts {2|3-4|all}").highlightedLines == [2])
    #expect(CodeFence(info: "ts {all}").highlightedLines == [])
    #expect(CodeFence(info: "ts {*}").highlightedLines == [])
}

@Test func fenceWithoutLanguageOrExtras() {
    #expect(CodeFence(info: "") == CodeFence())
    #expect(CodeFence(info: "   ") == CodeFence())
    #expect(CodeFence(info: "{3}") == CodeFence(highlightedLines: [3]))
    #expect(CodeFence(info: "Mermaid") == CodeFence(language: "mermaid"))
    #expect(CodeFence(info: "rust title=\"main.rs\"") == CodeFence(language: "rust"))
}

@Test func fenceWithHugeOrBrokenRangesStaysBounded() {
    #expect(CodeFence(info: "js {1-999999999}").highlightedLines.count == CodeFence.maximumLine)
    #expect(CodeFence(info: "js {99999999999}").highlightedLines == [])
    #expect(CodeFence(info: "js {1,2").highlightedLines == [1, 2])
}
