/// HTML and XML: tag names keywords, attribute names attributes, values strings, entities constants,
/// comments, and declarations (`<!DOCTYPE>`, `<?xml?>`) meta. Tags may span lines.
struct MarkupScanner {
    var map: KindMap
    private var index = 0

    init(map: KindMap) { self.map = map }

    func at(_ position: Int) -> Unicode.Scalar? {
        position < map.count ? map.scalars[position] : nil
    }

    /// The index after the first `terminator` at or after `position`, or the end of the text.
    private func end(of terminator: String, from position: Int) -> Int {
        var cursor = position
        while cursor < map.count, !map.hasPrefix(terminator, at: cursor) { cursor += 1 }
        return min(map.count, cursor + terminator.unicodeScalars.count)
    }

    mutating func run() {
        while index < map.count {
            let scalar = map.scalars[index]
            if map.hasPrefix("<!--", at: index) {
                mark(.comment, to: end(of: "-->", from: index + 4))
            } else if map.hasPrefix("<![CDATA[", at: index) {
                mark(.string, to: end(of: "]]>", from: index + 9))
            } else if map.hasPrefix("<!", at: index) || map.hasPrefix("<?", at: index) {
                mark(.meta, to: end(of: ">", from: index + 2))
            } else if scalar == "<", let next = at(index + 1), next.isASCIILetter || next == "/" {
                scanTag()
            } else if scalar == "&" {
                var cursor = index + 1
                while let text = at(cursor), text.isIdentifierContinue || text == "#" { cursor += 1 }
                if at(cursor) == ";", cursor > index + 1 {
                    mark(.constant, to: cursor + 1)
                } else {
                    index += 1
                }
            } else {
                index += 1
            }
        }
    }

    private mutating func mark(_ kind: HighlightKind, to end: Int) {
        map.mark(kind, index..<end)
        index = max(end, index + 1)
    }

    private static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isIdentifierContinue || "-:.".unicodeScalars.contains(scalar)
    }

    /// `<name attr="value" …>` or `</name>`.
    private mutating func scanTag() {
        mark(.punctuation, to: at(index + 1) == "/" ? index + 2 : index + 1)
        var cursor = index
        while let scalar = at(cursor), Self.isNameScalar(scalar) { cursor += 1 }
        mark(.keyword, to: cursor)
        while let scalar = at(index) {
            if scalar == ">" {
                mark(.punctuation, to: index + 1)
                return
            }
            if scalar == "/", at(index + 1) == ">" {
                mark(.punctuation, to: index + 2)
                return
            }
            if scalar == "<" { return }
            if scalar == "\"" || scalar == "'" {
                mark(.string, to: end(of: String(scalar), from: index + 1))
            } else if scalar == "=" {
                mark(.operator, to: index + 1)
            } else if Self.isNameScalar(scalar) || scalar == "@" {
                var close = index + 1
                while let text = at(close), Self.isNameScalar(text) { close += 1 }
                let isValue = index > 0 && at(index - 1) == "="
                mark(isValue ? .string : .attribute, to: close)
            } else {
                index += 1
            }
        }
    }
}
