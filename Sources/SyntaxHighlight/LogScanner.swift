/// Log files: levels by severity, timestamps and numbers, quoted strings, `key=` fields.
struct LogScanner {
    var map: KindMap

    private static let levels: [String: HighlightKind] = [
        "FATAL": .deleted, "CRITICAL": .deleted, "CRIT": .deleted, "PANIC": .deleted, "SEVERE": .deleted,
        "ERROR": .deleted, "ERR": .deleted, "EMERG": .deleted, "ALERT": .deleted,
        "WARN": .attribute, "WARNING": .attribute,
        "INFO": .keyword, "NOTICE": .keyword,
        "DEBUG": .comment, "TRACE": .comment, "VERBOSE": .comment,
    ]
    private static let constants = words("true false null nil none None NULL")
    /// Scalars that may continue a timestamp or number after a digit (`2024-05-01T10:00:00.123Z`).
    private static let stampScalars = scalarSet("-:.,/+TZ")

    func at(_ position: Int) -> Unicode.Scalar? {
        position < map.count ? map.scalars[position] : nil
    }

    mutating func run() {
        var index = 0
        while index < map.count {
            let scalar = map.scalars[index]
            let previous = index > 0 ? map.scalars[index - 1] : " "
            if scalar == "\"" {
                var cursor = index + 1
                while let text = at(cursor), text != "\"", text != "\n" {
                    cursor += text == "\\" && at(cursor + 1) != "\n" ? 2 : 1
                }
                if at(cursor) == "\"" { cursor += 1 }
                map.mark(.string, index..<cursor)
                index = min(cursor, map.count)
            } else if scalar.isASCIIDigit, !previous.isIdentifierContinue {
                index = scanStamp(from: index)
            } else if scalar.isIdentifierStart, !previous.isIdentifierContinue {
                var cursor = index + 1
                while let text = at(cursor), text.isIdentifierContinue { cursor += 1 }
                let word = String(String.UnicodeScalarView(map.scalars[index..<cursor]))
                if let kind = Self.levels[word.uppercased()] {
                    map.mark(kind, index..<cursor)
                } else if Self.constants.contains(word) {
                    map.mark(.constant, index..<cursor)
                } else if at(cursor) == "=" {
                    map.mark(.attribute, index..<cursor)
                }
                index = cursor
            } else {
                if "[]{}(),;".unicodeScalars.contains(scalar) { map.mark(.punctuation, index..<index + 1) }
                if "=|>".unicodeScalars.contains(scalar) { map.mark(.operator, index..<index + 1) }
                index += 1
            }
        }
    }

    /// A number or timestamp: digits joined by date and time separators, and a unit suffix (`12ms`).
    private mutating func scanStamp(from start: Int) -> Int {
        var cursor = start
        while let scalar = at(cursor) {
            if scalar.isASCIIDigit {
                cursor += 1
            } else if Self.stampScalars.contains(scalar), at(cursor + 1)?.isASCIIDigit == true,
                      at(cursor - 1)?.isASCIIDigit == true {
                cursor += 1
            } else if scalar == " ", isTimeAfterDate(start: start, space: cursor) {
                cursor += 1
            } else if (scalar == "Z" || scalar.isASCIILetter), at(cursor - 1)?.isASCIIDigit == true {
                // A trailing `Z` or a unit (`ms`, `s`, `KB`).
                while let letter = at(cursor), letter.isASCIILetter { cursor += 1 }
                break
            } else {
                break
            }
        }
        map.mark(.number, start..<cursor)
        return cursor
    }

    /// `2024-05-01 10:00`: a space between a date and a time stays inside the timestamp.
    private func isTimeAfterDate(start: Int, space: Int) -> Bool {
        guard space - start == 10, at(start + 4) == "-", at(start + 7) == "-" else { return false }
        return at(space + 1)?.isASCIIDigit == true && at(space + 2)?.isASCIIDigit == true && at(space + 3) == ":"
    }
}
