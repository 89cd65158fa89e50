import Diagnostics
import Yams

extension FlowchartParser {
    /// `A`, `A & B:::c`: nodes joined by `&`.
    mutating func parseNodeGroup() -> [NodeSyntax]? {
        var nodes: [NodeSyntax] = []
        repeat {
            cursor.skipBlanks()
            guard let node = parseNode() else { return nil }
            nodes.append(node)
            cursor.skipBlanks()
        } while cursor.peek() == .ampersand && { cursor.offset += 1; return true }()
        return nodes
    }

    /// A node id with an optional bracket shape or `@{ … }` data and `:::class`es.
    mutating func parseNode() -> NodeSyntax? {
        let start = cursor.offset
        guard let id = cursor.scanNodeID() else {
            let character = cursor.characterRange(at: start)
            let found = cursor.isAtStatementEnd ? "the end of the statement" : "'\(cursor.text(character.start, character.end))'"
            fail(.error("mermaid.empty-id", "expected a node id, found \(found)", at: character,
                        hint: "node ids are letters, digits, '_' and '-', e.g. 'A' or 'step_1'"))
            return nil
        }
        var node = NodeSyntax(id: id, range: id.range)
        if cursor.peek() == .at, cursor.peek(1) == .openBrace {
            guard let data = parseNodeData() else { return nil }
            node.data = data
        } else if let opening = Self.openings.first(where: { cursor.matches($0.open) }) {
            let open = cursor.offset
            cursor.offset += opening.open.utf8.count
            let closers = opening.shapes.map(\.close)
            guard let (label, closer) = parseLabel(until: closers, open: open, what: "node label") else { return nil }
            node.shape = ShapeSyntax(kind: opening.shapes[closer].kind, label: label, range: cursor.range(from: open))
        }
        while cursor.matches(":::") {
            cursor.offset += 3
            guard let name = cursor.scanWord() else {
                fail(.error("mermaid.empty-id", "expected a class name after ':::'", at: cursor.range(from: cursor.offset - 3),
                            hint: "write 'A:::className'"))
                return nil
            }
            node.classes.append(name)
        }
        node.range = cursor.range(from: start)
        return node
    }

    /// Bracket openings, longest first, with the closers each allows.
    static let openings: [(open: String, shapes: [(close: String, kind: BracketKind)])] = [
        ("(((", [(")))", .doubleCircle)]), ("((", [("))", .circle)]), ("([", [("])", .stadium)]),
        ("(-", [("-)", .ellipse)]), ("(", [(")", .round)]), ("[[", [("]]", .subroutine)]), ("[(", [(")]", .cylinder)]),
        ("[/", [("/]", .leanRight), ("\\]", .trapezoid)]), ("[\\", [("\\]", .leanLeft), ("/]", .trapezoidAlt)]),
        ("[", [("]", .square)]), (">", [("]", .asymmetric)]), ("{{", [("}}", .hexagon)]), ("{", [("}", .rhombus)]),
    ]

    /// Label text up to one of `closers` (consumed); returns which closer ended it.
    /// A quoted label may hold any closer and span lines.
    mutating func parseLabel(until closers: [String], open: Int, what: String) -> (label: LabelSyntax, closer: Int)? {
        cursor.skipBlanks()
        if cursor.peek() == .quote {
            guard let quoted = parseQuotedLabel() else { return nil }
            cursor.skipBlanks()
            if let index = closers.firstIndex(where: { cursor.matches($0) }) {
                cursor.offset += closers[index].utf8.count
                return (quoted, index)
            }
            // Mermaid also accepts text after the closing quote; treat it as unclosed otherwise.
        }
        let textStart = cursor.offset
        var openingLineEnd: Int?
        while !cursor.isAtEnd {
            if let index = closers.firstIndex(where: { cursor.matches($0) }) {
                let raw = cursor.text(textStart, cursor.offset)
                let label = makeLabel(raw, range: cursor.range(from: textStart))
                cursor.offset += closers[index].utf8.count
                return (label, index)
            }
            if cursor.peek() == .newline, openingLineEnd == nil { openingLineEnd = cursor.offset }
            cursor.offset += 1
        }
        // Unquoted labels may span lines (Mermaid joins them); report the opening line only
        // and resume after it.
        let lineEnd = openingLineEnd ?? cursor.offset
        cursor.offset = lineEnd
        let openText = cursor.text(open, textStart).trimmingBlanks()
        let expected = closers.map { "'\($0)'" }.joined(separator: " or ")
        report(.error("mermaid.unclosed-bracket", "unclosed '\(openText)' in \(what)",
                      at: SourceRange(start: open, end: lineEnd), hint: "close the label with \(expected)"))
        return nil
    }

    /// `"…"` at the cursor, possibly spanning lines; backticks inside make it markdown.
    mutating func parseQuotedLabel() -> LabelSyntax? {
        let start = cursor.offset
        cursor.offset += 1
        while !cursor.isAtEnd, cursor.peek() != .quote { cursor.offset += 1 }
        guard !cursor.isAtEnd else {
            var lineEnd = start
            while lineEnd < cursor.bytes.count, cursor.bytes[lineEnd] != .newline { lineEnd += 1 }
            report(.error("mermaid.unclosed-quote", "unclosed '\"' in label", at: SourceRange(start: start, end: lineEnd),
                          hint: "close the text with '\"'"))
            return nil
        }
        let raw = cursor.text(start + 1, cursor.offset)
        cursor.offset += 1
        return quotedLabel(raw, range: cursor.range(from: start))
    }

    /// Label from unquoted text: trimmed, or unquoted when it is a quoted string.
    func makeLabel(_ raw: String, range: SourceRange) -> LabelSyntax {
        let trimmed = raw.trimmingBlanks()
        if trimmed.count >= 2, trimmed.hasPrefix("\""), trimmed.hasSuffix("\"") {
            return quotedLabel(String(trimmed.dropFirst().dropLast()), range: range)
        }
        return LabelSyntax(LabelDecoder.decode(LabelDecoder.joiningLines(trimmed)), range: range)
    }

    func quotedLabel(_ content: String, range: SourceRange) -> LabelSyntax {
        if content.count >= 2, content.hasPrefix("`"), content.hasSuffix("`") {
            // In markdown strings a source line break is a line break; indentation is dropped.
            let lines = content.dropFirst().dropLast().split(separator: "\n", omittingEmptySubsequences: false)
            let text = lines.map { $0.trimmingBlanksSubstring() }.joined(separator: "\n")
            return LabelSyntax(LabelDecoder.decode(text), isMarkdown: true, range: range)
        }
        return LabelSyntax(LabelDecoder.decode(LabelDecoder.joiningLines(content)), range: range)
    }

    /// `@{ key: value, … }`: a YAML flow mapping, read with Yams as Mermaid reads it.
    mutating func parseNodeData() -> [DataEntrySyntax]? {
        let start = cursor.offset
        cursor.offset += 1
        let braceStart = cursor.offset
        var depth = 0
        var quote: UInt8 = 0
        while !cursor.isAtEnd {
            let byte = cursor.peek()
            if quote != 0 {
                if byte == .backslash { cursor.offset += 1 } else if byte == quote { quote = 0 }
            } else if byte == .quote || byte == .singleQuote {
                quote = byte
            } else if byte == .openBrace {
                depth += 1
            } else if byte == .closeBrace {
                depth -= 1
                if depth == 0 { break }
            }
            cursor.offset += 1
        }
        guard !cursor.isAtEnd else {
            fail(.error("mermaid.unclosed-bracket", "unclosed '@{' in node data", at: SourceRange(start: start, end: start + 2),
                        hint: "close the node data with '}'"))
            return nil
        }
        cursor.offset += 1
        let range = cursor.range(from: start)
        let text = cursor.text(braceStart, cursor.offset)
        // Basic resolver: see `config(fromYAML:)`; only strings are read from the map.
        guard let node = try? Yams.compose(yaml: text, .basic), let mapping = node.mapping else {
            report(.error("mermaid.invalid-node-data", "node data is not a valid '{ key: value }' map", at: range,
                          hint: "write e.g. 'A@{ shape: rect, label: \"Text\" }'"))
            return nil
        }
        var entries: [DataEntrySyntax] = []
        for (key, value) in mapping {
            let keyText = key.string ?? ""
            let valueText = value.string ?? (try? Yams.serialize(node: value).trimmingBlanks()) ?? ""
            // YAML already turned `\n` escapes into line breaks: keep them.
            let value = valueText.count >= 2 && valueText.hasPrefix("`") && valueText.hasSuffix("`")
                ? LabelSyntax(LabelDecoder.decode(String(valueText.dropFirst().dropLast())), isMarkdown: true, range: range)
                : LabelSyntax(LabelDecoder.decode(valueText), range: range)
            entries.append(DataEntrySyntax(key: Identifier(keyText, range: range), value: value))
        }
        return entries
    }
}
