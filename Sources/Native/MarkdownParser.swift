import CCmarkGFM

/// Parses CommonMark with GitHub's extensions (tables, strikethrough, task lists,
/// autolinks, footnotes) through cmark-gfm and returns the tree as plain Swift values.
///
/// Options: source positions on, footnotes on, smart punctuation off, raw HTML kept
/// (as `htmlBlock` / `htmlInline` nodes; the `tagfilter` extension is not attached).
/// Adjacent text nodes are merged, so `:white_check_mark:` is one text run even though
/// cmark splits text at `_` delimiters it could not match.
public enum MarkdownParser {
    /// The GFM extensions attached to every parser, by cmark-gfm name.
    static let extensionNames = ["table", "strikethrough", "tasklist", "autolink"]

    /// Registers cmark-gfm's core extensions once; Swift runs a static initialiser
    /// exactly once even when several threads race to it (cmark's own guard is a plain flag).
    private static let registration: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// Parses `text`; never fails (every input is some Markdown document). The result's
    /// root is a `.document` node; positions are 1-based lines and UTF-8 byte columns of `text`.
    public static func parse(_ text: String) -> MarkdownNode {
        _ = registration
        let options = CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES | CMARK_OPT_UNSAFE
        guard let parser = cmark_parser_new(options) else { return MarkdownNode(kind: .document) }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let syntax = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntax)
            }
        }
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                    cmark_parser_feed(parser, chars, buffer.count)
                }
            }
        }
        guard let root = cmark_parser_finish(parser) else { return MarkdownNode(kind: .document) }
        defer { cmark_node_free(root) }
        let converter = MarkdownTreeCopier(source: bytes)
        return converter.copy(root)
    }
}
