import Native

/// GitHub emoji shortcodes (`:warning:` → ⚠️) in a document's text runs, never in code.
enum EmojiText {
    static func replacing(_ nodes: [MarkdownNode]) -> [MarkdownNode] {
        nodes.map { node in
            var copy = node
            switch node.kind {
            case .text(let text): copy.kind = .text(EmojiShortcodes.replacing(text))
            case .codeBlock, .code, .htmlBlock, .htmlInline: return node
            default: copy.children = replacing(node.children)
            }
            return copy
        }
    }
}
