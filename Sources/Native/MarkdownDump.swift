extension MarkdownNode {
    /// An indented text outline of the tree with positions, one node per line
    /// (`heading(2) 3:1-3:9`), for tests and `--dump` style debugging.
    public func dump(positions: Bool = true) -> String {
        var out = ""
        write(into: &out, depth: 0, positions: positions)
        return out
    }

    private func write(into out: inout String, depth: Int, positions: Bool) {
        out += String(repeating: "  ", count: depth) + kind.dumpLabel
        if positions {
            out += " \(start.line):\(start.column)-\(end.line):\(end.column)"
        }
        out += "\n"
        for child in children {
            child.write(into: &out, depth: depth + 1, positions: positions)
        }
    }
}

extension MarkdownKind {
    /// A short one-line description with the payload, literals quoted with escapes.
    public var dumpLabel: String {
        switch self {
        case .document: return "document"
        case .paragraph: return "paragraph"
        case .heading(let level): return "heading(\(level))"
        case .blockQuote: return "blockQuote"
        case .list(let ordered, let start, let tight, let delimiter):
            return ordered ? "list(ordered start=\(start) delim='\(delimiter)' \(tight ? "tight" : "loose"))"
                : "list(bullet '\(delimiter)' \(tight ? "tight" : "loose"))"
        case .item(let checked):
            switch checked {
            case .none: return "item"
            case .some(true): return "item[x]"
            case .some(false): return "item[ ]"
            }
        case .codeBlock(let info, let literal): return "codeBlock(\(Self.quote(info))) \(Self.quote(literal))"
        case .htmlBlock(let literal): return "htmlBlock \(Self.quote(literal))"
        case .thematicBreak: return "thematicBreak"
        case .table(let alignments):
            return "table(" + alignments.map { "\($0)" }.joined(separator: ",") + ")"
        case .tableRow(let isHeader): return isHeader ? "tableRow(header)" : "tableRow"
        case .tableCell: return "tableCell"
        case .footnoteDefinition(let label): return "footnoteDefinition(\(Self.quote(label)))"
        case .text(let text): return "text \(Self.quote(text))"
        case .softBreak: return "softBreak"
        case .lineBreak: return "lineBreak"
        case .code(let text): return "code \(Self.quote(text))"
        case .htmlInline(let text): return "htmlInline \(Self.quote(text))"
        case .emphasis: return "emphasis"
        case .strong: return "strong"
        case .strikethrough: return "strikethrough"
        case .link(let url, let title): return "link(\(Self.quote(url))\(title.isEmpty ? "" : " " + Self.quote(title)))"
        case .image(let url, let title): return "image(\(Self.quote(url))\(title.isEmpty ? "" : " " + Self.quote(title)))"
        case .footnoteReference(let label): return "footnoteReference(\(Self.quote(label)))"
        }
    }

    private static func quote(_ text: String) -> String {
        var out = "\""
        for character in text {
            switch character {
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default: out.append(character)
            }
        }
        return out + "\""
    }
}
