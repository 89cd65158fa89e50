import Diagnostics
import MermaidSyntax
import Testing

/// One test per parse error: id, message, location and the formatted caret output.
@Suite struct ParseErrorTests {
    /// Parses `source` and returns its diagnostics with the formatted text.
    func diagnose(_ source: String) -> (diagnostics: [Diagnostic], text: String, file: SourceFile) {
        let file = SourceFile(name: "test.mmd", text: source)
        let (_, diagnostics) = FlowchartParser.parse(file)
        return (diagnostics, DiagnosticFormatter().format(diagnostics, in: file), file)
    }

    func expectSingle(_ source: String, id: String, message: String, at location: String, formatted: String,
                      sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let (diagnostics, text, file) = diagnose(source)
        #expect(diagnostics.count == 1, "\(text)", sourceLocation: sourceLocation)
        guard let first = diagnostics.first else { return }
        #expect(first.severity == .error, sourceLocation: sourceLocation)
        #expect(first.id == id, sourceLocation: sourceLocation)
        #expect(first.message == message, sourceLocation: sourceLocation)
        #expect("\(file.location(of: first.range.start))-\(file.location(of: first.range.end))" == location,
                sourceLocation: sourceLocation)
        #expect(text == formatted, "\(text)", sourceLocation: sourceLocation)
    }

    @Test func missingHeader() {
        expectSingle("A --> B", id: "mermaid.missing-header",
                     message: "expected a 'flowchart' or 'graph' header, found 'A --> B'", at: "1:1-1:8", formatted: """
        test.mmd:1:1: error: expected a 'flowchart' or 'graph' header, found 'A --> B'
           1 | A --> B
             | ^~~~~~~
              = hint: start the diagram with a line such as 'flowchart TD'

        """)
    }

    @Test func unknownDirection() {
        expectSingle("flowchart XY\n  A --> B", id: "mermaid.unknown-direction", message: "unknown direction 'XY'",
                     at: "1:11-1:13", formatted: """
        test.mmd:1:11: error: unknown direction 'XY'
           1 | flowchart XY
             |           ^~
              = hint: use one of TB, TD, BT, LR or RL (or v, ^, >, <)

        """)
    }

    @Test func unclosedBracket() {
        expectSingle("flowchart TD\n  A[Start --> B", id: "mermaid.unclosed-bracket",
                     message: "unclosed '[' in node label", at: "2:4-2:16", formatted: """
        test.mmd:2:4: error: unclosed '[' in node label
           2 |   A[Start --> B
             |    ^~~~~~~~~~~~
              = hint: close the label with ']'

        """)
    }

    @Test func unclosedQuote() {
        expectSingle("flowchart TD\n  A[\"text] --> B", id: "mermaid.unclosed-quote",
                     message: "unclosed '\"' in label", at: "2:5-2:17", formatted: """
        test.mmd:2:5: error: unclosed '"' in label
           2 |   A["text] --> B
             |     ^~~~~~~~~~~~
              = hint: close the text with '"'

        """)
    }

    @Test func unknownArrow() {
        expectSingle("flowchart TD\n  A -> B", id: "mermaid.unknown-arrow", message: "'->' is not a Mermaid link",
                     at: "2:5-2:7", formatted: """
        test.mmd:2:5: error: '->' is not a Mermaid link
           2 |   A -> B
             |     ^~
              = hint: did you mean '-->'? Links are '-->' (arrow), '---' (line), '-.->' (dotted), '==>' (thick) or '~~~' (invisible)

        """)
    }

    @Test func endWithoutSubgraph() {
        expectSingle("flowchart TD\n  A --> B\n  end", id: "mermaid.unmatched-end",
                     message: "'end' without an open subgraph", at: "3:3-3:6", formatted: """
        test.mmd:3:3: error: 'end' without an open subgraph
           3 |   end
             |   ^~~
              = hint: remove this 'end' or add a matching 'subgraph' line above it

        """)
    }

    @Test func unterminatedSubgraph() {
        expectSingle("flowchart TD\n  subgraph one\n    A --> B", id: "mermaid.unterminated-subgraph",
                     message: "subgraph 'one' is never closed", at: "2:3-2:15", formatted: """
        test.mmd:2:3: error: subgraph 'one' is never closed
           2 |   subgraph one
             |   ^~~~~~~~~~~~
              = hint: add 'end' after the subgraph's last statement

        """)
    }

    @Test func invalidStyleDeclaration() {
        expectSingle("flowchart TD\n  A --> B\n  style A fill:red,", id: "mermaid.invalid-style",
                     message: "empty style declaration", at: "3:19-3:20", formatted: """
        test.mmd:3:19: error: empty style declaration
           3 |   style A fill:red,
             |                   ^
              = hint: remove the extra ','

        """)
    }

    @Test func emptyID() {
        expectSingle("flowchart TD\n  --> B", id: "mermaid.empty-id", message: "expected a node id, found '-'",
                     at: "2:3-2:4", formatted: """
        test.mmd:2:3: error: expected a node id, found '-'
           2 |   --> B
             |   ^
              = hint: node ids are letters, digits, '_' and '-', e.g. 'A' or 'step_1'

        """)
    }

    @Test func linkWithoutTarget() {
        expectSingle("flowchart TD\n  A -->", id: "mermaid.missing-node", message: "expected a node after the link",
                     at: "2:5-2:8", formatted: """
        test.mmd:2:5: error: expected a node after the link
           2 |   A -->
             |     ^~~
              = hint: links join two nodes, e.g. 'A --> B'

        """)
    }

    @Test func unclosedLinkText() {
        expectSingle("flowchart TD\n  A -- text B", id: "mermaid.unclosed-link-text",
                     message: "link text is never closed by an arrow", at: "2:5-2:14", formatted: """
        test.mmd:2:5: error: link text is never closed by an arrow
           2 |   A -- text B
             |     ^~~~~~~~~
              = hint: write 'A -- text --> B' or 'A -->|text| B'

        """)
    }

    @Test func unexpectedText() {
        expectSingle("flowchart TD\n  A B", id: "mermaid.unexpected-text",
                     message: "expected a link such as '-->' or the end of the statement, found 'B'",
                     at: "2:5-2:6", formatted: """
        test.mmd:2:5: error: expected a link such as '-->' or the end of the statement, found 'B'
           2 |   A B
             |     ^
              = hint: separate statements with a line break or ';'

        """)
    }

    @Test func invalidLinkIndex() {
        expectSingle("flowchart TD\n  linkStyle x stroke:red", id: "mermaid.invalid-link-index",
                     message: "expected a link number or 'default' after 'linkStyle'", at: "2:13-2:14", formatted: """
        test.mmd:2:13: error: expected a link number or 'default' after 'linkStyle'
           2 |   linkStyle x stroke:red
             |             ^
              = hint: links are numbered from 0 in source order, e.g. 'linkStyle 0,2 stroke:red'

        """)
    }

    @Test func unclosedFrontMatter() {
        expectSingle("---\ntitle: x\nflowchart TD\n", id: "mermaid.unclosed-front-matter",
                     message: "front matter is never closed", at: "1:1-1:4", formatted: """
        test.mmd:1:1: error: front matter is never closed
           1 | ---
             | ^~~
              = hint: end the front matter with a line holding only '---'

        """)
    }

    @Test func unclosedNodeData() {
        expectSingle("flowchart TD\n  A@{ shape: rect\n", id: "mermaid.unclosed-bracket",
                     message: "unclosed '@{' in node data", at: "2:4-2:6", formatted: """
        test.mmd:2:4: error: unclosed '@{' in node data
           2 |   A@{ shape: rect
             |    ^~
              = hint: close the node data with '}'

        """)
    }

    @Test func recoversAtTheNextStatement() {
        let (diagnostics, _, file) = diagnose("flowchart TD\n  A((x) --> B\n  C -> D\n  E --> F\n  G[")
        #expect(diagnostics.map(\.id) == ["mermaid.unclosed-bracket", "mermaid.unknown-arrow", "mermaid.unclosed-bracket"])
        #expect(diagnostics.map { file.location(of: $0.range.start).line } == [2, 3, 5])
    }

    @Test func stopsAfterTheErrorLimit() {
        let source = "flowchart TD\n" + String(repeating: "  A -> B\n", count: 200)
        let (diagnostics, _, _) = diagnose(source)
        #expect(diagnostics.count == FlowchartParser.errorLimit)
    }
}

/// Errors in front matter, directives and node data.
@Suite struct ConfigErrorTests {
    func diagnose(_ source: String) -> (diagnostics: [Diagnostic], text: String) {
        let file = SourceFile(name: "test.mmd", text: source)
        let (_, diagnostics) = FlowchartParser.parse(file)
        return (diagnostics, DiagnosticFormatter().format(diagnostics, in: file))
    }

    @Test func unclosedDirective() {
        let (diagnostics, text) = diagnose("%%{init: {'theme': 'dark'}\nflowchart TD\n  A --> B")
        #expect(diagnostics.map(\.id) == ["mermaid.unclosed-directive"])
        #expect(text == """
        test.mmd:1:1: error: '%%{' directive is never closed
           1 | %%{init: {'theme': 'dark'}
             | ^~~
              = hint: end the directive with '}%%'

        """)
    }

    @Test func invalidFrontMatterYAML() {
        let (diagnostics, _) = diagnose("---\ntitle: [unclosed\n---\nflowchart TD\n  A --> B")
        #expect(diagnostics.map(\.id) == ["mermaid.invalid-front-matter"])
        #expect(diagnostics.first?.message == "the front matter is not valid YAML")
    }

    @Test func invalidNodeData() {
        let (diagnostics, text) = diagnose("flowchart TD\n  A@{ shape: [rect }")
        #expect(diagnostics.map(\.id) == ["mermaid.invalid-node-data"])
        #expect(text == """
        test.mmd:2:4: error: node data is not a valid '{ key: value }' map
           2 |   A@{ shape: [rect }
             |    ^~~~~~~~~~~~~~~~~
              = hint: write e.g. 'A@{ shape: rect, label: "Text" }'

        """)
    }
}
