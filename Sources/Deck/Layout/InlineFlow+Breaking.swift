import Native
import Scene

extension InlineFlow {
    /// A stretch of a paragraph with no break opportunity between its pieces, the space
    /// before it, and where its words may still be cut (after hyphens and slashes).
    struct Box {
        var pieces: [Piece] = []
        /// Where each piece may be cut by Pango's rules (UTF-8 offsets into its text).
        var cuts: [[Int]] = []
        var width = 0.0
        var space: Piece?
        var hardBreakBefore = false
    }

    /// Lines broken where Pango's rules allow: at spaces, after hyphens and slashes in prose,
    /// and at the hyphenation points of long prose words (the line then ends in "-"). First fit
    /// on the measured (memoized) widths of whole words; a word is cut only when it does not
    /// fit, and only its chosen head is measured again; no more than two lines in a row end
    /// in a hyphen made by hyphenation. Inline code breaks only at spaces unless it is wider
    /// than the line.
    func ruledLines(_ pieces: [Piece?], width: Double, rules: LineBreakRules, metrics: inout TextMetrics) -> [[Piece]] {
        var lines: [[Piece]] = [[]]
        var lineWidth = 0.0
        var hyphenatedInARow = 0
        for var box in boxes(pieces, width: width, rules: rules) {
            if box.hardBreakBefore {
                lines.append([])
                lineWidth = 0
            }
            while true {
                let empty = lines[lines.count - 1].isEmpty
                let spaceWidth = empty ? 0 : box.space?.width ?? 0
                if lineWidth + spaceWidth + box.width <= width + 0.01 || (empty && box.width <= width + 0.01) {
                    if !empty, let space = box.space { lines[lines.count - 1].append(space) }
                    lines[lines.count - 1] += box.pieces
                    lineWidth += spaceWidth + box.width
                    break
                }
                if let (head, tail, hyphenated) = cut(box, room: width - lineWidth - spaceWidth, hyphenate: hyphenatedInARow < 2,
                                                      metrics: &metrics) {
                    if !empty, let space = box.space { lines[lines.count - 1].append(space) }
                    lines[lines.count - 1] += head
                    lines.append([])
                    lineWidth = 0
                    box = tail
                    hyphenatedInARow = hyphenated ? hyphenatedInARow + 1 : 0
                } else if !empty {
                    lines.append([])
                    lineWidth = 0
                    hyphenatedInARow = 0
                } else {
                    // Wider than a line and no place to cut it (a long identifier): between characters.
                    for piece in box.pieces {
                        let chunks = piece.width > width && piece.text.count > 1 ? split(piece, width: width, metrics: &metrics) : [piece]
                        for chunk in chunks {
                            if !lines[lines.count - 1].isEmpty, lineWidth + chunk.width > width + 0.01 {
                                lines.append([])
                                lineWidth = 0
                            }
                            lines[lines.count - 1].append(chunk)
                            lineWidth += chunk.width
                        }
                    }
                    break
                }
            }
        }
        if lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// The longest head of `box` that fits in `room` (with "-" when cut at a hyphenation
    /// point, if `hyphenate`), the rest, and whether it was hyphenated; nil when no cut fits.
    /// Heads are estimated in proportion to characters, then measured; words are hyphenated
    /// only here, when one does not fit.
    private func cut(_ box: Box, room: Double, hyphenate: Bool, metrics: inout TextMetrics) -> ([Piece], Box, Bool)? {
        var before = box.width
        for index in box.pieces.indices.reversed() {
            let piece = box.pieces[index]
            before -= piece.width
            let text = piece.text
            let hyphenation = hyphenate && style.hyphenates && !piece.format.code ? metrics.hyphenationCuts(text) : []
            let candidates = (box.cuts[index].map { ($0, false) } + hyphenation.map { ($0, true) })
                .sorted { $0.0 != $1.0 ? $0.0 > $1.0 : !$0.1 }
            let total = Double(max(1, text.utf8.count))
            for (offset, hyphen) in candidates {
                let estimate = before + piece.width * Double(offset) / total
                guard estimate <= room + 0.01 else { continue }
                let split = text.utf8.index(text.startIndex, offsetBy: offset)
                var head = piece
                head.text = String(text[..<split]) + (hyphen ? "-" : "")
                head.width = measure(head, metrics: &metrics)
                guard before + head.width <= room + 0.01 else { continue }
                var tailPiece = piece
                tailPiece.text = String(text[split...])
                tailPiece.width = measure(tailPiece, metrics: &metrics)
                var tail = Box()
                tail.pieces = [tailPiece] + box.pieces[(index + 1)...]
                tail.cuts = [box.cuts[index].filter { $0 > offset }.map { $0 - offset }] + box.cuts[(index + 1)...]
                tail.width = tail.pieces.reduce(0) { $0 + $1.width }
                return (Array(box.pieces[..<index]) + [head], tail, hyphen)
            }
        }
        return nil
    }

    /// The paragraph cut into boxes at Pango's break opportunities in its text; opportunities
    /// inside a word become its cuts.
    private func boxes(_ pieces: [Piece?], width: Double, rules: LineBreakRules) -> [Box] {
        let texts = pieces.map { $0?.text ?? "\n" }
        let opportunities = rules.opportunities(in: texts.joined())
        var next = 0
        var boxes: [Box] = []
        var current = Box()
        var pendingSpace: Piece?
        var hardBreak = false
        var offset = 0
        for (index, slot) in pieces.enumerated() {
            let text = texts[index]
            let start = offset
            offset += text.utf8.count
            guard let piece = slot, !piece.isSpace else {
                if !current.pieces.isEmpty { boxes.append(current) }
                current = Box()
                if slot == nil {
                    hardBreak = true
                    pendingSpace = nil
                } else {
                    pendingSpace = slot
                }
                continue
            }
            while next < opportunities.count, opportunities[next] < start { next += 1 }
            let breakBefore = next < opportunities.count && opportunities[next] == start
            if breakBefore, !current.pieces.isEmpty {
                boxes.append(current)
                current = Box()
            }
            if current.pieces.isEmpty {
                current.space = pendingSpace
                current.hardBreakBefore = hardBreak
                pendingSpace = nil
                hardBreak = false
            }
            var cuts: [Int] = []
            while next < opportunities.count, opportunities[next] < offset {
                if opportunities[next] > start { cuts.append(opportunities[next] - start) }
                next += 1
            }
            // Inline code that fits on a line is never cut.
            if piece.format.code && piece.width <= width { cuts = [] }
            current.pieces.append(piece)
            current.cuts.append(cuts)
            current.width += piece.width
        }
        if !current.pieces.isEmpty { boxes.append(current) }
        return boxes
    }

    private func measure(_ piece: Piece, metrics: inout TextMetrics) -> Double {
        metrics.width(piece.text, piece.style) + (piece.format.code ? codePadding(piece.style) * 2 : 0)
    }

    /// UTF-8 offsets in `word` where it may be hyphenated: only prose (no paths, URLs,
    /// identifiers or acronyms), only inside letter runs of six letters or more.
    static func hyphenationCuts(_ word: String, _ hyphenator: Hyphenator) -> [Int] {
        guard word.count >= 6, !word.contains(where: { "/\\@_=<>{}[]#~|:$%&*+`".contains($0) }) else { return [] }
        let characters = Array(word)
        // `config.yaml`, `e.g.`: a dot between letters is not prose.
        for index in characters.indices.dropFirst().dropLast()
            where characters[index] == "." && characters[index - 1].isLetter && characters[index + 1].isLetter { return [] }
        var cuts: [Int] = []
        var index = 0
        var byte = 0
        while index < characters.count {
            guard characters[index].isLetter else {
                byte += characters[index].utf8.count
                index += 1
                continue
            }
            var end = index
            while end < characters.count, characters[end].isLetter { end += 1 }
            let segment = characters[index..<end]
            let mixedCase = segment.dropFirst().contains { $0.isUppercase }
            if segment.count >= 6, !mixedCase {
                var offsets: [Int] = []
                var running = byte
                for character in segment {
                    running += character.utf8.count
                    offsets.append(running)
                }
                cuts += hyphenator.breaks(String(segment)).map { offsets[$0 - 1] }
            }
            for character in segment { byte += character.utf8.count }
            index = end
        }
        return cuts
    }
}
