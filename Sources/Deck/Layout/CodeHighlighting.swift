import SyntaxHighlight

/// The one place deck layout asks for highlighted code: runs per line.
enum CodeHighlighting {
    /// Each line of `code` as highlighted runs. Until the highlighter lands, one plain run per line.
    static func lines(_ code: String, language: String) -> [[HighlightToken]] {
        code.split(separator: "\n", omittingEmptySubsequences: false).map { [HighlightToken(.plain, String($0))] }
    }
}
