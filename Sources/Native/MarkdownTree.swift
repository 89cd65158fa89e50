/// A position in Markdown source: 1-based line and column (columns count UTF-8 bytes,
/// as cmark-gfm reports them).
public struct MarkdownPosition: Hashable, Sendable {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

/// Column alignment of a GitHub table.
public enum MarkdownAlignment: Hashable, Sendable {
    case none, left, center, right
}

/// What a Markdown node is; the payload carries what the renderer needs.
public enum MarkdownKind: Hashable, Sendable {
    // Blocks
    case document
    case paragraph
    case heading(level: Int)
    case blockQuote
    /// `ordered` lists carry their start number; `delimiter` is `.` or `)`, bullet lists `-`, `*` or `+`.
    case list(ordered: Bool, start: Int, tight: Bool, delimiter: Character)
    /// `checked` is nil for an ordinary item, true/false for a task-list item.
    case item(checked: Bool?)
    /// Fenced or indented code; `info` is the full info string (`mermaid`, `js {1,3-5}`).
    case codeBlock(info: String, literal: String)
    case htmlBlock(literal: String)
    case thematicBreak
    case table(alignments: [MarkdownAlignment])
    case tableRow(isHeader: Bool)
    case tableCell
    case footnoteDefinition(label: String)
    // Inlines
    case text(String)
    case softBreak
    case lineBreak
    case code(String)
    case htmlInline(String)
    case emphasis
    case strong
    case strikethrough
    case link(url: String, title: String)
    case image(url: String, title: String)
    case footnoteReference(label: String)
}

/// One node of a parsed Markdown document as a plain Swift value: what cmark-gfm's AST
/// says, copied out so that no C pointer leaves `Native`.
public struct MarkdownNode: Hashable, Sendable {
    public var kind: MarkdownKind
    public var children: [MarkdownNode]
    /// Where the node starts and ends in the parsed text (end inclusive, as cmark reports).
    public var start: MarkdownPosition
    public var end: MarkdownPosition

    public init(kind: MarkdownKind, children: [MarkdownNode] = [],
                start: MarkdownPosition = MarkdownPosition(line: 0, column: 0),
                end: MarkdownPosition = MarkdownPosition(line: 0, column: 0)) {
        self.kind = kind
        self.children = children
        self.start = start
        self.end = end
    }

    /// The concatenated text of the node's inline descendants (`code` and `text` literals;
    /// breaks as spaces).
    public var plainText: String {
        switch kind {
        case .text(let s), .code(let s): return s
        case .softBreak, .lineBreak: return " "
        default: return children.map(\.plainText).joined()
        }
    }
}
