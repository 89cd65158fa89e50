import Diagnostics
import Foundation

/// Reads CSS into `StyleRule`s of the supported subset (`StyleSubset`), reporting every
/// rule, selector, property and at-rule it does not keep at its deck line.
struct StyleSheetParser {
    let map: DeckTextMap
    /// Deck line of the CSS text's first line.
    let firstLine: Int

    func parse(_ css: String) -> (rules: [StyleRule], diagnostics: [Diagnostic]) {
        let text = Array(Self.withoutComments(css))
        var rules: [StyleRule] = []
        var diagnostics: [Diagnostic] = []
        var index = 0
        var line = firstLine
        func advance(to end: Int) {
            line += text[index..<end].filter(\.isNewline).count
            index = end
        }
        while index < text.count {
            while index < text.count, text[index].isWhitespace { advance(to: index + 1) }
            guard index < text.count else { break }
            let preludeStart = index
            var cursor = index
            while cursor < text.count, text[cursor] != "{", text[cursor] != ";", text[cursor] != "}" { cursor += 1 }
            let preludeText = String(text[preludeStart..<cursor]).trimmingCharacters(in: .whitespacesAndNewlines)
            advance(to: preludeStart + (String(text[preludeStart..<cursor]).prefix { $0.isWhitespace }.count))
            let preludeLine = line
            guard cursor < text.count, text[cursor] == "{" else {
                if preludeText.hasPrefix("@") {
                    let name = String(preludeText.prefix { !$0.isWhitespace })
                    diagnostics.append(unsupported("CSS at-rule '\(name)'", line: preludeLine, needle: name))
                } else if !preludeText.isEmpty {
                    diagnostics.append(unsupported("CSS text '\(preludeText)'", line: preludeLine, needle: preludeText))
                }
                advance(to: min(cursor + 1, text.count))
                continue
            }
            let close = Self.matchingBrace(in: text, open: cursor)
            let bodyStart = cursor + 1
            let bodyEnd = close ?? text.count
            advance(to: bodyStart)
            let bodyLine = line
            if preludeText.hasPrefix("@") {
                let name = String(preludeText.prefix { !$0.isWhitespace })
                diagnostics.append(unsupported("CSS at-rule '\(name)'", line: preludeLine, needle: name))
            } else {
                let declarations = parseDeclarations(String(text[bodyStart..<bodyEnd]), line: bodyLine, diagnostics: &diagnostics)
                for selector in preludeText.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespacesAndNewlines) }) {
                    if let normal = StyleSubset.normalizedSelector(selector) {
                        if !declarations.isEmpty { rules.append(StyleRule(selector: normal, declarations: declarations)) }
                    } else {
                        diagnostics.append(unsupported("CSS selector '\(selector)'", line: preludeLine, needle: selector,
                                                       hint: "selectors are section, section.CLASS, section::after, h1-h6, p, ul, ol, li, table, thead, tr, th, td, code, pre, blockquote, header, footer, a, strong, .columns, and 'section.CLASS h1' pairs"))
                    }
                }
            }
            if close == nil {
                diagnostics.append(.warning("deck.bad-css", "CSS rule is never closed", at: map.range(of: "{", onLine: preludeLine),
                                            hint: "close the rule with '}'"))
            }
            advance(to: min(bodyEnd + 1, text.count))
        }
        return (rules, diagnostics)
    }

    private func parseDeclarations(_ body: String, line: Int, diagnostics: inout [Diagnostic]) -> [StyleDeclaration] {
        var declarations: [StyleDeclaration] = []
        var line = line
        for part in body.split(separator: ";", omittingEmptySubsequences: false) {
            defer { line += part.filter(\.isNewline).count }
            let leading = part.prefix { $0.isWhitespace }
            let declarationLine = line + leading.filter(\.isNewline).count
            let trimmed = part.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { continue }
            guard let colon = trimmed.firstIndex(of: ":") else {
                diagnostics.append(unsupported("CSS declaration '\(trimmed)'", line: declarationLine, needle: trimmed))
                continue
            }
            let property = trimmed[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            var value = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
            if value.lowercased().hasSuffix("!important") {
                value = String(value.dropLast(10)).trimmingCharacters(in: .whitespaces)
            }
            guard StyleSubset.properties.contains(property) else {
                let nearest = DirectiveCatalog.nearest(to: property, among: StyleSubset.properties)
                diagnostics.append(unsupported("CSS property '\(property)'", line: declarationLine, needle: property,
                                               hint: nearest.map { "did you mean '\($0)'?" }
                                                   ?? "properties are " + StyleSubset.properties.joined(separator: ", ")))
                continue
            }
            declarations.append(StyleDeclaration(property: property, value: value, line: declarationLine))
        }
        return declarations
    }

    private func unsupported(_ what: String, line: Int, needle: String, hint: String? = nil) -> Diagnostic {
        .warning("deck.unsupported-css", "unsupported \(what) is ignored", at: map.range(of: needle, onLine: line),
                 hint: hint ?? "Trellis draws a subset of CSS; see the deck style table in the README")
    }

    /// `/* … */` comments replaced by spaces, keeping line breaks so lines still count.
    static func withoutComments(_ css: String) -> String {
        var out = ""
        var rest = Substring(css)
        while let open = rest.range(of: "/*") {
            out += rest[..<open.lowerBound]
            let afterOpen = rest[open.upperBound...]
            let close = afterOpen.range(of: "*/")
            let comment = close.map { afterOpen[..<$0.lowerBound] } ?? afterOpen
            out += "  " + String(comment.map { $0.isNewline ? $0 : " " }) + (close == nil ? "" : "  ")
            rest = close.map { afterOpen[$0.upperBound...] } ?? ""
        }
        return out + rest
    }

    private static func matchingBrace(in text: [Character], open: Int) -> Int? {
        var depth = 0
        var index = open
        while index < text.count {
            if text[index] == "{" { depth += 1 }
            if text[index] == "}" {
                depth -= 1
                if depth == 0 { return index }
            }
            index += 1
        }
        return nil
    }
}
