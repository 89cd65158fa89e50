/// The table-driven scanner: one pass over the scalars, marking each with a kind from the
/// language's tables. Every rule moves forward and never backs up, so time is linear.
struct GenericScanner {
    let language: LanguageDefinition
    var map: KindMap
    var index = 0
    /// Whether the current line has had a token yet (for first-on-line rules).
    var lineHasCode = false
    /// The kind the next name gets after `def`, `class` and the like.
    var introduced: HighlightKind?
    /// Here-documents opened on the current line, read when the line ends.
    var pendingHeredocs: [Heredoc] = []

    /// A here-document waiting for its body.
    struct Heredoc {
        var terminator: [Unicode.Scalar]
        var stripsTabs: Bool
    }

    init(language: LanguageDefinition, map: KindMap) {
        self.language = language
        self.map = map
    }

    var count: Int { map.count }

    /// The scalar at `position`, or nil past either end.
    func at(_ position: Int) -> Unicode.Scalar? {
        position >= 0 && position < count ? map.scalars[position] : nil
    }

    /// Whether `pattern` occurs at `position`.
    func matches(_ pattern: String, at position: Int) -> Bool {
        var cursor = position
        for scalar in pattern.unicodeScalars {
            guard at(cursor) == scalar else { return false }
            cursor += 1
        }
        return true
    }

    /// Whether `pattern` occurs at `position`, ASCII letters compared without case.
    func matchesIgnoringCase(_ pattern: String, at position: Int) -> Bool {
        var cursor = position
        for scalar in pattern.unicodeScalars {
            guard let actual = at(cursor), lowered(actual) == lowered(scalar) else { return false }
            cursor += 1
        }
        return true
    }

    private func lowered(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        scalar.isASCIIUpper ? Unicode.Scalar(scalar.value + 32) ?? scalar : scalar
    }

    /// The index of the next `\n` at or after `position`, or the end of the text.
    func lineEnd(from position: Int) -> Int {
        var cursor = position
        while cursor < count, map.scalars[cursor] != "\n" { cursor += 1 }
        return cursor
    }

    /// Whether the scalar before `position` belongs to a name (so `position` is mid-word).
    func followsName(_ position: Int) -> Bool {
        guard let previous = at(position - 1) else { return false }
        return isNameScalar(previous)
    }

    func isNameStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isIdentifierStart || language.identifierExtras.contains(scalar)
    }

    func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isIdentifierContinue || language.identifierExtras.contains(scalar)
            || language.identifierInnerExtras.contains(scalar)
    }

    mutating func run() {
        while index < count { step() }
    }

    private mutating func step() {
        let scalar = map.scalars[index]
        if scalar == "\n" {
            if !pendingHeredocs.isEmpty {
                readHeredocBodies()
                return
            }
            lineHasCode = false
            index += 1
            return
        }
        if scalar.isBlank {
            index += 1
            return
        }
        let first = !lineHasCode
        lineHasCode = true
        if index == 0, matches("#!", at: 0), at(2) != "[" {
            index = lineEnd(from: 0)
            map.mark(.meta, 0..<index)
            return
        }
        if scanComment(firstOnLine: first) || scanSpecial(firstOnLine: first) || scanString() {
            introduced = nil
            return
        }
        if scalar.isASCIIDigit || (scalar == "." && at(index + 1)?.isASCIIDigit == true && !followsName(index)) {
            scanNumber()
            introduced = nil
            return
        }
        if isNameStart(scalar) {
            scanName(firstOnLine: first)
            return
        }
        introduced = nil
        if language.has(.shellWords), scalar == "-", !followsName(index), scanShellOption() { return }
        if language.operators.contains(scalar) {
            map.mark(.operator, index..<index + 1)
        } else if language.punctuation.contains(scalar) {
            map.mark(.punctuation, index..<index + 1)
        }
        index += 1
    }

    /// Numbers: `0x1F`, `0b1010`, `1_000`, `3.14`, `1e-9`, `.5`, with a type or unit suffix (`10u8`, `2px`).
    private mutating func scanNumber() {
        var cursor = index
        if at(cursor) == "0", let radix = at(cursor + 1), "xXbBoO".unicodeScalars.contains(radix) {
            cursor += 2
            while let scalar = at(cursor), scalar.isHexDigit || scalar == "_" { cursor += 1 }
        } else {
            while let scalar = at(cursor), scalar.isASCIIDigit || scalar == "_" { cursor += 1 }
            if at(cursor) == ".", at(cursor + 1)?.isASCIIDigit == true {
                cursor += 1
                while let scalar = at(cursor), scalar.isASCIIDigit || scalar == "_" { cursor += 1 }
            }
            if let e = at(cursor), e == "e" || e == "E" {
                if at(cursor + 1)?.isASCIIDigit == true {
                    cursor += 1
                } else if let sign = at(cursor + 1), sign == "+" || sign == "-", at(cursor + 2)?.isASCIIDigit == true {
                    cursor += 2
                }
                while let scalar = at(cursor), scalar.isASCIIDigit { cursor += 1 }
            }
        }
        while let scalar = at(cursor), scalar.isIdentifierContinue || scalar == "%" { cursor += 1 }
        map.mark(.number, index..<cursor)
        index = cursor
    }

    /// A name, classified as keyword, constant, type, function or plain.
    private mutating func scanName(firstOnLine: Bool) {
        var cursor = index + 1
        while let scalar = at(cursor), isNameScalar(scalar) { cursor += 1 }
        // A shell word never ends in `-`: `a-` is the word `a` then `-`.
        while cursor > index + 1, at(cursor - 1) == "-" {
            cursor -= 1
        }
        let word = String(String.UnicodeScalarView(map.scalars[index..<cursor]))
        var end = cursor
        let kind = classify(word, end: &end, firstOnLine: firstOnLine)
        map.mark(kind, index..<end)
        index = end
    }

    private mutating func classify(_ word: String, end: inout Int, firstOnLine: Bool) -> HighlightKind {
        let key = language.has(.caseInsensitiveKeywords) ? word.lowercased() : word
        let pending = introduced
        introduced = nil
        if firstOnLine, language.lineStartKeywords.contains(word.uppercased()) { return .keyword }
        if language.keywords.contains(key) {
            if language.functionIntroducers.contains(key) { introduced = .function }
            if language.typeIntroducers.contains(key) { introduced = .type }
            return .keyword
        }
        if language.constants.contains(key) { return .constant }
        if language.types.contains(key) { return .type }
        if let pending { return pending }
        if at(end) == "(", language.callsAreFunctions { return .function }
        if language.has(.macroBang), at(end) == "!", at(end + 1) != "=" {
            end += 1
            return .function
        }
        if language.builtins.contains(key) { return .function }
        if language.has(.shellWords), at(end) == "=" { return .variable }
        if language.has(.capitalisedTypes), word.unicodeScalars.first?.isUppercaseLetter == true { return .type }
        if language.typeSuffixes.contains(where: { word.hasSuffix($0) && word.count > $0.count }) { return .type }
        return .plain
    }

    /// `-x` or `--long-option` at a word start in a shell: plain, so `--` does not read as an operator.
    private mutating func scanShellOption() -> Bool {
        var cursor = index
        while at(cursor) == "-", cursor - index < 3 { cursor += 1 }
        guard cursor - index <= 2, let next = at(cursor), next.isASCIILetter else { return false }
        while let scalar = at(cursor), scalar.isIdentifierContinue || scalar == "-" { cursor += 1 }
        index = cursor
        return true
    }
}
