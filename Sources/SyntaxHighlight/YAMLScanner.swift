/// YAML, line by line: keys are attributes, scalars strings, numbers or constants; anchors and
/// aliases variables, tags types; block scalars (`|`, `>`) carry over to their indented lines.
struct YAMLScanner {
    var map: KindMap

    private static let constants = words("true false yes no on off null ~ True False Yes No On Off Null TRUE FALSE NULL")

    func at(_ position: Int) -> Unicode.Scalar? {
        position >= 0 && position < map.count ? map.scalars[position] : nil
    }

    mutating func run() {
        var blockParentIndent: Int?
        for line in map.lineRanges() {
            var indent = 0
            while line.lowerBound + indent < line.upperBound, at(line.lowerBound + indent) == " " { indent += 1 }
            let start = line.lowerBound + indent
            let blank = (start..<line.upperBound).allSatisfy { map.scalars[$0].isBlank }
            if let parent = blockParentIndent {
                if blank || indent > parent {
                    map.mark(.string, start..<line.upperBound)
                    continue
                }
                blockParentIndent = nil
            }
            blockParentIndent = scanLine(line, start: start, indent: indent)
        }
    }

    /// Scans one line; returns the indentation a block scalar's lines must exceed, if one starts here.
    private mutating func scanLine(_ line: Range<Int>, start: Int, indent: Int) -> Int? {
        let end = line.upperBound
        var cursor = start
        if indent == 0, map.hasPrefix("---", at: cursor) || map.hasPrefix("...", at: cursor),
           at(cursor + 3).map({ $0.isBlank }) ?? true || cursor + 3 == end {
            map.mark(.meta, cursor..<cursor + 3)
            cursor += 3
        } else if indent == 0, at(cursor) == "%" {
            map.mark(.meta, cursor..<end)
            return nil
        }
        var parentIndent = indent
        while at(cursor) == "-", cursor + 1 == end || at(cursor + 1)?.isBlank == true {
            map.mark(.punctuation, cursor..<cursor + 1)
            cursor += 1
            while cursor < end, at(cursor)?.isBlank == true { cursor += 1 }
        }
        if let keyEnd = keyEnd(from: cursor, end: end) {
            map.mark(.attribute, cursor..<keyEnd)
            map.mark(.punctuation, keyEnd..<keyEnd + 1)
            parentIndent = cursor - line.lowerBound
            cursor = keyEnd + 1
        }
        return scanValue(from: cursor, end: end) ? parentIndent : nil
    }

    /// Where a `key:` starting at `start` ends (the index of its `:`), if the line has one.
    private func keyEnd(from start: Int, end: Int) -> Int? {
        var cursor = start
        if let quote = at(cursor), quote == "\"" || quote == "'" {
            cursor += 1
            while cursor < end, at(cursor) != quote { cursor += at(cursor) == "\\" && quote == "\"" ? 2 : 1 }
            cursor += 1
            return cursor < end && at(cursor) == ":" ? cursor : nil
        }
        guard let first = at(cursor), !"[{#&*!|>'\"%@`".unicodeScalars.contains(first) else { return nil }
        while cursor < end, let scalar = at(cursor) {
            if scalar == ":", cursor + 1 == end || at(cursor + 1)?.isBlank == true { return cursor > start ? cursor : nil }
            if scalar == "#", at(cursor - 1)?.isBlank == true { return nil }
            cursor += 1
        }
        return nil
    }

    /// Scans a value; returns true when it opens a block scalar.
    private mutating func scanValue(from start: Int, end: Int) -> Bool {
        var cursor = start
        var depth = 0
        while cursor < end, let scalar = at(cursor) {
            if scalar.isBlank {
                cursor += 1
            } else if scalar == "#", cursor == start || at(cursor - 1)?.isBlank == true {
                map.mark(.comment, cursor..<end)
                return false
            } else if scalar == "\"" || scalar == "'" {
                var close = cursor + 1
                while close < end, let text = at(close) {
                    if scalar == "\"", text == "\\" { close += 2; continue }
                    if text == scalar {
                        if scalar == "'", at(close + 1) == "'" { close += 2; continue }
                        close += 1
                        break
                    }
                    close += 1
                }
                map.mark(.string, cursor..<min(close, end))
                cursor = close
            } else if "[{]},".unicodeScalars.contains(scalar) {
                if scalar == "[" || scalar == "{" { depth += 1 }
                if scalar == "]" || scalar == "}" { depth = max(0, depth - 1) }
                map.mark(.punctuation, cursor..<cursor + 1)
                cursor += 1
            } else if scalar == "&" || scalar == "*" || scalar == "!" {
                var close = cursor + 1
                while close < end, let text = at(close), !text.isBlank, !",]}".unicodeScalars.contains(text) { close += 1 }
                map.mark(scalar == "!" ? .type : .variable, cursor..<close)
                cursor = close
            } else if depth == 0, scalar == "|" || scalar == ">", isBlockIndicator(from: cursor + 1, end: end) {
                var close = cursor + 1
                while close < end, let text = at(close), "+-0123456789".unicodeScalars.contains(text) { close += 1 }
                map.mark(.operator, cursor..<close)
                cursor = close
                markTrailingComment(from: cursor, end: end)
                return true
            } else {
                cursor = scanPlain(from: cursor, end: end, inFlow: depth > 0)
            }
        }
        return false
    }

    private mutating func markTrailingComment(from start: Int, end: Int) {
        if let hash = (start..<end).first(where: { at($0) == "#" }) { map.mark(.comment, hash..<end) }
    }

    private func isBlockIndicator(from start: Int, end: Int) -> Bool {
        var cursor = start
        while cursor < end, let text = at(cursor), "+-0123456789".unicodeScalars.contains(text) { cursor += 1 }
        while cursor < end, at(cursor)?.isBlank == true { cursor += 1 }
        return cursor == end || at(cursor) == "#"
    }

    /// A plain scalar up to a comment, the line end or (in flow) a `,`, `]`, `}` or `key:`.
    private mutating func scanPlain(from start: Int, end: Int, inFlow: Bool) -> Int {
        var cursor = start
        var isKey = false
        while cursor < end, let scalar = at(cursor) {
            if scalar == "#", at(cursor - 1)?.isBlank == true { break }
            if inFlow, ",]}".unicodeScalars.contains(scalar) { break }
            if inFlow, scalar == ":", cursor + 1 == end || at(cursor + 1)?.isBlank == true || at(cursor + 1) == "," {
                isKey = true
                break
            }
            cursor += 1
        }
        var last = cursor
        while last > start, at(last - 1)?.isBlank == true { last -= 1 }
        let text = String(String.UnicodeScalarView(map.scalars[start..<last]))
        let kind: HighlightKind = isKey ? .attribute
            : Self.constants.contains(text) ? .constant
            : Self.isNumber(text) ? .number : .string
        map.mark(kind, start..<last)
        if isKey {
            map.mark(.punctuation, cursor..<cursor + 1)
            cursor += 1
        }
        return max(cursor, start + 1)
    }

    static func isNumber(_ text: String) -> Bool {
        let lowered = text.lowercased()
        if [".inf", "-.inf", "+.inf", ".nan"].contains(lowered) { return true }
        var body = Substring(lowered)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        if body.hasPrefix("0x") { return body.count > 2 && body.dropFirst(2).allSatisfy(\.isHexDigit) }
        guard let first = body.first, first.isNumber || (first == "." && body.dropFirst().first?.isNumber == true) else {
            return false
        }
        var seenDot = false
        var seenExponent = false
        var previous: Character = " "
        for character in body {
            switch character {
            case "0"..."9", "_": break
            case "." where !seenDot && !seenExponent: seenDot = true
            case "e" where !seenExponent: seenExponent = true
            case "+" where previous == "e", "-" where previous == "e": break
            default: return false
            }
            previous = character
        }
        return previous.isNumber
    }
}
