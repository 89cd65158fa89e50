import Diagnostics
import Foundation
import Native
@testable import Deck

/// Text dumps of parsed decks for the parser's tests (and anyone's: `ParseDump.deck`).
enum ParseDump {
    /// Parses `text` as a deck named `deck.md`.
    static func parse(_ text: String) -> (DeckDocument, [Diagnostic]) {
        DeckParser.parse(SourceFile(name: "deck.md", text: text))
    }

    /// The deck as text: document settings, then each slide's directives, notes, styles
    /// and blocks (with positions when asked).
    static func deck(_ deck: DeckDocument, positions: Bool = false) -> String {
        var out = "deck \(Int(deck.size.width))x\(Int(deck.size.height))"
        if !deck.headingDivider.isEmpty { out += " headingDivider=\(deck.headingDivider)" }
        if let math = deck.math { out += " math=\(math)" }
        out += "\n"
        let meta = deck.metadata
        let fields: [(String, String?)] = [("title", meta.title), ("author", meta.author), ("subject", meta.subject),
                                           ("lang", meta.language), ("date", meta.date),
                                           ("keywords", meta.keywords.isEmpty ? nil : meta.keywords.joined(separator: "|"))]
        for (name, value) in fields {
            if let value { out += "  \(name): \(value)\n" }
        }
        for rule in deck.styles { out += "  style " + ParseDump.rule(rule) + "\n" }
        for slide in deck.slides {
            out += "slide \(slide.index) line \(slide.line): " + ParseDump.directives(slide.directives) + "\n"
            for note in slide.notes { out += "  note \"\(note.replacingOccurrences(of: "\n", with: "\\n"))\"\n" }
            for rule in slide.scopedStyles { out += "  scoped " + ParseDump.rule(rule) + "\n" }
            for block in slide.blocks {
                out += block.dump(positions: positions).split(separator: "\n").map { "  " + $0 + "\n" }.joined()
            }
        }
        return out
    }

    static func rule(_ rule: StyleRule) -> String {
        rule.selector + " { " + rule.declarations.map { "\($0.property): \($0.value) @\($0.line)" }.joined(separator: "; ") + " }"
    }

    static func directives(_ d: SlideDirectives) -> String {
        var parts = ["theme=\(d.theme)", "paginate=\(d.paginate)"]
        if !d.classes.isEmpty { parts.append("class=" + d.classes.joined(separator: ",")) }
        let optional: [(String, String?)] = [("header", d.header), ("footer", d.footer), ("bg", d.backgroundColor),
                                             ("bgImage", d.backgroundImage), ("bgPosition", d.backgroundPosition),
                                             ("bgRepeat", d.backgroundRepeat), ("bgSize", d.backgroundSize), ("color", d.color)]
        for (name, value) in optional {
            if let value { parts.append("\(name)=\"\(value)\"") }
        }
        return parts.joined(separator: " ")
    }

    /// Each diagnostic as `severity id line:col message [hint]`.
    static func diagnostics(_ diagnostics: [Diagnostic], in text: String) -> String {
        let file = SourceFile(name: "deck.md", text: text)
        return diagnostics.map { diagnostic in
            let location = file.location(of: diagnostic.range.start)
            var line = "\(diagnostic.severity) \(diagnostic.id) \(location.line):\(location.column) \(diagnostic.message)"
            if let hint = diagnostic.hint { line += " [\(hint)]" }
            return line + "\n"
        }.joined()
    }
}
