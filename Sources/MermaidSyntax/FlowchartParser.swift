import Diagnostics

/// Hand-written recursive-descent parser for Mermaid flowcharts. Never throws: returns the
/// syntax tree it could build plus diagnostics, resuming at the next statement after an error.
public struct FlowchartParser {
    /// Stop reporting after this many errors (one mistake can cascade).
    public static let errorLimit = 50

    var cursor: ByteCursor
    var diagnostics: [Diagnostic] = []

    init(bytes: [UInt8]) {
        cursor = ByteCursor(bytes: bytes)
    }

    /// Parses a whole file.
    public static func parse(_ file: SourceFile) -> (syntax: FlowchartSyntax, diagnostics: [Diagnostic]) {
        var parser = FlowchartParser(bytes: file.utf8)
        let syntax = parser.parseFile()
        return (syntax, parser.diagnostics)
    }

    mutating func report(_ diagnostic: Diagnostic) {
        let errors = diagnostics.count { $0.severity == .error }
        guard errors < Self.errorLimit else { return }
        var clamped = diagnostic
        let count = cursor.bytes.count
        clamped.range = SourceRange(start: min(diagnostic.range.start, count), end: min(diagnostic.range.end, count))
        diagnostics.append(clamped)
    }

    var hasReachedErrorLimit: Bool { diagnostics.count { $0.severity == .error } >= Self.errorLimit }

    mutating func parseFile() -> FlowchartSyntax {
        var syntax = FlowchartSyntax(range: SourceRange(start: 0, end: cursor.bytes.count))
        syntax.frontMatter = parseFrontMatter()
        // An unclosed front matter swallowed the file; a missing-header error would only repeat it.
        if cursor.isAtEnd, diagnostics.hasErrors { return syntax }
        skipTrivia(directives: &syntax.directives)
        syntax.header = parseHeader()
        guard syntax.header != nil else { return syntax }
        syntax.statements = parseBody(directives: &syntax.directives)
        return syntax
    }

    /// Skips blank lines, comments and `;`, collecting `%%{init}%%` directives.
    mutating func skipTrivia(directives: inout [ConfigSyntax]) {
        while !cursor.isAtEnd {
            cursor.skipBlanks()
            let byte = cursor.peek()
            if byte == .newline || byte == .semicolon {
                cursor.offset += 1
            } else if cursor.matches("%%{") {
                if let directive = parseDirective() { directives.append(directive) }
            } else if cursor.matches("%%") {
                cursor.skipToLineEnd()
            } else {
                return
            }
        }
    }

    mutating func parseHeader() -> HeaderSyntax? {
        let start = cursor.offset
        var keyword = cursor.scanWord()
        if keyword?.text == "flowchart-elk" || keyword?.text == "flowchart" || keyword?.text == "graph" {
            // accepted
        } else {
            cursor.offset = start
            keyword = nil
        }
        guard let keyword else {
            var end = start
            while end < cursor.bytes.count, cursor.bytes[end] != .newline { end += 1 }
            let found = cursor.isAtEnd ? "the end of the file" : "'\(cursor.text(start, end))'"
            var probe = cursor
            probe.offset = start
            let word = probe.scanWord()?.text ?? ""
            let near = ["flowchart", "graph"].first { Self.editDistance(word.lowercased(), $0) <= 2 }
            let hint = near.map { "did you mean '\($0)'? Start the diagram with a line such as '\($0) TD'" }
                ?? "start the diagram with a line such as 'flowchart TD'"
            if Self.otherDiagramKeywords.contains(word) {
                report(.error("mermaid.not-a-flowchart", "'\(word)' is a Mermaid diagram type Trellis does not read",
                              at: SourceRange(start: start, end: start + word.utf8.count),
                              hint: "Trellis compiles flowcharts: start with 'flowchart TD' or 'graph LR'"))
                return nil
            }
            report(.error("mermaid.missing-header", "expected a 'flowchart' or 'graph' header, found \(found)",
                          at: SourceRange(start: start, end: end), hint: hint))
            return nil
        }
        cursor.skipBlanks()
        var direction: Identifier?
        if !cursor.isAtStatementEnd {
            let directionStart = cursor.offset
            while !cursor.isAtStatementEnd, !cursor.peek().isBlank { cursor.offset += 1 }
            let word = Identifier(cursor.text(directionStart, cursor.offset), range: cursor.range(from: directionStart))
            direction = word
            if Self.direction(named: word.text) == nil {
                report(Self.unknownDirection(word))
            }
        }
        cursor.skipBlanksAndComment()
        if !cursor.isAtStatementEnd {
            let extraStart = cursor.offset
            cursor.skipStatement()
            report(.error("mermaid.unexpected-text", "unexpected text after the header",
                          at: cursor.range(from: extraStart), hint: "put statements on their own line or after ';'"))
        }
        return HeaderSyntax(keyword: keyword.text, direction: direction, range: cursor.range(from: start))
    }

    /// Normalised direction (`TD` → `TB`, `LR`, …), or nil when unknown.
    public static func direction(named text: String) -> String? {
        switch text {
        case "TB", "TD": return "TB"
        case "BT", "LR", "RL": return text
        case "v": return "TB"
        case "^": return "BT"
        case ">": return "LR"
        case "<": return "RL"
        default: return nil
        }
    }

    static func unknownDirection(_ word: Identifier) -> Diagnostic {
        .error("mermaid.unknown-direction", "unknown direction '\(word.text)'", at: word.range,
               hint: "use one of TB, TD, BT, LR or RL (or v, ^, >, <)")
    }

    /// Deepest `subgraph` nesting the syntax tree holds. Every later stage walks the tree
    /// recursively, so a hostile file nesting thousands deep would overflow the stack there
    /// (and in releasing the tree); past this depth the parser reports an error and keeps
    /// the inner statements one level up. The configurable limit (`--max-subgraph-depth`,
    /// 64 by default) is checked later, on the model.
    public static let maximumNesting = 256

    /// Statements up to the end of the file, with subgraphs nested by `subgraph` … `end`.
    mutating func parseBody(directives: inout [ConfigSyntax]) -> [StatementSyntax] {
        var stack: [(header: SubgraphSyntax, statements: [StatementSyntax])] = []
        var root: [StatementSyntax] = []
        var flattened = 0  // `subgraph` lines past `maximumNesting` still waiting for their `end`
        while true {
            skipTrivia(directives: &directives)
            if cursor.isAtEnd || hasReachedErrorLimit { break }
            let start = cursor.offset
            let keyword = cursor.keyword()
            if keyword == "subgraph" {
                let header = parseSubgraphHeader()
                guard stack.count < Self.maximumNesting else {
                    if flattened == 0 {
                        report(.error("mermaid.nesting-too-deep",
                                      "subgraphs are nested more than \(Self.maximumNesting) deep",
                                      at: header.headerRange, hint: "flatten the subgraphs; Trellis reads at most \(Self.maximumNesting) levels"))
                    }
                    flattened += 1
                    continue
                }
                stack.append((header, []))
                continue
            }
            if keyword == "end" {
                cursor.offset += 3
                let endRange = cursor.range(from: start)
                finishStatement()
                if flattened > 0 {
                    flattened -= 1
                    continue
                }
                guard var open = stack.popLast() else {
                    report(.error("mermaid.unmatched-end", "'end' without an open subgraph", at: endRange,
                                  hint: "remove this 'end' or add a matching 'subgraph' line above it"))
                    continue
                }
                open.header.body = open.statements
                open.header.range = open.header.range.union(endRange)
                appendStatement(.subgraph(open.header), stack: &stack, root: &root)
                continue
            }
            if let statement = parseStatement(keyword: keyword) {
                appendStatement(statement, stack: &stack, root: &root)
            }
            finishStatement()
        }
        while var open = stack.popLast() {
            let likely = likelyEnd(after: open.header.headerRange)
            report(.error("mermaid.unterminated-subgraph",
                          "subgraph '\(open.header.id?.text ?? open.header.title?.text ?? "")' is never closed",
                          at: open.header.headerRange,
                          hint: likely == nil ? "add 'end' after the subgraph's last statement"
                              : "add 'end' where the subgraph's body ends (see the note)",
                          notes: likely.map { [.init("'end' probably belongs before this line, where the indentation returns "
                                                     + "to the 'subgraph' line's", range: $0)] } ?? []))
            open.header.body = open.statements
            open.header.range = open.header.range.union(SourceRange.at(cursor.bytes.count))
            appendStatement(.subgraph(open.header), stack: &stack, root: &root)
        }
        return root
    }

    private func appendStatement(_ statement: StatementSyntax,
                                 stack: inout [(header: SubgraphSyntax, statements: [StatementSyntax])],
                                 root: inout [StatementSyntax]) {
        if stack.isEmpty {
            root.append(statement)
        } else {
            stack[stack.count - 1].statements.append(statement)
        }
    }

    /// After a statement: blanks, an optional comment, then `;`, a line break or the end.
    /// Anything else is reported and skipped.
    mutating func finishStatement() {
        cursor.skipBlanksAndComment()
        if cursor.isAtStatementEnd { return }
        let start = cursor.offset
        cursor.skipStatement()
        report(.error("mermaid.unexpected-text", "unexpected '\(cursor.text(start, cursor.offset))'",
                      at: cursor.range(from: start),
                      hint: "end the statement with a line break or ';'"))
    }

    /// Reports an error and moves to the end of the statement.
    mutating func fail(_ diagnostic: Diagnostic) {
        report(diagnostic)
        cursor.skipStatement()
    }
}
