import Foundation
import Diagnostics

extension FlowchartParser {
    /// `classDef a,b fill:#f9f,stroke:#333`.
    mutating func parseClassDef() -> StatementSyntax? {
        let start = cursor.offset
        cursor.offset += 8
        guard let names = parseNameList(what: "a class name after 'classDef'", statementStart: start) else { return nil }
        if cursor.peek() == .colon {
            fail(.error("mermaid.invalid-class-def", "expected a class name before the style declarations",
                        at: SourceRange(start: start, end: start + 8), hint: "write 'classDef name fill:#f96,stroke:#333'"))
            return nil
        }
        guard let declarations = parseDeclarations(statementStart: start) else { return nil }
        return .classDef(ClassDefSyntax(names: names, declarations: declarations, range: cursor.range(from: start)))
    }

    /// `class a,b name`.
    mutating func parseClassAssignment() -> StatementSyntax? {
        let start = cursor.offset
        cursor.offset += 5
        guard let targets = parseNameList(what: "node ids after 'class'", statementStart: start),
              let classes = parseNameList(what: "a class name after the node ids", statementStart: start)
        else { return nil }
        return .classAssignment(ClassAssignmentSyntax(targets: targets, classes: classes,
                                                      range: cursor.range(from: start)))
    }

    /// `style id fill:#f9f`.
    mutating func parseStyle() -> StatementSyntax? {
        let start = cursor.offset
        cursor.offset += 5
        cursor.skipBlanks()
        guard let target = cursor.scanNodeID() else {
            fail(.error("mermaid.empty-id", "expected a node id after 'style'", at: cursor.range(from: start),
                        hint: "write 'style nodeId fill:#f9f'"))
            return nil
        }
        guard let declarations = parseDeclarations(statementStart: start) else { return nil }
        return .style(StyleSyntax(target: target, declarations: declarations, range: cursor.range(from: start)))
    }

    /// `linkStyle 0,2 stroke:red`, `linkStyle default …`, optionally with `interpolate curve`.
    mutating func parseLinkStyle() -> StatementSyntax? {
        let start = cursor.offset
        cursor.offset += 9
        cursor.skipBlanks()
        var indices: [LinkIndexSyntax]? = []
        if cursor.matches("default") {
            cursor.offset += 7
            indices = nil
        } else {
            repeat {
                cursor.skipBlanks()
                let numberStart = cursor.offset
                while cursor.peek().isDigit { cursor.offset += 1 }
                guard cursor.offset > numberStart, let value = Int(cursor.text(numberStart, cursor.offset)) else {
                    while !cursor.isAtStatementEnd, !cursor.peek().isBlank, cursor.peek() != .comma { cursor.offset += 1 }
                    let wordEnd = max(cursor.offset, numberStart + 1)
                    cursor.skipStatement()
                    report(.error("mermaid.invalid-link-index", "expected a link number or 'default' after 'linkStyle'",
                                  at: SourceRange(start: numberStart, end: wordEnd),
                                  hint: "links are numbered from 0 in source order, e.g. 'linkStyle 0,2 stroke:red'"))
                    return nil
                }
                indices?.append(LinkIndexSyntax(value, range: cursor.range(from: numberStart)))
                cursor.skipBlanks()
            } while cursor.peek() == .comma && { cursor.offset += 1; return true }()
        }
        cursor.skipBlanks()
        var interpolate: Identifier?
        if cursor.keyword() == "interpolate" {
            cursor.offset += 11
            cursor.skipBlanks()
            interpolate = cursor.scanWord()
        }
        cursor.skipBlanks()
        var declarations: [StyleDeclarationSyntax] = []
        if !cursor.isAtStatementEnd || interpolate == nil {
            guard let parsed = parseDeclarations(statementStart: start) else { return nil }
            declarations = parsed
        }
        return .linkStyle(LinkStyleSyntax(indices: indices, interpolate: interpolate, declarations: declarations,
                                          range: cursor.range(from: start)))
    }

    /// A comma-separated list of words (ids or class names), after blanks.
    mutating func parseNameList(what: String, statementStart: Int) -> [Identifier]? {
        var names: [Identifier] = []
        cursor.skipBlanks()
        repeat {
            cursor.skipBlanks()
            guard let name = cursor.scanNodeID() else {
                fail(.error("mermaid.empty-id", "expected \(what)", at: cursor.range(from: statementStart),
                            hint: "names are letters, digits, '_' and '-'"))
                return nil
            }
            names.append(name)
            cursor.skipBlanks()
        } while cursor.peek() == .comma && { cursor.offset += 1; return true }()
        return names
    }

    /// `prop:value,prop:value` up to the end of the statement. A piece without ':' continues
    /// the previous value (`stroke-dasharray: 5,5`), as Mermaid joins them.
    mutating func parseDeclarations(statementStart: Int) -> [StyleDeclarationSyntax]? {
        cursor.skipBlanks()
        var declarations: [StyleDeclarationSyntax] = []
        if cursor.isAtStatementEnd {
            report(.error("mermaid.invalid-style", "expected style declarations such as 'fill:#f9f'",
                          at: SourceRange(start: statementStart, end: cursor.offset),
                          hint: "add 'property:value' pairs separated by ','"))
            return nil
        }
        while true {
            let pieceStart = cursor.offset
            var depth = 0
            while !cursor.isAtEnd {
                let byte = cursor.peek()
                if byte == .backslash, cursor.peek(1) == .comma {
                    // `\,` is a comma inside a value (`font-family: Inter\, sans-serif`).
                    cursor.offset += 2
                    continue
                }
                if byte == .newline || byte == .semicolon || (byte == .comma && depth == 0) { break }
                if byte == .openParen { depth += 1 }
                if byte == .closeParen { depth = max(0, depth - 1) }
                cursor.offset += 1
            }
            let piece = cursor.text(pieceStart, cursor.offset).replacingOccurrences(of: "\\,", with: ",")
            let range = cursor.range(from: pieceStart)
            if piece.trimmingBlanks().isEmpty {
                fail(.error("mermaid.invalid-style", "empty style declaration",
                            at: SourceRange(start: max(pieceStart - 1, statementStart), end: max(cursor.offset, pieceStart)),
                            hint: "remove the extra ','"))
                return nil
            }
            if let colon = piece.firstIndex(of: ":") {
                let property = piece[..<colon].trimmingBlanks().lowercased()
                let value = piece[piece.index(after: colon)...].trimmingBlanks()
                if property.isEmpty || property.contains(" ") {
                    // mermaid.js keeps such a piece and the browser ignores it.
                    report(Self.invalidStyle(piece, range: range))
                } else {
                    declarations.append(StyleDeclarationSyntax(property: property, value: value, range: range))
                }
            } else if var last = declarations.popLast() {
                last.value += "," + piece.trimmingBlanks()
                last.range = last.range.union(range)
                declarations.append(last)
            } else {
                // mermaid.js keeps a piece without ':' and ignores it when drawing.
                report(Self.invalidStyle(piece, range: range))
            }
            guard cursor.peek() == .comma else { break }
            cursor.offset += 1
        }
        return declarations
    }

    static func invalidStyle(_ piece: String, range: SourceRange) -> Diagnostic {
        .warning("mermaid.ignored-style", "'\(piece.trimmingBlanks())' is not a 'property:value' declaration; it is ignored",
               at: range, hint: "write declarations as 'property:value', e.g. 'fill:#f9f,stroke-width:2px'")
    }
}
