import Foundation
import Diagnostics

/// The global directives in force after reading front matter and every comment in order
/// (the last value written wins, as in Marpit).
struct DeckGlobals {
    var theme = "default"
    var headingDivider: [Int] = []
    var size = SlideSize.sixteenByNine
    var math: String?
    var metadata = DeckMetadata()
    /// The last `style` directive: its CSS and the deck line its first CSS line is on.
    var style: (css: String, firstLine: Int)?

    /// Applies one global entry; a bad value is reported and the previous value kept.
    mutating func apply(_ name: String, _ entry: DirectiveEntry) -> [Diagnostic] {
        let value = entry.value.string
        switch name {
        case "theme":
            guard let theme = value, DirectiveCatalog.themes.contains(theme) else {
                return [unknownTheme(entry)]
            }
            self.theme = theme
        case "headingDivider":
            guard let levels = Self.headingLevels(entry.value) else {
                return [entry.invalidValue("'headingDivider' takes a heading level 1-6, a list of levels or false")]
            }
            headingDivider = levels
        case "size":
            switch value?.trimmingCharacters(in: .whitespaces) {
            case "16:9": size = .sixteenByNine
            case "4:3": size = .fourByThree
            default: return [entry.invalidValue("'size' takes 16:9 or 4:3")]
            }
        case "math":
            guard let library = value?.trimmingCharacters(in: .whitespaces), ["mathjax", "katex"].contains(library) else {
                return [entry.invalidValue("'math' takes mathjax or katex")]
            }
            math = library
        case "lang": metadata.language = value
        case "title": metadata.title = value
        case "author": metadata.author = value
        case "description": metadata.subject = value
        case "date": metadata.date = value
        case "keywords": metadata.keywords = entry.value.items(separatedBy: ",")
        case "style": style = value.map { ($0, entry.valueFirstLine) }
        default: break  // marp, url, image: nothing to do in a PDF.
        }
        return []
    }

    /// `3` → [1, 2, 3]; `[2, 4]` → [2, 4]; `false` → [].
    static func headingLevels(_ value: DirectiveValue) -> [Int]? {
        switch value {
        case .scalar(let text):
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed == "false" { return [] }
            guard let level = Int(trimmed), (1...6).contains(level) else { return nil }
            return Array(1...level)
        case .list(let items):
            let levels = items.compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }.filter { (1...6).contains($0) }
            return levels.count == items.count ? Array(Set(levels)).sorted() : nil
        case .other: return nil
        }
    }

    private func unknownTheme(_ entry: DirectiveEntry) -> Diagnostic {
        let name = entry.value.string ?? ""
        let known = DirectiveCatalog.themes.map { "'\($0)'" }.joined(separator: ", ")
        let hint = DirectiveCatalog.nearest(to: name, among: DirectiveCatalog.themes).map { "did you mean '\($0)'? themes are \(known)" }
            ?? "themes are \(known)"
        return .error("deck.unknown-theme", "unknown theme '\(name)'", at: entry.valueRange, hint: hint)
    }
}
