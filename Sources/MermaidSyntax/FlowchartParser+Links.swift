import Diagnostics

extension FlowchartParser {
    /// `A & B --> C -- text --> D`: node groups joined by links.
    mutating func parseChain() -> StatementSyntax? {
        let start = cursor.offset
        guard let first = parseNodeGroup() else { return nil }
        var chain = ChainSyntax(groups: [first], links: [], range: SourceRange(start: start, end: start))
        while true {
            cursor.skipBlanksAndComment()
            // mermaid.js's link tokens swallow the blanks and line breaks around them, so a
            // link may start on the next line (`A\n  --> B`) or end a line (`A -->\n  B`).
            if cursor.peek() == .newline, let next = lineBreaksBefore(Self.startsLink) { cursor.offset = next }
            if cursor.isAtStatementEnd { break }
            guard let link = parseLink() else { return nil }
            cursor.skipBlanks()
            if cursor.peek() == .newline, let next = lineBreaksBefore({
                ($0.peek().isIDByte || $0.peek() == .quote) && !Self.statementKeywords.contains($0.keyword() ?? "")
            }) {
                cursor.offset = next
            }
            if cursor.isAtStatementEnd {
                report(.error("mermaid.missing-node", "expected a node after the link", at: link.range,
                              hint: "links join two nodes, e.g. 'A --> B'"))
                return nil
            }
            guard let group = parseNodeGroup() else { return nil }
            chain.links.append(link)
            chain.groups.append(group)
        }
        chain.range = SourceRange(start: start, end: chain.groups.last?.last?.range.end ?? cursor.offset)
        return .chain(chain)
    }

    /// A link with its optional id and label; reports and skips the statement when the
    /// text at the cursor is not a link.
    mutating func parseLink() -> LinkSyntax? {
        let start = cursor.offset
        var id: Identifier?
        if let word = cursor.scanNodeID(), cursor.peek() == .at, Self.isLinkByte(cursor.peek(1)) {
            id = word
            cursor.offset += 1
        } else {
            cursor.offset = start
        }
        let linkStart = cursor.offset
        var startHead = LinkHeadSyntax.none
        if let head = Self.head(cursor.peek(), allowsArrow: false, isStart: true),
           [UInt8.dash, .equals, .dot].contains(cursor.peek(1)) {
            startHead = head
            cursor.offset += 1
        }
        guard var link = parseLinkBody(startHead: startHead, linkStart: linkStart) else { return nil }
        link.id = id
        link.range = SourceRange(start: start, end: link.range.end)
        let afterLink = cursor.offset
        cursor.skipBlanks()
        if cursor.peek() == .pipe, link.label == nil {
            let open = cursor.offset
            cursor.offset += 1
            guard let (label, _) = parseLabel(until: ["|"], open: open, what: "link label") else { return nil }
            link.label = label
            link.range = link.range.union(cursor.range(from: open))
        } else {
            cursor.offset = afterLink
        }
        return link
    }

    /// The offset after the blanks and line breaks at the cursor when what follows them
    /// satisfies `test`; nil otherwise.
    func lineBreaksBefore(_ test: (ByteCursor) -> Bool) -> Int? {
        var probe = cursor
        while probe.peek() == .newline || probe.peek().isBlank { probe.offset += 1 }
        return !probe.isAtEnd && test(probe) ? probe.offset : nil
    }

    /// Words that start a statement, so never the node a link on the line above points at.
    static let statementKeywords: Set<String> = [
        "subgraph", "end", "direction", "classDef", "class", "style", "linkStyle", "click", "accTitle", "accDescr",
    ]

    /// Whether a link (not a node) starts at the cursor: `--`, `==`, `-.`, `~~~`, `<-`, `<=`.
    static func startsLink(_ cursor: ByteCursor) -> Bool {
        let first = cursor.peek(), second = cursor.peek(1)
        switch first {
        case .dash: return second == .dash || second == .dot
        case .equals: return second == .equals
        case .tilde: return second == .tilde && cursor.peek(2) == .tilde
        case .less: return second == .dash || second == .equals
        default: return false
        }
    }

    /// Whether `.+-` follows at `offset + from`.
    static func isDottedTail(_ cursor: ByteCursor, from: Int) -> Bool {
        var ahead = from
        while cursor.peek(ahead) == .dot { ahead += 1 }
        return ahead > from && cursor.peek(ahead) == .dash
    }

    static func isLinkByte(_ byte: UInt8) -> Bool {
        [UInt8.dash, .equals, .dot, .tilde, .less, .lowerX, .lowerO].contains(byte)
    }

    static func head(_ byte: UInt8, allowsArrow: Bool, isStart: Bool) -> LinkHeadSyntax? {
        switch byte {
        case .greater where !isStart, .less where isStart: return .arrow
        case .lowerX: return .cross
        case .lowerO: return .circle
        default: return nil
        }
    }

    /// Counts a run of `byte` at the cursor and moves past it.
    private mutating func run(of byte: UInt8) -> Int {
        let start = cursor.offset
        while cursor.peek() == byte { cursor.offset += 1 }
        return cursor.offset - start
    }

    /// The end marker after a link's line, if any (consumed).
    private mutating func endHead() -> LinkHeadSyntax {
        if let head = Self.head(cursor.peek(), allowsArrow: true, isStart: false) {
            cursor.offset += 1
            return head
        }
        return .none
    }

    private mutating func parseLinkBody(startHead: LinkHeadSyntax, linkStart: Int) -> LinkSyntax? {
        let bodyStart = cursor.offset
        let first = cursor.peek()
        // Dotted links: `-.->`, `-..-`, and Mermaid also accepts them without the leading `-`.
        if (first == .dash && cursor.peek(1) == .dot) || (first == .dot && Self.isDottedTail(cursor, from: 0)) {
            if first == .dash { cursor.offset += 1 }
            let dots = run(of: .dot)
            if cursor.peek() == .dash {
                cursor.offset += 1
                let head = endHead()
                return LinkSyntax(stroke: .dotted, startHead: startHead, endHead: head, length: min(dots, Self.maxLength),
                                  range: cursor.range(from: linkStart))
            }
            return parseTextLink(stroke: .dotted, startHead: startHead, linkStart: linkStart)
        }
        if first == .dash || first == .equals {
            let count = run(of: first)
            let stroke: LinkStrokeSyntax = first == .dash ? .normal : .thick
            if count >= 2 {
                let head = endHead()
                if head != .none {
                    return LinkSyntax(stroke: stroke, startHead: startHead, endHead: head, length: min(count - 1, Self.maxLength),
                                      range: cursor.range(from: linkStart))
                }
                if count >= 3 {
                    return LinkSyntax(stroke: stroke, startHead: startHead, endHead: .none, length: min(count - 2, Self.maxLength),
                                      range: cursor.range(from: linkStart))
                }
                return parseTextLink(stroke: stroke, startHead: startHead, linkStart: linkStart)
            }
        }
        if first == .tilde {
            let count = run(of: .tilde)
            if count >= 3 {
                return LinkSyntax(stroke: .invisible, startHead: .none, endHead: .none, length: min(count - 2, Self.maxLength),
                                  range: cursor.range(from: linkStart))
            }
        }
        cursor.offset = bodyStart
        return reportBadLink(linkStart: linkStart)
    }

    /// `-- text -->`, `-. text .->`, `== text ==>`: text up to the closing part of the link,
    /// whose stroke must match the opening one (`-- text ==>` is an error, as in Mermaid).
    private mutating func parseTextLink(stroke: LinkStrokeSyntax, startHead: LinkHeadSyntax, linkStart: Int) -> LinkSyntax? {
        let textStart = cursor.offset
        var mismatch: (range: SourceRange, stroke: LinkStrokeSyntax)?
        while !cursor.isAtEnd, cursor.peek() != .newline {
            let save = cursor.offset
            if let (head, length) = closingLink(stroke: stroke) {
                let label = makeLabel(cursor.text(textStart, save), range: SourceRange(start: textStart, end: save))
                if startHead != .none, startHead != head {
                    // mermaid.js parses this but draws a link of type 'INVALID'.
                    report(.warning("mermaid.mismatched-heads",
                                  "the link starts with '\(Self.headText(startHead, atStart: true))' but ends with "
                                  + "'\(Self.headText(head, atStart: false))'",
                                  at: SourceRange(start: linkStart, end: cursor.offset),
                                  hint: "a two-headed link uses the same head at both ends, e.g. 'A x-- text --x B'"))
                }
                return LinkSyntax(stroke: stroke, startHead: startHead, endHead: head, length: min(length, Self.maxLength),
                                  label: label.text.isEmpty ? nil : label, range: cursor.range(from: linkStart))
            }
            cursor.offset = save
            if mismatch == nil, cursor.offset > textStart, cursor.peek(-1).isBlank {
                for other in [LinkStrokeSyntax.normal, .thick, .dotted] where other != stroke {
                    if closingLink(stroke: other) != nil, cursor.peek().isBlank || cursor.isAtStatementEnd
                        || cursor.peek().isIDByte {
                        mismatch = (cursor.range(from: save), other)
                    }
                    cursor.offset = save
                }
            }
            if cursor.peek() == .quote {
                cursor.offset += 1
                while !cursor.isAtEnd, cursor.peek() != .quote { cursor.offset += 1 }
            }
            cursor.offset += 1
        }
        if let mismatch {
            report(.error("mermaid.mismatched-link",
                          "the link text opens with a \(stroke.rawValue) stroke but closes with a \(mismatch.stroke.rawValue) one",
                          at: SourceRange(start: linkStart, end: mismatch.range.end),
                          hint: "use the same stroke on both sides: '\(Self.sample(stroke))'"))
        } else {
            report(.error("mermaid.unclosed-link-text", "link text is never closed by an arrow",
                          at: SourceRange(start: linkStart, end: cursor.offset),
                          hint: "write 'A -- text --> B' or 'A -->|text| B'"))
        }
        cursor.skipStatement()
        return nil
    }

    /// The Mermaid link a mistyped one most likely meant (`->` → `-->`, `=>` → `==>`).
    static func likelyLink(_ written: String) -> String? {
        let arrow = written.hasSuffix(">")
        if written.contains(".") { return arrow ? "-.->" : "-.-" }
        if written.hasPrefix("=") { return arrow ? "==>" : "===" }
        if written.hasPrefix("-") { return arrow ? "-->" : "---" }
        if written.hasPrefix("~") { return "~~~" }
        return nil
    }

    /// Mermaid caps a link's length (extra dashes beyond this add nothing).
    static let maxLength = 10

    static func sample(_ stroke: LinkStrokeSyntax) -> String {
        switch stroke {
        case .normal: return "A -- text --> B"
        case .thick: return "A == text ==> B"
        case .dotted: return "A -. text .-> B"
        case .invisible: return "A ~~~ B"
        }
    }

    static func headText(_ head: LinkHeadSyntax, atStart: Bool) -> String {
        switch head {
        case .none: return "none"
        case .arrow: return atStart ? "<" : ">"
        case .circle: return "o"
        case .cross: return "x"
        }
    }

    /// The closing part of a text link at the cursor (consumed): its head and length.
    private mutating func closingLink(stroke: LinkStrokeSyntax) -> (LinkHeadSyntax, Int)? {
        switch stroke {
        case .dotted:
            if cursor.peek() == .dash, cursor.peek(1) == .dot { cursor.offset += 1 }
            let dots = run(of: .dot)
            guard dots > 0, cursor.peek() == .dash else { return nil }
            cursor.offset += 1
            return (endHead(), dots)
        case .normal, .thick:
            let byte: UInt8 = stroke == .normal ? .dash : .equals
            let count = run(of: byte)
            guard count >= 2 else { return nil }
            let head = endHead()
            if head != .none { return (head, count - 1) }
            return count >= 3 ? (.none, count - 2) : nil
        case .invisible:
            return nil
        }
    }

    private mutating func reportBadLink(linkStart: Int) -> LinkSyntax? {
        let start = cursor.offset
        while Self.isLinkByte(cursor.peek()) || cursor.peek() == .greater { cursor.offset += 1 }
        if cursor.offset > start {
            let written = cursor.text(linkStart, cursor.offset)
            let options = "'-->' (arrow), '---' (line), '-.->' (dotted), '==>' (thick) or '~~~' (invisible)"
            fail(.error("mermaid.unknown-arrow", "'\(written)' is not a Mermaid link",
                        at: cursor.range(from: linkStart),
                        hint: Self.likelyLink(written).map { "did you mean '\($0)'? Links are \(options)" } ?? "use \(options)"))
        } else {
            cursor.offset = linkStart
            let character = cursor.characterRange(at: start)
            let found = cursor.text(character.start, character.end)
            fail(.error("mermaid.unexpected-text", "expected a link such as '-->' or the end of the statement, found '\(found)'",
                        at: character,
                        hint: "separate statements with a line break or ';'"))
        }
        return nil
    }
}
