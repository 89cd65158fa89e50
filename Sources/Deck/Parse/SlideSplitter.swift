import Native

/// Splits a deck's top-level blocks into slides, as Marpit does: at every thematic break
/// (`---`, `***`, `___`; the break itself is dropped) and before each heading whose
/// level `headingDivider` lists.
///
/// Two deliberate differences from Marpit's token-level splitting: only top-level
/// breaks and headings split (a `---` inside a block quote or list item stays there
/// instead of cutting the container in two), and a divider heading that already opens
/// a slide (only comments and styles before it) does not split again, so
/// `---` followed by `## Title` never makes an empty slide.
enum SlideSplitter {
    /// One slide's blocks and the deck line where its content starts.
    struct Piece: Equatable {
        var line: Int
        var blocks: [MarkdownNode]
    }

    static func split(_ blocks: [MarkdownNode], headingDivider: [Int], firstLine: Int) -> [Piece] {
        var pieces = [Piece(line: firstLine, blocks: [])]
        for block in blocks {
            switch block.kind {
            case .thematicBreak:
                pieces.append(Piece(line: block.end.line + 1, blocks: []))
            case .heading(let level) where headingDivider.contains(level):
                if pieces[pieces.count - 1].blocks.contains(where: isVisible) {
                    pieces.append(Piece(line: block.start.line, blocks: [block]))
                } else {
                    pieces[pieces.count - 1].blocks.append(block)
                }
            default:
                pieces[pieces.count - 1].blocks.append(block)
            }
        }
        return pieces
    }

    /// Whether a block shows on the slide (comments and `<style>` blocks do not).
    static func isVisible(_ block: MarkdownNode) -> Bool {
        guard case .htmlBlock(let literal) = block.kind else { return true }
        let trimmed = literal.drop { $0 == " " || $0 == "\t" }.lowercased()
        return !(trimmed.hasPrefix("<!--") || trimmed.hasPrefix("<style"))
    }

    /// Footnote definitions come last in cmark's tree; put each back where it was written
    /// so it lands on its slide.
    static func relocatingFootnotes(_ blocks: [MarkdownNode]) -> [MarkdownNode] {
        var result = blocks.filter { if case .footnoteDefinition = $0.kind { return false } else { return true } }
        for definition in blocks {
            guard case .footnoteDefinition = definition.kind else { continue }
            let index = result.firstIndex { ($0.start.line, $0.start.column) > (definition.start.line, definition.start.column) }
            result.insert(definition, at: index ?? result.count)
        }
        return result
    }
}
