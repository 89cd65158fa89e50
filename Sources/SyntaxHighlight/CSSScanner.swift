/// CSS: selectors, at-rules, property names (attributes), values (numbers, colours, constants),
/// functions, strings and comments.
struct CSSScanner {
    var map: KindMap
    private var index = 0
    private var depth = 0
    /// Inside a block, whether the next name is a property (after `{` or `;`).
    private var expectsProperty = false

    init(map: KindMap) { self.map = map }

    func at(_ position: Int) -> Unicode.Scalar? {
        position >= 0 && position < map.count ? map.scalars[position] : nil
    }

    private static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isIdentifierContinue || scalar == "-"
    }

    private func nameEnd(from position: Int) -> Int {
        var cursor = position
        while let scalar = at(cursor), Self.isNameScalar(scalar) { cursor += 1 }
        return cursor
    }

    mutating func run() {
        while index < map.count {
            let scalar = map.scalars[index]
            let next = at(index + 1)
            if map.hasPrefix("/*", at: index) {
                var cursor = index + 2
                while cursor < map.count, !map.hasPrefix("*/", at: cursor) { cursor += 1 }
                mark(.comment, to: min(map.count, cursor + 2))
            } else if scalar == "\"" || scalar == "'" {
                var cursor = index + 1
                while let text = at(cursor), text != scalar, text != "\n" { cursor += text == "\\" ? 2 : 1 }
                mark(.string, to: min(map.count, cursor + 1))
            } else if scalar == "@", let next, Self.isNameScalar(next) {
                mark(.keyword, to: nameEnd(from: index + 1))
            } else if scalar == "!", next?.isASCIILetter == true {
                mark(.keyword, to: nameEnd(from: index + 1))
            } else if scalar == "#", let next, Self.isNameScalar(next) {
                mark(depth > 0 && !expectsProperty ? .number : .type, to: nameEnd(from: index + 1))
            } else if scalar.isASCIIDigit || (scalar == "." || scalar == "-") && next?.isASCIIDigit == true {
                var cursor = index + 1
                while let text = at(cursor), text.isASCIIDigit || text == "." { cursor += 1 }
                while let text = at(cursor), text.isASCIILetter || text == "%" { cursor += 1 }
                mark(.number, to: cursor)
            } else if scalar == ".", depth == 0 || expectsProperty, let next, Self.isNameScalar(next) {
                mark(.type, to: nameEnd(from: index + 1))
            } else if scalar == ":", depth == 0 || (expectsProperty && next?.isASCIILetter == true) {
                var cursor = index + 1
                if at(cursor) == ":" { cursor += 1 }
                let close = nameEnd(from: cursor)
                if close > cursor { mark(.meta, to: close) } else { mark(.punctuation, to: cursor) }
            } else if Self.isNameScalar(scalar), !scalar.isASCIIDigit {
                scanName()
            } else {
                scanSymbol(scalar)
            }
        }
    }

    private mutating func scanName() {
        let close = nameEnd(from: index)
        var after = close
        while at(after)?.isBlank == true { after += 1 }
        let kind: HighlightKind
        if at(close) == "(" {
            kind = .function
        } else if depth > 0, expectsProperty, at(after) == ":" {
            kind = .attribute
            expectsProperty = false
        } else if depth == 0 || expectsProperty {
            kind = .keyword
        } else {
            kind = .constant
        }
        mark(kind, to: close)
    }

    private mutating func scanSymbol(_ scalar: Unicode.Scalar) {
        switch scalar {
        case "{":
            depth += 1
            expectsProperty = true
        case "}":
            depth = max(0, depth - 1)
            expectsProperty = depth > 0
        case ";":
            expectsProperty = depth > 0
        case ":":
            expectsProperty = false
        default:
            break
        }
        if "{}();,:[]".unicodeScalars.contains(scalar) {
            mark(.punctuation, to: index + 1)
        } else if ">+~*=|^$".unicodeScalars.contains(scalar) {
            mark(.operator, to: index + 1)
        } else {
            index += 1
        }
    }

    private mutating func mark(_ kind: HighlightKind, to end: Int) {
        map.mark(kind, index..<end)
        index = max(end, index + 1)
    }
}
