import Testing
@testable import SyntaxHighlight

@Test func tokenKindsHaveDistinctNames() {
    let names = HighlightKind.allCases.map(\.rawValue)
    #expect(Set(names).count == names.count)
    #expect(HighlightToken(.keyword, "let").text == "let")
}
