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

    /// The language's name scalars, kept apart so hot checks do not touch the whole table.
    let names: NameScalars
    /// The language's features, copied out for the same reason.
    let features: LanguageFeature

    init(language: LanguageDefinition, map: KindMap) {
        self.language = language
        self.map = map
        features = language.features
        names = NameScalars(extras: language.identifierExtras, innerExtras: language.identifierInnerExtras)
    }

    var count: Int { map.count }

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
        if index == 0, map.matches("#!", at: 0), map.at(2) != "[" {
            index = map.lineEnd(from: 0)
            map.mark(.meta, 0..<index)
            return
        }
        if scanComment(firstOnLine: first) || scanSpecial(firstOnLine: first) || scanString() {
            introduced = nil
            return
        }
        if scalar.isASCIIDigit || (scalar == "." && map.at(index + 1)?.isASCIIDigit == true && !names.follows(index, in: map))
            || (scalar == "-" && features.contains(.signedNumbers) && map.at(index + 1)?.isASCIIDigit == true) {
            scanNumber()
            introduced = nil
            return
        }
        if names.isStart(scalar) {
            scanName(firstOnLine: first)
            return
        }
        introduced = nil
        if features.contains(.shellWords), scalar == "-", !names.follows(index, in: map), scanShellOption() { return }
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
        if map.at(cursor) == "-" { cursor += 1 }
        if map.at(cursor) == "0", let radix = map.at(cursor + 1), "xXbBoO".unicodeScalars.contains(radix) {
            cursor += 2
            while let scalar = map.at(cursor), scalar.isHexDigit || scalar == "_" { cursor += 1 }
        } else {
            while let scalar = map.at(cursor), scalar.isASCIIDigit || scalar == "_" { cursor += 1 }
            if map.at(cursor) == ".", map.at(cursor + 1)?.isASCIIDigit == true {
                cursor += 1
                while let scalar = map.at(cursor), scalar.isASCIIDigit || scalar == "_" { cursor += 1 }
            }
            if let e = map.at(cursor), e == "e" || e == "E" {
                if map.at(cursor + 1)?.isASCIIDigit == true {
                    cursor += 1
                } else if let sign = map.at(cursor + 1), sign == "+" || sign == "-", map.at(cursor + 2)?.isASCIIDigit == true {
                    cursor += 2
                }
                while let scalar = map.at(cursor), scalar.isASCIIDigit { cursor += 1 }
            }
        }
        while let scalar = map.at(cursor), scalar.isIdentifierContinue { cursor += 1 }
        map.mark(.number, index..<cursor)
        index = cursor
    }

    /// A name, classified as keyword, constant, type, function or plain.
    private mutating func scanName(firstOnLine: Bool) {
        var cursor = index + 1
        while let scalar = map.at(cursor), names.isContinue(scalar) { cursor += 1 }
        // A shell word never ends in `-`: `a-` is the word `a` then `-`.
        while cursor > index + 1, map.at(cursor - 1) == "-" {
            cursor -= 1
        }
        let word = String(String.UnicodeScalarView(map.scalars[index..<cursor]))
        var end = cursor
        let kind = classify(word, end: &end, firstOnLine: firstOnLine)
        map.mark(kind, index..<end)
        index = end
    }

    private mutating func classify(_ word: String, end: inout Int, firstOnLine: Bool) -> HighlightKind {
        let key = features.contains(.caseInsensitiveKeywords) ? word.lowercased() : word
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
        if map.at(end) == "(", language.callsAreFunctions { return .function }
        if features.contains(.macroBang), map.at(end) == "!", map.at(end + 1) != "=" {
            end += 1
            return .function
        }
        if language.builtins.contains(key) { return .function }
        if features.contains(.shellWords), map.at(end) == "=" { return .variable }
        if features.contains(.capitalisedTypes), word.unicodeScalars.first?.isUppercaseLetter == true { return .type }
        if language.typeSuffixes.contains(where: { word.hasSuffix($0) && word.count > $0.count }) { return .type }
        return .plain
    }

    /// `-x` or `--long-option` at a word start in a shell: plain, so `--` does not read as an operator.
    private mutating func scanShellOption() -> Bool {
        var cursor = index
        while map.at(cursor) == "-", cursor - index < 3 { cursor += 1 }
        guard cursor - index <= 2, let next = map.at(cursor), next.isASCIILetter else { return false }
        while let scalar = map.at(cursor), scalar.isIdentifierContinue || scalar == "-" { cursor += 1 }
        index = cursor
        return true
    }
}
