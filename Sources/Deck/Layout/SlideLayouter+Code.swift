import Foundation
import Geometry
import Native
import Scene
import SyntaxHighlight

extension SlideLayouter {
    /// A code block; ```mermaid blocks become diagrams.
    mutating func layoutCode(_ node: MarkdownNode, info: String, literal: String, width: Double) -> LaidBlock {
        let parsed = CodeFence(info: info)
        if parsed.language == "mermaid", let diagram = layoutMermaid(literal, node: node, width: width) {
            return diagram
        }
        if parsed.language == "math" { return displayMath(literal, width: width, line: node.start.line) }
        return codeBlock(literal, info: parsed, width: width, line: node.start.line)
    }

    /// `$$…$$` display math (the parser makes it a `math` code block): TeX as centred italic
    /// monospace lines, no panel.
    mutating func displayMath(_ literal: String, width: Double, line: Int) -> LaidBlock {
        var style = textStyle()
        style.base.family = theme.codeFamily
        style.base.size = theme.fontSize * theme.codeScale
        style.alignment = .center
        var italic = InlineFormat()
        italic.italic = true
        var atoms: [InlineAtom] = []
        for (index, text) in literal.split(separator: "\n").enumerated() {
            if index > 0 { atoms.append(.lineBreak) }
            InlineAtomizer.words(String(text), format: italic, into: &atoms)
        }
        var block = InlineFlow(style: style).layout(atoms, width: width, metrics: &metrics)
        block.spaceAbove = theme.blockSpaceAbove
        block.spaceBelow = theme.blockSpaceBelow
        block.line = line
        return block
    }

    /// Monospace lines on a panel; highlighted lines get a band; lines too long for the
    /// width make the whole block's font smaller (never clipped).
    mutating func codeBlock(_ literal: String, info: CodeFence, width: Double, line: Int) -> LaidBlock {
        var code = literal.replacingOccurrences(of: "\t", with: "    ")
        if code.hasSuffix("\n") { code.removeLast() }
        let lines = CodeHighlighting.lines(code, language: info.language)
        let highlighted = Set(info.highlightedLines)
        var style = TextStyle(family: theme.codeFamily, size: theme.fontSize * theme.codeBlockScale, color: theme.codeBlockText)
        let gutterDigits = info.showLineNumbers ? String(lines.count).count : 0
        func widths(_ s: TextStyle) -> (gutter: Double, text: Double) {
            let gutter = gutterDigits > 0 ? metrics.width(String(repeating: "0", count: gutterDigits) + "  ", s) : 0
            let longest = lines.map { metrics.width($0.map(\.text).joined(), s) }.max() ?? 0
            return (gutter, longest)
        }
        var pad = style.size * 0.8
        var measured = widths(style)
        let available = width - 2 * pad
        if measured.gutter + measured.text > available, measured.text > 0 {
            let scale = available / (measured.gutter + measured.text)
            style.size = max(1, style.size * scale * 0.995)
            pad = max(pad * 0.6, style.size * 0.8)
            measured = widths(style)
        }
        let lineHeight = style.size * 1.35
        let natural = metrics.naturalHeight(style)
        let height = Double(lines.count) * lineHeight + 2 * pad
        var items: [Item] = [.shape(ShapeItem(path: .roundedRect(Rect(x: 0, y: 0, width: width, height: height), radius: 6),
                                              fill: theme.codeBlockBackground,
                                              stroke: theme.codeBlockBorder.map { StrokeStyle(color: $0, width: 1) },
                                              tag: .class("code-block")))]
        for (index, tokens) in lines.enumerated() {
            let top = pad + Double(index) * lineHeight
            if highlighted.contains(index + 1) {
                items.append(.shape(ShapeItem(path: .rect(Rect(x: 1, y: top, width: width - 2, height: lineHeight)),
                                              fill: theme.codeHighlightLine, tag: .class("code-highlight"))))
            }
            let textTop = top + (lineHeight - natural) / 2
            if gutterDigits > 0 {
                var gutterStyle = style
                gutterStyle.color = theme.codeBlockText.withAlpha(0.45)
                let number = String(index + 1)
                let w = metrics.width(number, gutterStyle)
                let x = pad + metrics.width(String(repeating: "0", count: gutterDigits), gutterStyle) - w
                items.append(.text(TextItem(spans: [TextSpan(number)], style: gutterStyle,
                                            box: Rect(x: x, y: textTop, width: w + 1, height: natural), alignment: .left)))
            }
            var x = pad + measured.gutter
            for run in Self.merged(tokens, palette: theme.syntax, text: theme.codeBlockText) {
                var s = style
                s.color = run.color
                let w = metrics.width(run.text, s)
                if !run.text.allSatisfy({ $0 == " " }) {
                    items.append(.text(TextItem(spans: [TextSpan(run.text)], style: s,
                                                box: Rect(x: x, y: textTop, width: w + 1, height: natural), alignment: .left)))
                }
                x += w
            }
        }
        return LaidBlock(items: items, width: width, height: height, spaceAbove: theme.blockSpaceAbove,
                         spaceBelow: theme.blockSpaceBelow, line: line)
    }

    /// Adjacent tokens of one colour joined into one run.
    static func merged(_ tokens: [HighlightToken], palette: SyntaxPalette, text: Color) -> [(text: String, color: Color)] {
        var runs: [(text: String, color: Color)] = []
        for token in tokens where !token.text.isEmpty {
            let color = palette.color(token.kind, text: text)
            if let last = runs.last, last.color == color {
                runs[runs.count - 1].text += token.text
            } else {
                runs.append((token.text, color))
            }
        }
        return runs
    }
}
