import Foundation
import Native

/// Marp Core's math (on by default): `$…$` inside a text run becomes inline `code`, and a
/// paragraph that is one `$$…$$` becomes a `codeBlock` with info `math`, so the layout
/// draws TeX as code text. The TeX is taken from the source when it can be, since
/// Markdown escapes would eat its backslashes (`\,` → `,`). The dollar rules avoid
/// prices: the opening `$` is not followed by a space, the closing one is not preceded by
/// a space nor followed by a digit (`$5 and $10` stays text). A span cut by Markdown
/// emphasis (`$a*b*c$`) stays text. Emoji shortcodes are replaced outside math only.
struct MathSpans {
    let map: DeckTextMap

    /// The display-math block a paragraph is, if it is one.
    func displayBlock(_ paragraph: MarkdownNode) -> MarkdownNode? {
        guard case .paragraph = paragraph.kind else { return nil }
        var text = paragraph.children.map { child -> String in
            switch child.kind {
            case .softBreak, .lineBreak: return "\n"
            case .text(let value): return value
            default: return "\u{0}"
            }
        }.joined()
        if paragraph.start.column == 1, paragraph.start.line >= 1 {
            // A top-level paragraph's source lines are the TeX as written.
            text = (paragraph.start.line...max(paragraph.start.line, paragraph.end.line))
                .map { map.file.lineText($0) }.joined(separator: "\n").trimmingCharacters(in: .whitespaces)
        }
        guard !text.contains("\u{0}"), text.hasPrefix("$$"), text.hasSuffix("$$"), text.count >= 5 else { return nil }
        let inner = text.dropFirst(2).dropLast(2).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !inner.isEmpty, !inner.contains("$$") else { return nil }
        var block = paragraph
        block.kind = .codeBlock(info: "math", literal: inner + "\n")
        block.children = []
        return block
    }

    /// A text node split into text and inline-math `code` nodes (positions of the run kept).
    func split(_ node: MarkdownNode) -> [MarkdownNode] {
        guard case .text(let literal) = node.kind else { return [node] }
        guard literal.contains("$") else { return [retexted(node, EmojiShortcodes.replacing(literal))] }
        var segments = Self.segments(literal)
        if let raw = rawText(of: node), Self.unescaped(raw) == literal {
            segments = Self.segments(raw).map { ($0.isMath, $0.isMath ? $0.text : Self.unescaped($0.text)) }
        }
        return segments.map { segment in
            segment.isMath ? MarkdownNode(kind: .code(segment.text), start: node.start, end: node.end)
                : retexted(node, EmojiShortcodes.replacing(segment.text))
        }
    }

    private func retexted(_ node: MarkdownNode, _ text: String) -> MarkdownNode {
        MarkdownNode(kind: .text(text), start: node.start, end: node.end)
    }

    /// The source of a one-line text run.
    private func rawText(of node: MarkdownNode) -> String? {
        guard node.start.line >= 1, node.start.line == node.end.line, node.end.column >= node.start.column else { return nil }
        return map.file.text(in: map.range(of: node))
    }

    /// `\X` → `X` for ASCII punctuation, as Markdown reads backslash escapes.
    static func unescaped(_ raw: String) -> String {
        var out = ""
        var escaping = false
        for character in raw {
            if escaping {
                if !(character.isASCII && character.isPunctuation || character.isASCII && character.isSymbol) { out.append("\\") }
                out.append(character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                out.append(character)
            }
        }
        if escaping { out.append("\\") }
        return out
    }

    /// The text cut into plain and math parts.
    static func segments(_ text: String) -> [(isMath: Bool, text: String)] {
        let characters = Array(text)
        var result: [(isMath: Bool, text: String)] = []
        var plain = ""
        var index = 0
        while index < characters.count {
            if characters[index] == "$", let close = closing(after: index, in: characters) {
                if !plain.isEmpty { result.append((false, plain)) }
                plain = ""
                result.append((true, String(characters[(index + 1)..<close])))
                index = close + 1
            } else {
                plain.append(characters[index])
                index += 1
            }
        }
        if !plain.isEmpty { result.append((false, plain)) }
        return result
    }

    private static func closing(after open: Int, in characters: [Character]) -> Int? {
        guard open + 1 < characters.count, !characters[open + 1].isWhitespace, characters[open + 1] != "$" else { return nil }
        if open > 0, characters[open - 1] == "$" || characters[open - 1] == "\\" { return nil }
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
