/// Comments, strings and here-documents: the constructs that may carry over several lines.
extension GenericScanner {
    mutating func scanComment(firstOnLine: Bool) -> Bool {
        for block in language.blockComments where map.matches(block.open, at: index) {
            if block.atLineStart, !(firstOnLine && (index == 0 || map.at(index - 1) == "\n")) { continue }
            scanBlockComment(block)
            return true
        }
        for marker in language.lineComments where map.matches(marker, at: index) {
            if features.contains(.shellWords), let previous = map.at(index - 1), !previous.isBlank, previous != "\n",
               !";|&(".unicodeScalars.contains(previous) {
                continue
            }
            let end = map.lineEnd(from: index)
            map.mark(.comment, index..<end)
            index = end
            return true
        }
        return false
    }

    private mutating func scanBlockComment(_ block: BlockComment) {
        var cursor = index + block.open.unicodeScalars.count
        var depth = 1
        while cursor < count {
            if map.matches(block.close, at: cursor) {
                cursor += block.close.unicodeScalars.count
                depth -= 1
                if depth == 0 { break }
            } else if block.nests, map.matches(block.open, at: cursor) {
                cursor += block.open.unicodeScalars.count
                depth += 1
            } else {
                cursor += 1
            }
        }
        map.mark(.comment, index..<cursor)
        index = min(cursor, count)
    }

    /// A string by one of the language's rules, with an optional letter prefix (`f"…"`, `rb'…'`).
    mutating func scanString() -> Bool {
        let scalar = map.scalars[index]
        let mayBePrefix = scalar.isASCIILetter && !names.follows(index, in: map)
        for rule in language.strings {
            if map.matches(rule.open, at: index) {
                let start = index
                scanStringBody(rule, bodyStart: index + rule.open.unicodeScalars.count)
                if features.contains(.jsonKeys) { markKey(from: start) }
                return true
            }
            guard mayBePrefix else { continue }
            for prefix in rule.prefixes where map.matchesIgnoringCase(prefix, at: index) {
                let openAt = index + prefix.unicodeScalars.count
                if map.matches(rule.open, at: openAt) {
                    scanStringBody(rule, bodyStart: openAt + rule.open.unicodeScalars.count)
                    return true
                }
            }
        }
        return false
    }

    /// A JSON string followed by `:` is a key.
    private mutating func markKey(from start: Int) {
        var cursor = index
        while let scalar = map.at(cursor), scalar.isBlank { cursor += 1 }
        if map.at(cursor) == ":" { map.mark(.attribute, start..<index) }
    }

    /// Reads a string body from `bodyStart` to its closing delimiter, the end of the line (single-line
    /// strings) or the end of the text, marking interpolated variables on the way.
    mutating func scanStringBody(_ rule: StringRule, bodyStart: Int) {
        var cursor = bodyStart
        var runStart = index
        let closeLength = rule.close.unicodeScalars.count
        while cursor < count {
            let scalar = map.scalars[cursor]
            if rule.escapes, scalar == "\\" {
                cursor += 2
                continue
            }
            if map.matches(rule.close, at: cursor) {
                if rule.doubledClose, map.matches(rule.close, at: cursor + closeLength) {
                    cursor += 2 * closeLength
                    continue
                }
                cursor += closeLength
                break
            }
            if scalar == "\n", !rule.multiline { break }
            if let end = map.interpolationEnd(rule.interpolation, at: cursor) {
                map.mark(.string, runStart..<cursor)
                map.mark(.variable, cursor..<end)
                cursor = end
                runStart = end
                continue
            }
            cursor += 1
        }
        cursor = min(cursor, count)
        map.mark(.string, runStart..<cursor)
        index = cursor
    }

    /// `<<EOF`, `<<-EOF`, `<<'EOF'`: marks the opener and queues the body for the end of the line.
    mutating func scanHeredocOpener() -> Bool {
        var cursor = index + 2
        guard map.at(cursor) != "<" else { return false }
        let stripsTabs = map.at(cursor) == "-"
        if stripsTabs { cursor += 1 }
        while map.at(cursor) == " " { cursor += 1 }
        var quote: Unicode.Scalar?
        if let scalar = map.at(cursor), scalar == "'" || scalar == "\"" {
            quote = scalar
            cursor += 1
        }
        let wordStart = cursor
        while let scalar = map.at(cursor), scalar.isIdentifierContinue || scalar == "-" { cursor += 1 }
        guard cursor > wordStart else { return false }
        let terminator = Array(map.scalars[wordStart..<cursor])
        if let quote, map.at(cursor) == quote { cursor += 1 }
        map.mark(.operator, index..<wordStart - (quote == nil ? 0 : 1))
        map.mark(.meta, wordStart - (quote == nil ? 0 : 1)..<cursor)
        pendingHeredocs.append(Heredoc(terminator: terminator, stripsTabs: stripsTabs))
        index = cursor
        return true
    }

    /// At the `\n` ending a line that opened here-documents: their bodies are strings, their
    /// terminator lines meta. Scanning resumes at the `\n` after the last terminator.
    mutating func readHeredocBodies() {
        var lineStart = index + 1
        var resume = count
        bodies: for heredoc in pendingHeredocs {
            while lineStart < count {
                let end = map.lineEnd(from: lineStart)
                var contentStart = lineStart
                if heredoc.stripsTabs {
                    while map.at(contentStart) == "\t" { contentStart += 1 }
                }
                var contentEnd = end
                if contentEnd > contentStart, map.at(contentEnd - 1) == "\r" { contentEnd -= 1 }
                if Array(map.scalars[contentStart..<contentEnd]) == heredoc.terminator {
                    map.mark(.meta, contentStart..<contentEnd)
                    resume = end
                    lineStart = end + 1
                    continue bodies
                }
                map.mark(.string, lineStart..<end)
                lineStart = end + 1
            }
            resume = count
            break
        }
        pendingHeredocs = []
        index = resume
        lineHasCode = true
    }
}
