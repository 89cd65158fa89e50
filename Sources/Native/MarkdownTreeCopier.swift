import CCmarkGFM

/// Copies a cmark-gfm node tree into `MarkdownNode` values (the C tree is freed by the caller).
struct MarkdownTreeCopier {
    /// The parsed bytes, to read what cmark does not expose (a bullet list's marker).
    let source: [UInt8]
    let lineStarts: [Int]

    init(source: [UInt8]) {
        self.source = source
        var starts = [0]
        for (index, byte) in source.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(index + 1)
        }
        lineStarts = starts
    }

    /// Deepest nesting copied as a tree. The copy, and every later walk of `MarkdownNode`,
    /// is recursive; a hostile file nesting quotes, lists or emphasis thousands deep would
    /// overflow the stack (found by fuzz/FuzzDeck). Deeper content is kept as plain text.
    static let maximumDepth = 100

    func copy(_ node: OpaquePointer, depth: Int = 0) -> MarkdownNode {
        var children: [MarkdownNode] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            let copied = depth < Self.maximumDepth ? copy(current, depth: depth + 1) : flattened(current)
            if case .text(let tail) = copied.kind, let last = children.last, case .text(let head) = last.kind {
                children[children.count - 1] = MarkdownNode(kind: .text(head + tail), start: last.start, end: copied.end)
            } else {
                children.append(copied)
            }
            child = cmark_node_next(current)
        }
        var start = MarkdownPosition(line: Int(cmark_node_get_start_line(node)),
                                     column: Int(cmark_node_get_start_column(node)))
        var end = MarkdownPosition(line: Int(cmark_node_get_end_line(node)),
                                   column: Int(cmark_node_get_end_column(node)))
        var nodeKind = kind(of: node, start: start)
        if case .footnoteDefinition = nodeKind, let found = footnoteLabel(onLine: start.line) {
            nodeKind = .footnoteDefinition(label: found.label)
            start = found.start
        }
        if case .footnoteReference = nodeKind, let label = footnoteReferenceLabel(at: start) {
            // cmark's literal is the footnote's number; the label is what the author wrote.
            nodeKind = .footnoteReference(label: label)
        }
        end = repairedEnd(end, start: start, kind: nodeKind)
        let copied = MarkdownNode(kind: nodeKind, children: repairingAutolinks(children, start: start), start: start, end: end)
        switch nodeKind {
        case .paragraph, .heading, .tableCell: return repairingInlines(of: copied)
        default: return copied
        }
    }

    /// A node and everything below it as one text node: its text and code literals, in order
    /// (walked with cmark's own iterator, not recursion).
    private func flattened(_ node: OpaquePointer) -> MarkdownNode {
        var text = ""
        if let iterator = cmark_iter_new(node) {
            defer { cmark_iter_free(iterator) }
            while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
                guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER,
                      let current = cmark_iter_get_node(iterator) else { continue }
                let type = cmark_node_get_type(current)
                if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE { text += literal(current) }
            }
        }
        let start = MarkdownPosition(line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node)))
        let end = MarkdownPosition(line: Int(cmark_node_get_end_line(node)), column: Int(cmark_node_get_end_column(node)))
        return MarkdownNode(kind: .text(text), start: start, end: end)
    }

    private func kind(of node: OpaquePointer, start: MarkdownPosition) -> MarkdownKind {
        let type = cmark_node_get_type(node)
        switch type {
        case CMARK_NODE_DOCUMENT: return .document
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_HEADING: return .heading(level: Int(cmark_node_get_heading_level(node)))
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_LIST: return list(node, start: start)
        case CMARK_NODE_ITEM:
            guard typeName(node) == "tasklist" else { return .item(checked: nil) }
            return .item(checked: cmark_gfm_extensions_get_tasklist_item_checked(node))
        case CMARK_NODE_CODE_BLOCK:
            return .codeBlock(info: string(cmark_node_get_fence_info(node)), literal: literal(node))
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock(literal: literal(node))
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        case CMARK_NODE_FOOTNOTE_DEFINITION: return .footnoteDefinition(label: literal(node))
        case CMARK_NODE_TEXT: return .text(literal(node))
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code(literal(node))
        case CMARK_NODE_HTML_INLINE: return .htmlInline(literal(node))
        case CMARK_NODE_EMPH: return .emphasis
        case CMARK_NODE_STRONG: return .strong
        case CMARK_NODE_LINK:
            return .link(url: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        case CMARK_NODE_IMAGE:
            return .image(url: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        case CMARK_NODE_FOOTNOTE_REFERENCE: return .footnoteReference(label: literal(node))
        default: return extensionKind(node)
        }
    }

    /// Table and strikethrough nodes have types the extensions allocate at run time;
    /// their type names are stable.
    private func extensionKind(_ node: OpaquePointer) -> MarkdownKind {
        switch typeName(node) {
        case "table":
            let count = Int(cmark_gfm_extensions_get_table_columns(node))
            var alignments: [MarkdownAlignment] = []
            if let raw = cmark_gfm_extensions_get_table_alignments(node) {
                for index in 0..<count {
                    switch raw[index] {
                    case UInt8(ascii: "l"): alignments.append(.left)
                    case UInt8(ascii: "c"): alignments.append(.center)
                    case UInt8(ascii: "r"): alignments.append(.right)
                    default: alignments.append(.none)
                    }
                }
            }
            return .table(alignments: alignments)
        case "table_header", "table_row":
            return .tableRow(isHeader: cmark_gfm_extensions_get_table_row_is_header(node) != 0)
        case "table_cell": return .tableCell
        case "strikethrough": return .strikethrough
        default:
            // An extension we did not attach; keep its text readable.
            return .text(literal(node))
        }
    }

    private func list(_ node: OpaquePointer, start: MarkdownPosition) -> MarkdownKind {
        let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
        let tight = cmark_node_get_list_tight(node) != 0
        if ordered {
            let delimiter: Character = cmark_node_get_list_delim(node) == CMARK_PAREN_DELIM ? ")" : "."
            return .list(ordered: true, start: Int(cmark_node_get_list_start(node)), tight: tight, delimiter: delimiter)
        }
        return .list(ordered: false, start: 0, tight: tight, delimiter: bullet(at: start))
    }

    /// The marker character at a list's start position (`-`, `*` or `+`).
    private func bullet(at position: MarkdownPosition) -> Character {
        guard position.line >= 1, position.line <= lineStarts.count else { return "-" }
        var index = lineStarts[position.line - 1] + max(0, position.column - 1)
        // The list may start inside a block quote (`> - a`): skip to the first marker byte.
        while index < source.count, source[index] != UInt8(ascii: "\n") {
            switch source[index] {
            case UInt8(ascii: "-"): return "-"
            case UInt8(ascii: "*"): return "*"
            case UInt8(ascii: "+"): return "+"
            default: index += 1
            }
        }
        return "-"
    }

    private func typeName(_ node: OpaquePointer) -> String {
        string(cmark_node_get_type_string(node))
    }

    private func literal(_ node: OpaquePointer) -> String {
        string(cmark_node_get_literal(node))
    }

    private func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
