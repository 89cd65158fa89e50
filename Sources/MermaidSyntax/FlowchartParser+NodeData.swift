import Diagnostics
import Yams

extension FlowchartParser {
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
        // As in mermaid.js: a multi-line body is block YAML, a one-line body a flow mapping.
        let body = cursor.text(braceStart + 1, cursor.offset - 1)
        let text = body.contains("\n") ? Self.dedented(body) + "\n" : "{" + body + "}"
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
            let (keyRange, valueRange) = Self.locate(key: keyText, from: braceStart, to: cursor.offset - 1,
                                                     in: cursor.bytes) ?? (range, range)
            // YAML already turned `\n` escapes into line breaks: keep them.
            let value = valueText.count >= 2 && valueText.hasPrefix("`") && valueText.hasSuffix("`")
                ? LabelSyntax(LabelDecoder.decode(String(valueText.dropFirst().dropLast())), isMarkdown: true,
                              range: valueRange)
                : LabelSyntax(LabelDecoder.decode(valueText), range: valueRange)
            entries.append(DataEntrySyntax(key: Identifier(keyText, range: keyRange), value: value))
        }
        return entries
    }

    /// Block YAML with the common indentation of its lines removed.
    static func dedented(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let indents = lines.filter { !$0.trimmingBlanks().isEmpty }.map { $0.prefix { $0 == " " || $0 == "\t" }.count }
        let common = indents.min() ?? 0
        return lines.map { $0.count >= common ? String($0.dropFirst(common)) : String($0) }.joined(separator: "\n")
    }

    /// The source ranges of `key` and of its value inside an `@{ … }` block (for messages).
    static func locate(key: String, from start: Int, to end: Int, in bytes: [UInt8]) -> (SourceRange, SourceRange)? {
        let keyBytes = Array(key.utf8)
        guard !keyBytes.isEmpty else { return nil }
        var index = start
        while index + keyBytes.count <= end {
            let before = index > start ? bytes[index - 1] : UInt8.space
            let isWordStart = !(before.isIDByte || before == .dash)
            if isWordStart, Array(bytes[index..<index + keyBytes.count]) == keyBytes {
                var colon = index + keyBytes.count
                while colon < end, bytes[colon].isBlank { colon += 1 }
                if colon < end, bytes[colon] == .colon {
                    var valueStart = colon + 1
                    while valueStart < end, bytes[valueStart].isBlank { valueStart += 1 }
                    var valueEnd = valueStart
                    var quote: UInt8 = 0
                    while valueEnd < end {
                        let byte = bytes[valueEnd]
                        if quote != 0 {
                            if byte == quote { quote = 0 }
                        } else if byte == .quote || byte == .singleQuote {
                            quote = byte
                        } else if byte == .comma || byte == .newline || byte == .closeBrace {
                            break
                        }
                        valueEnd += 1
                    }
                    while valueEnd > valueStart, bytes[valueEnd - 1].isBlank { valueEnd -= 1 }
                    return (SourceRange(start: index, end: index + keyBytes.count),
                            SourceRange(start: valueStart, end: max(valueEnd, valueStart)))
                }
            }
            index += 1
        }
        return nil
    }
}
