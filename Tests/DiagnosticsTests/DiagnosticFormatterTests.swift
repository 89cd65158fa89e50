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

/// A diagnostic on a very long line shows a window of it, not the whole line (a 16 KB line
/// with 4,000 warnings once printed 96 MB).
@Suite struct LongLineExcerptTests {
    @Test func longLineIsWindowedAroundTheRange() {
        let line = String(repeating: "a-->", count: 2_000) + "b[oops"
        let file = SourceFile(name: "d.mmd", text: "flowchart TD\n" + line + "\n")
        let offset = 13 + 4 * 1_000
        let text = DiagnosticFormatter().excerpt(for: SourceRange(start: offset, end: offset + 4), in: file)
        let rows = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows.count == 3)
        #expect(rows[0].count < 300)
        #expect(rows[0].hasPrefix("   2 | …") && rows[0].hasSuffix("…"))
        // The caret still sits under the range's first character.
        let caret = rows[1].firstIndex(of: "^").map { rows[1].distance(from: rows[1].startIndex, to: $0) }
        #expect(caret != nil)
        #expect(rows[1].hasSuffix("^~~~"))
        #expect(String(rows[0].dropFirst(caret ?? 0).prefix(4)) == "a-->")
    }

    @Test func shortLinesAreShownWhole() {
        let file = SourceFile(name: "d.mmd", text: "flowchart TD\n  A[oops\n")
        let text = DiagnosticFormatter().excerpt(for: SourceRange(start: 15, end: 16), in: file)
        #expect(text == "   2 |   A[oops\n     |   ^\n")
    }
}
