import Diagnostics

extension FlowchartParser {
    /// One statement other than `subgraph`/`end`; nil when nothing could be parsed.
    mutating func parseStatement(keyword: String?) -> StatementSyntax? {
        let start = cursor.offset
        switch keyword {
        case "direction":
            var probe = cursor
            probe.offset += 9
            probe.skipBlanks()
            if probe.isAtStatementEnd {
                // mermaid.js reads a bare `direction` as a node of that name.
                report(.warning("mermaid.direction-as-node", "'direction' without a direction is read as a node named 'direction'",
                                at: SourceRange(start: start, end: start + 9),
                                hint: "add a direction ('direction LR'), or rename the node"))
                return parseChain()
            }
            cursor.offset += 9
            cursor.skipBlanks()
            let wordStart = cursor.offset
            while !cursor.isAtStatementEnd, !cursor.peek().isBlank { cursor.offset += 1 }
            let word = Identifier(cursor.text(wordStart, cursor.offset), range: cursor.range(from: wordStart))
            guard Self.direction(named: word.text) != nil else {
                fail(word.text.isEmpty
                     ? .error("mermaid.unknown-direction", "'direction' needs a direction", at: word.range,
                              hint: "use one of TB, TD, BT, LR or RL")
                     : Self.unknownDirection(word))
                return nil
            }
            return .direction(word, range: cursor.range(from: start))
        case "classDef": return parseClassDef()
        case "class": return parseClassAssignment()
        case "style": return parseStyle()
        case "linkStyle": return parseLinkStyle()
        case "accTitle", "accDescr": return parseAccessibility(keyword: keyword ?? "")
        case "click": return parseClick()
        default:
            return parseChain()
        }
    }

    /// `subgraph id`, `subgraph id [Title]`, `subgraph "Title"`, `subgraph Title words`.
    mutating func parseSubgraphHeader() -> SubgraphSyntax {
        let start = cursor.offset
        cursor.offset += 8
        cursor.skipBlanks()
        var id: Identifier?
        var title: LabelSyntax?
        let textStart = cursor.offset
        if cursor.peek() == .quote {
            title = parseQuotedLabel()
        } else if let word = cursor.scanNodeID() {
            id = word
            let afterID = cursor.offset
            cursor.skipBlanks()
            if cursor.peek() == .openBracket {
                let open = cursor.offset
                cursor.offset += 1
                title = parseLabel(until: ["]"], open: open, what: "subgraph title")?.label
            } else if !cursor.isAtStatementEnd, cursor.peek() != .colon {
                // `subgraph Title words`: the whole line is the title.
                cursor.offset = textStart
                while !cursor.isAtStatementEnd { cursor.offset += 1 }
                let raw = cursor.text(textStart, cursor.offset).trimmingBlanks()
                cursor.offset = textStart + raw.utf8.count
                title = LabelSyntax(LabelDecoder.decode(raw), range: cursor.range(from: textStart))
                id = nil
            } else {
                cursor.offset = afterID
            }
        }
        var classes: [Identifier] = []
        while cursor.matches(":::") {
            cursor.offset += 3
            if let name = cursor.scanWord() { classes.append(name) }
        }
        // A bare `subgraph` is valid Mermaid: the compiler generates its id, with no title.
        finishStatement()
        let headerRange = SourceRange(start: start, end: cursor.offset)
        return SubgraphSyntax(id: id, title: title, classes: classes, headerRange: headerRange, range: headerRange)
    }

    mutating func parseClick() -> StatementSyntax? {
        let start = cursor.offset
        cursor.offset += 5
        cursor.skipBlanks()
        guard let target = cursor.scanNodeID() else {
            fail(.error("mermaid.empty-id", "expected a node id after 'click'", at: cursor.range(from: start),
                        hint: "write 'click nodeId \"https://…\"'"))
            return nil
        }
        var click = ClickSyntax(target: target, range: target.range)
        cursor.skipBlanks()
        if cursor.keyword() == "href" {
            cursor.offset += 4
            cursor.skipBlanks()
        }
        if cursor.peek() == .quote {
            click.url = parseQuotedLabel()?.text
        } else if cursor.keyword() == "call" {
            cursor.offset += 4
            cursor.skipBlanks()
            let callStart = cursor.offset
            var depth = 0
            while !cursor.isAtStatementEnd {
                let byte = cursor.peek()
                if byte == .openParen {
                    depth += 1
                } else if byte == .closeParen {
                    depth -= 1
                } else if byte.isBlank, depth <= 0 {
                    break
                }
                cursor.offset += 1
            }
            click.callback = cursor.text(callStart, cursor.offset)
        } else if let name = cursor.scanWord() {
            click.callback = name.text
        } else {
            fail(.error("mermaid.invalid-click", "expected a URL in quotes or a callback after 'click \(target.text)'",
                        at: cursor.range(from: start), hint: "write 'click \(target.text) \"https://…\"'"))
            return nil
        }
        cursor.skipBlanks()
        if cursor.peek() == .quote { click.tooltip = parseQuotedLabel()?.text }
        cursor.skipBlanks()
        if cursor.peek() == .underscore, let word = cursor.scanWord() { click.linkTarget = word.text }
        click.range = cursor.range(from: start)
        return .click(click)
    }

    mutating func parseAccessibility(keyword: String) -> StatementSyntax? {
        let start = cursor.offset
        cursor.offset += keyword.utf8.count
        cursor.skipBlanks()
        var text: String
        if cursor.peek() == .colon {
            cursor.offset += 1
            let textStart = cursor.offset
            cursor.skipToLineEnd()
            text = cursor.text(textStart, cursor.offset)
        } else if cursor.peek() == .openBrace, keyword == "accDescr" {
            let open = cursor.offset
            cursor.offset += 1
            let textStart = cursor.offset
            while !cursor.isAtEnd, cursor.peek() != .closeBrace { cursor.offset += 1 }
            text = cursor.text(textStart, cursor.offset)
            if cursor.isAtEnd {
                // mermaid.js accepts this: the rest of the file becomes the description.
                report(.warning("mermaid.unclosed-description", "'accDescr {' is never closed: the rest of the file is its text",
                                at: SourceRange(start: start, end: open + 1), hint: "close the description with '}'"))
            } else {
                cursor.offset += 1
            }
        } else {
            fail(.error("mermaid.expected-colon", "expected ':' after '\(keyword)'", at: cursor.range(from: start),
                        hint: "write '\(keyword): text'"))
            return nil
        }
        text = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingBlanksSubstring() }.joined(separator: "\n").trimmingBlanks()
        let range = cursor.range(from: start)
        return keyword == "accTitle" ? .accessibilityTitle(text, range: range)
            : .accessibilityDescription(text, range: range)
    }
}

extension StringProtocol {
    /// Trimmed of spaces, tabs and line breaks at both ends.
    func trimmingBlanks() -> String {
        String(trimmingBlanksSubstring())
    }

    func trimmingBlanksSubstring() -> Substring {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        let sub = Substring(self)
        guard let first = sub.firstIndex(where: { !isBlank($0) }),
              let last = sub.lastIndex(where: { !isBlank($0) }) else { return "" }
        return sub[first...last]
    }
}
