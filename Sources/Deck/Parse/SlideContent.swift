import Foundation
import Diagnostics
import Native

/// The second pass over one slide's blocks: removes directive comments, notes and
/// `<style>` blocks, collecting them; replaces emoji shortcodes in text; turns `$…$`
/// and `$$…$$` math into code (`MathSpans`).
/// `<!-- fit -->` inside a heading stays there as an `htmlInline` child for the layout.
struct SlideContent {
    var blocks: [MarkdownNode] = []
    var notes: [String] = []
    /// Directive entries in the order written.
    var directives: [DirectiveEntry] = []
    /// `<style>` blocks: CSS, its first deck line, and whether it is `scoped`.
    var styles: [(css: String, firstLine: Int, scoped: Bool)] = []
    /// `<style>` blocks never closed, by the range of their opening tag.
    var unclosedStyles: [SourceRange] = []

    init(blocks: [MarkdownNode], meanings: [Int: CommentMeaning], map: DeckTextMap) {
        self.blocks = blocks.compactMap { cleaned($0, meanings: meanings, map: map) }
    }

    /// The node without comments and styles, or nil when nothing visible is left of it.
    private mutating func cleaned(_ node: MarkdownNode, meanings: [Int: CommentMeaning], map: DeckTextMap) -> MarkdownNode? {
        switch node.kind {
        case .htmlBlock(let literal):
            if CommentScan.startsWithComment(literal) {
                let scanned = HTMLComment.scan(literal, of: node, in: map)
                collect(scanned.comments, meanings: meanings)
                // `<!-- note --><div class="columns">`: the HTML after the comments stays.
                guard !scanned.rest.allSatisfy(\.isWhitespace) else { return nil }
                var rest = node
                rest.kind = .htmlBlock(literal: scanned.rest.drop { $0 == " " || $0 == "\t" }.description)
                return rest
            }
            if let style = StyleBlock(literal: literal, line: node.start.line) {
                if style.isClosed {
                    styles.append((style.css, style.firstLine, style.scoped))
                } else {
                    // The rest of the deck is no style sheet: report the tag, read no CSS.
                    unclosedStyles.append(map.range(of: "<style", onLine: node.start.line))
                }
                return nil
            }
            return node
        case .htmlInline(let literal) where CommentScan.startsWithComment(literal):
            let comments = HTMLComment.scan(literal, of: node, in: map).comments
            if comments.count == 1, let first = comments.first, meanings[first.range.start] == .fit { return node }
            collect(comments, meanings: meanings)
            return nil
        case .text:
            // Emoji and math are handled by the parent, which can split the run.
            return node
        case .codeBlock, .code, .image:
            // An image's text is Marp's image syntax (`bg right:40%`), not prose.
            return node
        default:
            guard !node.children.isEmpty else { return node }
            var copy = node
            copy.children = Self.mergingTexts(node.children.compactMap { cleaned($0, meanings: meanings, map: map) })
            if case .paragraph = node.kind, copy.children.allSatisfy(Self.isBlank) { return nil }
            let math = MathSpans(map: map)
            if let display = math.displayBlock(copy) { return display }
            copy.children = Self.trimmingEnds(copy.children.flatMap(math.split))
            return copy
        }
    }

    private mutating func collect(_ comments: [HTMLComment], meanings: [Int: CommentMeaning]) {
        for comment in comments {
            switch meanings[comment.range.start] {
            case .directives(let entries): directives += entries
            case .note(let text) where !text.isEmpty: notes.append(text)
            default: break
            }
        }
    }

    /// Text runs left side by side by a removed inline comment become one run.
    private static func mergingTexts(_ nodes: [MarkdownNode]) -> [MarkdownNode] {
        var merged: [MarkdownNode] = []
        for node in nodes {
            if case .text(let tail) = node.kind, let last = merged.last, case .text(let head) = last.kind {
                merged[merged.count - 1] = MarkdownNode(kind: .text(head + tail), start: last.start, end: node.end)
            } else {
                merged.append(node)
            }
        }
        return merged
    }

    /// cmark trims a line's ends; a removed comment (`# Title <!-- _class: lead -->`)
    /// must not leave a space there.
    private static func trimmingEnds(_ nodes: [MarkdownNode]) -> [MarkdownNode] {
        var nodes = nodes
        if let first = nodes.first, case .text(let text) = first.kind {
            nodes[0].kind = .text(String(text.drop { $0 == " " || $0 == "\t" }))
        }
        if let last = nodes.last, case .text(let text) = last.kind {
            var trimmed = Substring(text)
            while trimmed.last == " " || trimmed.last == "\t" { trimmed = trimmed.dropLast() }
            nodes[nodes.count - 1].kind = .text(String(trimmed))
        }
        return nodes.filter { if case .text(let text) = $0.kind { return !text.isEmpty } else { return true } }
    }

    private static func isBlank(_ node: MarkdownNode) -> Bool {
        switch node.kind {
        case .softBreak, .lineBreak: return true
        case .text(let text): return text.allSatisfy(\.isWhitespace)
        default: return false
        }
    }
}
