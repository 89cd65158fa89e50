import Native
import Scene

extension InlineFlow {
    /// The soft hyphen: where a word may break, drawn as "-" only at a line end.
    static let softHyphen: Character = "\u{AD}"

    /// Lines as the paragraph breaker sets them: the pieces (with soft hyphens in long prose
    /// words) go to it as runs in their fonts; its line starts cut the pieces back into lines,
    /// a word cut at a soft hyphen ending in "-". Spaces at line ends are dropped.
    func pangoLines(_ pieces: [Piece?], width: Double, breaker: any ParagraphBreaking,
                    metrics: inout TextMetrics) -> [[Piece]] {
        var texts: [String] = []
        var runs: [ParagraphRun] = []
        for piece in pieces {
            guard let piece else {
                texts.append("\n")
                runs.append(ParagraphRun("\n", font: Self.font(style.base)))
                continue
            }
            var text = piece.text
            if style.hyphenates, !piece.isSpace, !piece.format.code { text = metrics.hyphenated(text) }
            texts.append(text)
            let padding = piece.format.code ? codePadding(piece.style) * 2 : 0
            runs.append(ParagraphRun(text, font: Self.font(piece.style), breakable: !piece.format.code || piece.width > width,
                                     extraWidth: padding))
        }
        let starts = breaker.lineStarts(runs, width: width)
        var next = 0
        var lines: [[Piece]] = [[]]
        var offset = 0
        for (index, slot) in pieces.enumerated() {
            let text = texts[index]
            let end = offset + text.utf8.count
            while next < starts.count, starts[next] < offset { next += 1 }
            guard let piece = slot else {
                lines.append([])
                offset = end
                if next < starts.count, starts[next] == end { next += 1 }
                continue
            }
            if next < starts.count, starts[next] == offset {
                if !lines[lines.count - 1].isEmpty { lines.append([]) }
                next += 1
            }
            var rest = Substring(text)
            var restStart = offset
            while next < starts.count, starts[next] > restStart, starts[next] < end {
                let cut = rest.utf8.index(rest.startIndex, offsetBy: starts[next] - restStart)
                let head = rest[..<cut]
                lines[lines.count - 1].append(remeasured(piece, String(head), hyphen: head.last == Self.softHyphen,
                                                        metrics: &metrics))
                lines.append([])
                rest = rest[cut...]
                restStart = starts[next]
                next += 1
            }
            if restStart == offset {
                lines[lines.count - 1].append(piece)
            } else {
                lines[lines.count - 1].append(remeasured(piece, String(rest), hyphen: false, metrics: &metrics))
            }
            offset = end
        }
        for index in lines.indices {
            while lines[index].last?.isSpace == true { lines[index].removeLast() }
            while lines[index].first?.isSpace == true { lines[index].removeFirst() }
        }
        if lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// `piece` showing `text` (soft hyphens dropped, "-" added when it ends a line there).
    private func remeasured(_ piece: Piece, _ text: String, hyphen: Bool, metrics: inout TextMetrics) -> Piece {
        var out = piece
        out.text = String(text.filter { $0 != Self.softHyphen }) + (hyphen ? "-" : "")
        let padding = piece.format.code ? codePadding(piece.style) * 2 : 0
        out.width = metrics.width(out.text, piece.style) + padding
        return out
    }

    static func font(_ style: TextStyle) -> FontSpec {
        FontSpec(family: style.family, size: style.size, weight: style.weight, italic: style.italic)
    }

    /// `word` with soft hyphens at its hyphenation points: only prose (no paths, URLs,
    /// identifiers or acronyms), only letter runs of six letters or more.
    static func hyphenated(_ word: String, _ hyphenator: Hyphenator) -> String {
        guard word.count >= 6, !word.contains(where: { "/\\@_=<>{}[]#~|:$%&*+`".contains($0) }) else { return word }
        let characters = Array(word)
        // `config.yaml`, `e.g.`: a dot between letters is not prose.
        for index in characters.indices.dropFirst().dropLast()
            where characters[index] == "." && characters[index - 1].isLetter && characters[index + 1].isLetter { return word }
        var out = ""
        var index = 0
        while index < characters.count {
            guard characters[index].isLetter else {
                out.append(characters[index])
                index += 1
                continue
            }
            var end = index
            while end < characters.count, characters[end].isLetter { end += 1 }
            let segment = String(characters[index..<end])
            let mixedCase = segment.dropFirst().contains { $0.isUppercase }
            if segment.count >= 6, !mixedCase {
                var last = 0
                let letters = Array(segment)
                for point in hyphenator.breaks(segment) {
                    out += String(letters[last..<point])
                    out.append(softHyphen)
                    last = point
                }
                out += String(letters[last...])
            } else {
                out += segment
            }
            index = end
        }
        return out
    }
}
