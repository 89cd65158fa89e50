/// Scalar look-ups and delimiter matching shared by the scanners; none of them moves backwards.
extension KindMap {
    /// The scalar at `position`, or nil past either end.
    func at(_ position: Int) -> Unicode.Scalar? {
        position >= 0 && position < count ? scalars[position] : nil
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

    func lowered(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        scalar.isASCIIUpper ? Unicode.Scalar(scalar.value + 32) ?? scalar : scalar
    }

    /// The index of the next `\n` at or after `position`, or the end of the text.
    func lineEnd(from position: Int) -> Int {
        var cursor = position
        while cursor < count, scalars[cursor] != "\n" { cursor += 1 }
        return cursor
    }

    func interpolationEnd(_ interpolation: Interpolation, at position: Int) -> Int? {
        switch interpolation {
        case .none:
            return nil
        case .dollar:
            return at(position) == "$" ? shellVariableEnd(at: position) : nil
        case .dollarBrace:
            return at(position) == "$" && at(position + 1) == "{" ? braceEnd(from: position + 1) : nil
        case .hashBrace:
            return at(position) == "#" && at(position + 1) == "{" ? braceEnd(from: position + 1) : nil
        }
    }

    /// The index after the `}` matching the `{` at `position` (or the end of the text).
    func braceEnd(from position: Int) -> Int {
        var cursor = position + 1
        var depth = 1
        while cursor < count {
            let scalar = scalars[cursor]
            cursor += 1
            if scalar == "{" { depth += 1 }
            if scalar == "}" {
                depth -= 1
                if depth == 0 { break }
            }
        }
        return cursor
    }

    /// The end of a shell variable at `position` (`$NAME`, `${…}`, `$1`, `$@`), or nil if `$` stands alone.
    func shellVariableEnd(at position: Int) -> Int? {
        guard let next = at(position + 1) else { return nil }
        if next == "{" { return braceEnd(from: position + 1) }
        if next.isIdentifierStart {
            var cursor = position + 2
            while let scalar = at(cursor), scalar.isIdentifierContinue { cursor += 1 }
            return cursor
        }
        if next.isASCIIDigit || "@*#?$!-".unicodeScalars.contains(next) { return position + 2 }
        return nil
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
            let scalar = scalars[cursor]
            cursor += 1
            if scalar == "[" { depth += 1 }
            if scalar == "]" {
                depth -= 1
                if depth == 0 { break }
            }
        }
        return cursor
    }
}
