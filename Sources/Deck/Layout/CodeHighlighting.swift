import SyntaxHighlight

/// The one place deck layout asks for highlighted code: runs per line.
enum CodeHighlighting {
    /// Each line of `code` as highlighted runs (unknown languages: plain runs).
    static func lines(_ code: String, language: String?) -> [[HighlightToken]] {
        SyntaxHighlighter.highlight(code, language: language)
    }
}
