/// Language-specific openers: preprocessor lines, attributes, sigils, raw strings, INI keys.
extension GenericScanner {
    mutating func scanSpecial(firstOnLine: Bool) -> Bool {
        let scalar = map.scalars[index]
        switch scalar {
        case "#":
            if language.has(.preprocessor), firstOnLine { return scanPreprocessorLine() }
            if language.has(.swiftRawStrings), scanHashRawString(hashesFrom: index) { return true }
            if language.has(.rustAttributes), at(index + 1) == "[" || (at(index + 1) == "!" && at(index + 2) == "[") {
                let open = at(index + 1) == "[" ? index + 1 : index + 2
                return markRun(.attribute, to: bracketEnd(from: open))
            }
            if language.has(.hashDirectives), let next = at(index + 1), next.isIdentifierStart {
                return markRun(.meta, to: nameEnd(from: index + 1))
            }
        case "@":
            guard let next = at(index + 1) else { return false }
            if language.has(.rubySigils) {
                let start = next == "@" ? index + 2 : index + 1
                if at(start)?.isIdentifierStart == true { return markRun(.variable, to: nameEnd(from: start)) }
            }
            if language.has(.decorators), next.isIdentifierStart {
                var end = nameEnd(from: index + 1)
                while at(end) == ".", at(end + 1)?.isIdentifierStart == true { end = nameEnd(from: end + 1) }
                return markRun(.attribute, to: end)
            }
        case "$":
            if language.has(.shellWords), let end = shellVariableEnd(at: index) { return markRun(.variable, to: end) }
            if language.has(.rubySigils), at(index + 1)?.isIdentifierStart == true {
                return markRun(.variable, to: nameEnd(from: index + 1))
            }
        case ":":
            if language.has(.rubySigils), at(index - 1) != ":", at(index + 1)?.isIdentifierStart == true,
               !followsName(index) {
                return markRun(.constant, to: nameEnd(from: index + 1))
            }
        case "<":
            if language.has(.heredocs), at(index + 1) == "<" { return scanHeredocOpener() }
        case "'":
            if language.has(.rustLifetimes) { return scanRustQuote() }
        case "[":
            if language.has(.iniSections), firstOnLine {
                return markRun(.type, to: min(bracketEnd(from: index), lineEnd(from: index)))
            }
        default:
            break
        }
        if language.has(.rustRawStrings), !followsName(index), scalar == "r" || (scalar == "b" && at(index + 1) == "r") {
            let hashes = scalar == "r" ? index + 1 : index + 2
            if scanHashRawString(hashesFrom: hashes) { return true }
        }
        if language.has(.cppRawStrings), scalar == "R", at(index + 1) == "\"", !followsName(index) {
            return scanCppRawString()
        }
        if language.has(.iniKeys), firstOnLine, scanIniKey() { return true }
        if language.has(.mermaidLabels), scanMermaidLabel() { return true }
        return false
    }

    /// Marks `index..<end` with `kind` and moves past it.
    mutating func markRun(_ kind: HighlightKind, to end: Int) -> Bool {
        map.mark(kind, index..<end)
        index = max(end, index + 1)
        return true
    }

    func nameEnd(from position: Int) -> Int {
        var cursor = position
        while let scalar = at(cursor), scalar.isIdentifierContinue { cursor += 1 }
        return cursor
    }

    /// The index after the `]` matching the `[` at `position` (or the end of the text).
    func bracketEnd(from position: Int) -> Int {
        var cursor = position + 1
        var depth = 1
        while cursor < count {
            let scalar = map.scalars[cursor]
            cursor += 1
            if scalar == "[" { depth += 1 }
            if scalar == "]" {
                depth -= 1
                if depth == 0 { break }
            }
        }
        return cursor
    }

    /// `#include <x>` and friends, continued over lines ending in `\`.
    private mutating func scanPreprocessorLine() -> Bool {
        var end = lineEnd(from: index)
        while end < count, end > index, at(end - 1) == "\\" || (at(end - 1) == "\r" && at(end - 2) == "\\") {
            end = lineEnd(from: end + 1)
        }
        return markRun(.meta, to: end)
    }

    /// `#"…"#` (Swift) or, after Rust's `r`, `#"…"#` and `"…"`: a raw string closed by a quote and as
    /// many `#` as opened it.
    private mutating func scanHashRawString(hashesFrom start: Int) -> Bool {
        var cursor = start
        // Bounded, so a long run of `#` that opens nothing is not rescanned from every position.
        while at(cursor) == "#", cursor - start < 64 { cursor += 1 }
        let hashes = cursor - start
        guard at(cursor) == "\"", hashes > 0 || language.has(.rustRawStrings) else { return false }
        let tripled = matches("\"\"\"", at: cursor)
        cursor += tripled ? 3 : 1
        let close = (tripled ? "\"\"\"" : "\"") + String(repeating: "#", count: hashes)
        while cursor < count, !matches(close, at: cursor) { cursor += 1 }
        return markRun(.string, to: min(count, cursor + close.unicodeScalars.count))
    }

    /// `R"tag(…)tag"`.
    private mutating func scanCppRawString() -> Bool {
        var cursor = index + 2
        let tagStart = cursor
        while let scalar = at(cursor), scalar != "(", !scalar.isBlank, scalar != "\n", cursor - tagStart < 16 {
            cursor += 1
        }
        guard at(cursor) == "(" else { return false }
        let tag = String(String.UnicodeScalarView(map.scalars[tagStart..<cursor]))
        let close = ")" + tag + "\""
        while cursor < count, !matches(close, at: cursor) { cursor += 1 }
        return markRun(.string, to: min(count, cursor + close.unicodeScalars.count))
    }

    /// Rust `'x'`, `'\n'` (characters) or `'a` (a lifetime).
    private mutating func scanRustQuote() -> Bool {
        if at(index + 1) == "\\" {
            var cursor = index + 2
            while let scalar = at(cursor), scalar != "'", scalar != "\n", cursor - index < 12 { cursor += 1 }
            return markRun(.string, to: at(cursor) == "'" ? cursor + 1 : cursor)
        }
        if at(index + 2) == "'", at(index + 1) != "\n" { return markRun(.string, to: index + 3) }
        if at(index + 1)?.isIdentifierStart == true { return markRun(.attribute, to: nameEnd(from: index + 1)) }
        return false
    }

    /// `name =` or `a.b-c:` as the first token of a line: a key.
    private mutating func scanIniKey() -> Bool {
        var cursor = index
        while let scalar = at(cursor), scalar.isIdentifierContinue || "-.".unicodeScalars.contains(scalar) {
            cursor += 1
        }
        guard cursor > index else { return false }
        var after = cursor
        while at(after) == " " || at(after) == "\t" { after += 1 }
        guard let next = at(after), next == "=" || next == ":" else { return false }
        return markRun(.attribute, to: cursor)
    }
}
