/// The text being highlighted as scalars, with one kind per scalar; cut into token lines at the end.
struct KindMap {
    let scalars: [Unicode.Scalar]
    private(set) var kinds: [HighlightKind]

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        kinds = Array(repeating: .plain, count: scalars.count)
    }

    var count: Int { scalars.count }

    /// Gives `range` (clamped to the text) the kind `kind`.
    mutating func mark(_ kind: HighlightKind, _ range: Range<Int>) {
        let lower = max(0, range.lowerBound)
        let upper = min(count, range.upperBound)
        guard lower < upper else { return }
        for index in lower..<upper { kinds[index] = kind }
    }

    /// Copies the kinds of `other` into this map from `offset` on.
    mutating func paste(_ other: KindMap, at offset: Int) {
        for index in 0..<other.count where offset + index < count {
            kinds[offset + index] = other.kinds[index]
        }
    }

    /// The text split at `\n` into lines of tokens; neighbouring scalars of one kind form one token.
    /// An empty line has no tokens.
    func tokenLines() -> [[HighlightToken]] {
        var lines: [[HighlightToken]] = []
        var line: [HighlightToken] = []
        var run = String.UnicodeScalarView()
        var runKind = HighlightKind.plain
        func flush() {
            if !run.isEmpty { line.append(HighlightToken(runKind, String(run))) }
            run = String.UnicodeScalarView()
        }
        for (index, scalar) in scalars.enumerated() {
            if scalar == "\n" {
                flush()
                lines.append(line)
                line = []
                continue
            }
            let kind = kinds[index]
            if kind != runKind { flush(); runKind = kind }
            run.append(scalar)
        }
        flush()
        lines.append(line)
        return lines
    }
}

extension KindMap {
    /// The ranges of the lines (without their `\n`), in order.
    func lineRanges() -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for (index, scalar) in scalars.enumerated() where scalar == "\n" {
            ranges.append(start..<index)
            start = index + 1
        }
        ranges.append(start..<scalars.count)
        return ranges
    }

    /// Whether the scalars from `position` on spell `prefix`.
    func hasPrefix(_ prefix: String, at position: Int) -> Bool {
        var cursor = position
        for scalar in prefix.unicodeScalars {
            guard cursor < count, scalars[cursor] == scalar else { return false }
            cursor += 1
        }
        return true
    }
}
