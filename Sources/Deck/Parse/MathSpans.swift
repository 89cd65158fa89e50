import Foundation
import Native

/// Marp Core's math (on by default): `$…$` inside a text run becomes inline `code`, and a
/// paragraph that is one `$$…$$` becomes a `codeBlock` with info `math`, so the layout
/// draws TeX as code text. The dollar rules avoid prices: the opening `$` is not
/// followed by a space, the closing one is not preceded by a space nor followed by a
/// digit (`$5 and $10` stays text). A span cut by Markdown emphasis (`$a*b*c$`) stays text.
enum MathSpans {
    /// The display-math block a paragraph is, if it is one.
    static func displayBlock(_ paragraph: MarkdownNode) -> MarkdownNode? {
        guard case .paragraph = paragraph.kind else { return nil }
        let text = paragraph.children.map { child -> String in
            switch child.kind {
            case .softBreak, .lineBreak: return "\n"
            case .text(let value): return value
            default: return "\u{0}"
            }
        }.joined()
        guard !text.contains("\u{0}"), text.hasPrefix("$$"), text.hasSuffix("$$"), text.count >= 5 else { return nil }
        let inner = text.dropFirst(2).dropLast(2).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !inner.isEmpty, !inner.contains("$$") else { return nil }
        var block = paragraph
        block.kind = .codeBlock(info: "math", literal: inner + "\n")
        block.children = []
        return block
    }

    /// A text node split into text and inline-math `code` nodes (positions of the run kept).
    static func split(_ node: MarkdownNode) -> [MarkdownNode] {
        guard case .text(let text) = node.kind, text.contains("$") else { return [node] }
        let characters = Array(text)
        var result: [MarkdownNode] = []
        var plain = ""
        var index = 0
        while index < characters.count {
            if characters[index] == "$", let close = closing(after: index, in: characters) {
                if !plain.isEmpty { result.append(MarkdownNode(kind: .text(plain), start: node.start, end: node.end)) }
                plain = ""
                result.append(MarkdownNode(kind: .code(String(characters[(index + 1)..<close])), start: node.start, end: node.end))
                index = close + 1
            } else {
                plain.append(characters[index])
                index += 1
            }
        }
        if !plain.isEmpty { result.append(MarkdownNode(kind: .text(plain), start: node.start, end: node.end)) }
        return result
    }

    private static func closing(after open: Int, in characters: [Character]) -> Int? {
        guard open + 1 < characters.count, !characters[open + 1].isWhitespace, characters[open + 1] != "$" else { return nil }
        if open > 0, characters[open - 1] == "$" { return nil }
        var index = open + 2
        while index < characters.count {
            if characters[index] == "$" {
                let afterIsDigit = index + 1 < characters.count && characters[index + 1].isNumber
                if !characters[index - 1].isWhitespace, !afterIsDigit { return index }
                return nil
            }
            index += 1
        }
        return nil
    }
}
