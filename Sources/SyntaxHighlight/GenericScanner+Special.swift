/// Language-specific openers: preprocessor lines, attributes, sigils, raw strings, INI keys.
extension GenericScanner {
    mutating func scanSpecial(firstOnLine: Bool) -> Bool {
        let scalar = map.scalars[index]
        switch scalar {
        case "#":
            if features.contains(.preprocessor), firstOnLine { return scanPreprocessorLine() }
            if features.contains(.swiftRawStrings), scanHashRawString(hashesFrom: index) { return true }
            if features.contains(.rustAttributes), map.at(index + 1) == "[" || (map.at(index + 1) == "!" && map.at(index + 2) == "[") {
                let open = map.at(index + 1) == "[" ? index + 1 : index + 2
                return markRun(.attribute, to: map.bracketEnd(from: open))
            }
            if features.contains(.hashDirectives), let next = map.at(index + 1), next.isIdentifierStart {
                return markRun(.meta, to: map.nameEnd(from: index + 1))
            }
        case "@":
            guard let next = map.at(index + 1) else { return false }
            if features.contains(.rubySigils) {
                let start = next == "@" ? index + 2 : index + 1
                if map.at(start)?.isIdentifierStart == true { return markRun(.variable, to: map.nameEnd(from: start)) }
            }
            if features.contains(.decorators), next.isIdentifierStart {
                var end = map.nameEnd(from: index + 1)
                while map.at(end) == ".", map.at(end + 1)?.isIdentifierStart == true { end = map.nameEnd(from: end + 1) }
                return markRun(.attribute, to: end)
            }
        case "$":
            if features.contains(.shellWords), let end = map.shellVariableEnd(at: index) { return markRun(.variable, to: end) }
            if features.contains(.rubySigils), map.at(index + 1)?.isIdentifierStart == true {
                return markRun(.variable, to: map.nameEnd(from: index + 1))
            }
        case ":":
            if features.contains(.rubySigils), map.at(index - 1) != ":", map.at(index + 1)?.isIdentifierStart == true,
               !names.follows(index, in: map) {
                return markRun(.constant, to: map.nameEnd(from: index + 1))
            }
        case "<":
            if features.contains(.heredocs), map.at(index + 1) == "<" { return scanHeredocOpener() }
        case "'":
            if features.contains(.rustLifetimes) { return scanRustQuote() }
        case "[":
            if features.contains(.iniSections), firstOnLine {
                return markRun(.type, to: min(map.bracketEnd(from: index), map.lineEnd(from: index)))
            }
        default:
            break
        }
        if features.contains(.rustRawStrings), !names.follows(index, in: map), scalar == "r" || (scalar == "b" && map.at(index + 1) == "r") {
            let hashes = scalar == "r" ? index + 1 : index + 2
            if scanHashRawString(hashesFrom: hashes) { return true }
        }
        if features.contains(.cppRawStrings), scalar == "R", map.at(index + 1) == "\"", !names.follows(index, in: map) {
            return scanCppRawString()
        }
        if features.contains(.iniKeys), firstOnLine, scanIniKey() { return true }
        if features.contains(.mermaidLabels), scanMermaidLabel() { return true }
        return false
    }

    /// Marks `index..<end` with `kind` and moves past it.
    mutating func markRun(_ kind: HighlightKind, to end: Int) -> Bool {
        map.mark(kind, index..<end)
        index = max(end, index + 1)
        return true
    }

    /// `#include <x>` and friends, continued over lines ending in `\`.
    private mutating func scanPreprocessorLine() -> Bool {
        var end = map.lineEnd(from: index)
        while end < count, end > index, map.at(end - 1) == "\\" || (map.at(end - 1) == "\r" && map.at(end - 2) == "\\") {
            end = map.lineEnd(from: end + 1)
        }
        return markRun(.meta, to: end)
    }

    /// `#"…"#` (Swift) or, after Rust's `r`, `#"…"#` and `"…"`: a raw string closed by a quote and as
    /// many `#` as opened it.
    private mutating func scanHashRawString(hashesFrom start: Int) -> Bool {
        var cursor = start
        // Bounded, so a long run of `#` that opens nothing is not rescanned from every position.
        while map.at(cursor) == "#", cursor - start < 64 { cursor += 1 }
        let hashes = cursor - start
        guard map.at(cursor) == "\"", hashes > 0 || features.contains(.rustRawStrings) else { return false }
        let tripled = map.matches("\"\"\"", at: cursor)
        cursor += tripled ? 3 : 1
        let close = (tripled ? "\"\"\"" : "\"") + String(repeating: "#", count: hashes)
        while cursor < count, !map.matches(close, at: cursor) { cursor += 1 }
        return markRun(.string, to: min(count, cursor + close.unicodeScalars.count))
    }

    /// `R"tag(…)tag"`.
    private mutating func scanCppRawString() -> Bool {
        var cursor = index + 2
        let tagStart = cursor
        while let scalar = map.at(cursor), scalar != "(", !scalar.isBlank, scalar != "\n", cursor - tagStart < 16 {
            cursor += 1
        }
        guard map.at(cursor) == "(" else { return false }
        let tag = String(String.UnicodeScalarView(map.scalars[tagStart..<cursor]))
        let close = ")" + tag + "\""
        while cursor < count, !map.matches(close, at: cursor) { cursor += 1 }
        return markRun(.string, to: min(count, cursor + close.unicodeScalars.count))
    }

    /// Rust `'x'`, `'\n'` (characters) or `'a` (a lifetime).
    private mutating func scanRustQuote() -> Bool {
        if map.at(index + 1) == "\\" {
            var cursor = index + 2
            while let scalar = map.at(cursor), scalar != "'", scalar != "\n", cursor - index < 12 { cursor += 1 }
            return markRun(.string, to: map.at(cursor) == "'" ? cursor + 1 : cursor)
        }
        if map.at(index + 2) == "'", map.at(index + 1) != "\n" { return markRun(.string, to: index + 3) }
        if map.at(index + 1)?.isIdentifierStart == true { return markRun(.attribute, to: map.nameEnd(from: index + 1)) }
        return false
    }

    /// `name =` or `a.b-c:` as the first token of a line: a key.
    private mutating func scanIniKey() -> Bool {
        var cursor = index
        while let scalar = map.at(cursor), scalar.isIdentifierContinue || "-.".unicodeScalars.contains(scalar) {
            cursor += 1
        }
        guard cursor > index else { return false }
        var after = cursor
        while map.at(after) == " " || map.at(after) == "\t" { after += 1 }
        guard let next = map.at(after), next == "=" || next == ":" else { return false }
        return markRun(.attribute, to: cursor)
    }
}
