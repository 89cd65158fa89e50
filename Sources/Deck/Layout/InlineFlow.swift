import Geometry
import Scene

/// The text settings of one block of inline content.
struct TextBlockStyle {
    var base: TextStyle
    /// CSS line-height, a multiple of the font size.
    var lineHeight: Double
    var alignment: TextAlignment
    var codeFamily: String
    var codeScale: Double
    var codeText: Color
    var codeBackground: Color
    var link: Color
    /// Colour of `**strong**` runs (nil: the text colour).
    var strong: Color? = nil
    /// Long prose words may be hyphenated at line ends (not in headings and titles).
    var hyphenates = true
}

/// Breaks inline atoms into lines no wider than a width and draws them: one text item per
/// run of equally dressed words, boxes behind inline code, strike lines, link groups.
struct InlineFlow {
    struct Piece {
        var text: String
        var style: TextStyle
        var format: InlineFormat
        var width: Double
        var height: Double
        var isSpace: Bool
        var image: (ImageSource, Size)?
    }

    var style: TextBlockStyle

    /// The text style of a piece with `format`.
    func textStyle(_ format: InlineFormat) -> TextStyle {
        var s = style.base
        if format.bold {
            s.weight = max(s.weight, 700)
            if let strong = style.strong { s.color = strong }
        }
        if format.italic { s.italic = true }
        if format.code {
            s.family = style.codeFamily
            s.size *= style.codeScale
            s.color = style.codeText
            s.weight = min(s.weight, 700)
        }
        if format.link != nil { s.color = style.link }
        if let c = format.color { s.color = c }
        s.size *= format.scale
        return s
    }

    /// Lays out `atoms` in `width` (nil: one line per hard break, no wrapping).
    func layout(_ atoms: [InlineAtom], width: Double?, metrics: inout TextMetrics) -> LaidBlock {
        let lines = breakLines(pieces(atoms, metrics: &metrics), width: width, metrics: &metrics)
        var items: [Item] = []
        var y = 0.0
        var widest = 0.0
        let boxWidth = width ?? lines.map { $0.reduce(0) { $0 + $1.width } }.max() ?? 0
        let baseHeight = style.base.size * style.lineHeight
        for line in lines {
            let lineWidth = line.reduce(0) { $0 + $1.width }
            widest = max(widest, lineWidth)
            let lineHeight = max(baseHeight, line.map { $0.image != nil ? $0.height : $0.style.size * style.lineHeight }.max() ?? 0)
            var x: Double
            switch style.alignment {
            case .left: x = 0
            case .center: x = (boxWidth - lineWidth) / 2
            case .right: x = boxWidth - lineWidth
            }
            items += drawLine(line, x: &x, top: y, height: lineHeight, metrics: &metrics)
            y += lineHeight
        }
        return LaidBlock(items: items, width: width ?? widest, height: y, contentWidth: widest, line: 0)
    }

    private func pieces(_ atoms: [InlineAtom], metrics: inout TextMetrics) -> [Piece?] {
        atoms.map { atom -> Piece? in
            switch atom {
            case .lineBreak: return nil
            case .word(let text, let format):
                let s = textStyle(format)
                // Inline code keeps some room on both sides for its box.
                let pad = format.code ? codePadding(s) * 2 : 0
                return Piece(text: text, style: s, format: format, width: metrics.width(text, s) + pad,
                             height: metrics.naturalHeight(s), isSpace: false)
            case .space(let format):
                let s = textStyle(format)
                return Piece(text: " ", style: s, format: format, width: metrics.spaceWidth(s),
                             height: 0, isSpace: true)
            case .image(let source, let size, let format):
                return Piece(text: "", style: style.base, format: format, width: size.width, height: size.height,
                             isSpace: false, image: (source, size))
            }
        }
    }

    /// Greedy breaking; spaces at line ends are dropped; a word wider than the line gets a line of its own.
    private func breakLines(_ pieces: [Piece?], width: Double?, metrics: inout TextMetrics) -> [[Piece]] {
        // What fits on one line needs no rules (most table cells, list items, short paragraphs).
        if let width, let rules = metrics.breakRules, !pieces.contains(where: { $0?.image != nil }),
           pieces.contains(where: { $0 == nil }) || pieces.reduce(0.0, { $0 + ($1?.width ?? 0) }) > width + 0.01 {
            return ruledLines(pieces, width: width, rules: rules, metrics: &metrics)
        }
        var lines: [[Piece]] = [[]]
        var lineWidth = 0.0
        var pendingSpace: Piece?
        for piece in pieces {
            guard let piece else {
                lines.append([])
                lineWidth = 0
                pendingSpace = nil
                continue
            }
            if piece.isSpace {
                if !lines[lines.count - 1].isEmpty { pendingSpace = piece }
                continue
            }
            // A word wider than the line (a URL, CJK text without spaces) is broken between characters.
            if let width, piece.image == nil, piece.width > width, piece.text.count > 1 {
                let chunks = split(piece, width: width, metrics: &metrics)
                for (i, chunk) in chunks.enumerated() {
                    if i > 0 || !lines[lines.count - 1].isEmpty { lines.append([]) }
                    lines[lines.count - 1].append(chunk)
                    lineWidth = chunk.width
                }
                pendingSpace = nil
                continue
            }
            let spaceWidth = pendingSpace?.width ?? 0
            if let width, !lines[lines.count - 1].isEmpty, lineWidth + spaceWidth + piece.width > width + 0.01 {
                lines.append([piece])
                lineWidth = piece.width
            } else {
                if let space = pendingSpace { lines[lines.count - 1].append(space) }
                lines[lines.count - 1].append(piece)
                lineWidth += spaceWidth + piece.width
            }
            pendingSpace = nil
        }
        if lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// `piece` cut into pieces no wider than `width` (at least one character each).
    func split(_ piece: Piece, width: Double, metrics: inout TextMetrics) -> [Piece] {
        let extra = piece.format.code ? codePadding(piece.style) * 2 : 0
        var chunks: [Piece] = []
        var current = ""
        for character in piece.text {
            let candidate = current + String(character)
            if !current.isEmpty, metrics.width(candidate, piece.style) + extra > width {
                var chunk = piece
                chunk.text = current
                chunk.width = metrics.width(current, piece.style) + extra
                chunks.append(chunk)
                current = String(character)
            } else {
                current = candidate
            }
        }
        var last = piece
        last.text = current
        last.width = metrics.width(current, piece.style) + extra
        chunks.append(last)
        return chunks
    }

    /// Items of one line: runs of equally dressed pieces share a text item.
    private func drawLine(_ line: [Piece], x: inout Double, top: Double, height: Double,
                          metrics: inout TextMetrics) -> [Item] {
        var items: [Item] = []
        var index = 0
        while index < line.count {
            let first = line[index]
            if let (source, size) = first.image {
                let rect = Rect(x: x, y: top + (height - size.height) / 2, width: size.width, height: size.height)
                items.append(wrapLink(ImageItems.item(source, rect: rect), first.format.link))
                x += size.width
                index += 1
                continue
            }
            var text = first.text
            var width = first.width
            var next = index + 1
            var words = first.isSpace ? 0 : 1
            while next < line.count, line[next].image == nil, line[next].style == first.style,
                  line[next].format == first.format {
                text += line[next].text
                width += line[next].width
                if !line[next].isSpace { words += 1 }
                next += 1
            }
            // Every code word was measured with room for a box of its own; the run draws one box.
            if first.format.code, words > 1 { width -= Double(words - 1) * codePadding(first.style) * 2 }
            // A trailing space of a code run is not part of the code box.
            let trimmed = text.hasSuffix(" ") && first.format.code
            let natural = metrics.naturalHeight(first.style)
            // Smaller runs (footnote marks) sit raised, like superscripts.
            let raise = first.format.scale < 1 ? natural * 0.45 : 0
            let box = Rect(x: x, y: top + (height - natural) / 2 - raise, width: width + 1, height: natural)
            var run: [Item] = []
            var textBox = box
            if first.format.code {
                let boxWidth = width - (trimmed ? line[next - 1].width : 0)
                let pad = codePadding(first.style)
                run.append(.shape(ShapeItem(path: .roundedRect(Rect(x: x + pad * 0.3, y: box.minY, width: boxWidth - pad * 0.6, height: natural),
                                                               radius: first.style.size * 0.2),
                                            fill: style.codeBackground, tag: .class("code-background"))))
                textBox = box.offsetBy(dx: pad, dy: 0)
            }
            run.append(.text(TextItem(spans: [TextSpan(text)], style: first.style, box: textBox, alignment: .left)))
            if first.format.strike {
                let y = box.midY + natural * 0.05
                run.append(.shape(ShapeItem(path: .polyline([Point(x: x, y: y), Point(x: x + width, y: y)]),
                                            stroke: StrokeStyle(color: first.style.color, width: max(1, first.style.size / 16)))))
            }
            if let url = first.format.link {
                items.append(.group(GroupItem(run, tag: .class("link"), link: Link(url: url))))
            } else {
                items += run
            }
            x += width
            index = next
        }
        return items
    }

    /// Space between inline code text and the edge of its box.
    func codePadding(_ style: TextStyle) -> Double { style.size * 0.3 }

    private func wrapLink(_ item: Item, _ url: String?) -> Item {
        guard let url else { return item }
        return .group(GroupItem([item], tag: .class("link"), link: Link(url: url)))
    }
}
