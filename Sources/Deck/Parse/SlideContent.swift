import Foundation
import Diagnostics
import Native

/// The second pass over one slide's blocks: removes directive comments, notes and
/// `<style>` blocks, collecting them; replaces emoji shortcodes in text.
/// `<!-- fit -->` inside a heading stays there as an `htmlInline` child for the layout.
struct SlideContent {
    var blocks: [MarkdownNode] = []
    var notes: [String] = []
    /// Directive entries in the order written.
    var directives: [DirectiveEntry] = []
    /// `<style>` blocks: CSS, its first deck line, and whether it is `scoped`.
    var styles: [(css: String, firstLine: Int, scoped: Bool)] = []

    init(blocks: [MarkdownNode], meanings: [Int: CommentMeaning], map: DeckTextMap) {
        self.blocks = blocks.compactMap { cleaned($0, meanings: meanings, map: map) }
    }

    /// The node without comments and styles, or nil when nothing visible is left of it.
    private mutating func cleaned(_ node: MarkdownNode, meanings: [Int: CommentMeaning], map: DeckTextMap) -> MarkdownNode? {
        switch node.kind {
        case .htmlBlock(let literal):
            if CommentScan.startsWithComment(literal) {
                collect(HTMLComment.scan(literal, of: node, in: map).comments, meanings: meanings)
                return nil
            }
            if let style = StyleBlock(literal: literal, line: node.start.line) {
                styles.append((style.css, style.firstLine, style.scoped))
                return nil
            }
            return node
        case .htmlInline(let literal) where CommentScan.startsWithComment(literal):
            let comments = HTMLComment.scan(literal, of: node, in: map).comments
            if comments.count == 1, let first = comments.first, meanings[first.range.start] == .fit { return node }
            collect(comments, meanings: meanings)
            return nil
        case .text(let text):
            var copy = node
            copy.kind = .text(EmojiShortcodes.replacing(text))
            return copy
        case .codeBlock, .code:
            return node
        default:
            guard !node.children.isEmpty else { return node }
            var copy = node
            copy.children = node.children.compactMap { cleaned($0, meanings: meanings, map: map) }
            if case .paragraph = node.kind, copy.children.allSatisfy(Self.isBlank) { return nil }
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

    private static func isBlank(_ node: MarkdownNode) -> Bool {
        switch node.kind {
        case .softBreak, .lineBreak: return true
        case .text(let text): return text.allSatisfy(\.isWhitespace)
        default: return false
        }
    }
}

/// A `<style>` or `<style scoped>` HTML block.
struct StyleBlock {
    var css: String
    var firstLine: Int
    var scoped: Bool

    init?(literal: String, line: Int) {
        let trimmed = literal.drop { $0 == " " || $0 == "\t" }
        guard trimmed.lowercased().hasPrefix("<style"), let tagEnd = trimmed.firstIndex(of: ">") else { return nil }
        let tag = trimmed[..<tagEnd].lowercased()
        let afterTag = trimmed[trimmed.index(after: tagEnd)...]
        let body = afterTag.range(of: "</style>", options: .caseInsensitive).map { afterTag[..<$0.lowerBound] } ?? afterTag
        css = String(body)
        firstLine = line + trimmed[..<tagEnd].filter { $0 == "\n" }.count
        scoped = tag.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).dropFirst().contains { $0 == "scoped" || $0.hasPrefix("scoped=") }
    }
}
