import Testing
@testable import Diagnostics

@Suite struct DiagnosticFormatterTests {
    @Test func locatesOffsetsInLines() {
        let file = SourceFile(name: "a.mmd", text: "graph TD\n  A[é] --> B\n")
        #expect(file.location(of: 0) == SourceLocation(line: 1, column: 1, offset: 0))
        let offset = Array("graph TD\n  A[é] ".utf8).count
        #expect(file.location(of: offset).line == 2)
        #expect(file.location(of: offset).column == 8)
        #expect(file.lineText(2) == "  A[é] --> B")
    }

    @Test func drawsCaretUnderRange() {
        let file = SourceFile(name: "d.mmd", text: "graph TD\n  A[Start --> B\n")
        let start = Array("graph TD\n  A".utf8).count
        let diagnostic = Diagnostic.error("mermaid.unclosed-bracket", "unclosed '[' in node label",
                                          at: SourceRange(start: start, end: start + 1),
                                          hint: "close the label with ']'")
        let text = DiagnosticFormatter().format(diagnostic, in: file)
        #expect(text == """
        d.mmd:2:4: error: unclosed '[' in node label
           2 |   A[Start --> B
             |    ^
              = hint: close the label with ']'

        """)
    }

    @Test func severitiesAreOrdered() {
        #expect(Severity.note < Severity.warning)
        #expect(Severity.warning < Severity.error)
        #expect([Diagnostic.warning("x", "w", at: .at(0))].hasErrors == false)
    }
}
