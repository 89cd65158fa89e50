import Foundation
import Diagnostics

/// Local directive values as written (`paginate`, `header`, `class`, …): the ones carried
/// from slide to slide, or one slide's spot (`_name`) values.
struct LocalDirectives {
    private var values: [String: DirectiveValue] = [:]

    /// Sets a local directive; a value it cannot take is reported and not kept.
    mutating func set(_ name: String, _ entry: DirectiveEntry) -> [Diagnostic] {
        if name == "paginate", Self.pagination(entry.value) == nil {
            return [entry.invalidValue("'paginate' takes true, false, hold or skip")]
        }
        if name == "backgroundPosition", let text = entry.value.string, BackgroundPosition(css: text) == nil {
            return [entry.invalidValue("one or two of left, center, right, top, bottom, N%, Npx (e.g. 'top right', '30% 70%')")]
        }
        if name == "backgroundRepeat", let text = entry.value.string, BackgroundRepeat(css: text) == nil {
            return [entry.invalidValue("repeat, repeat-x, repeat-y or no-repeat ('space' and 'round' are not supported)")]
        }
        if name == "transition" {
            return [.warning("deck.ignored-directive", "'\(entry.key)' has no effect in a PDF", at: entry.keyRange,
                             hint: "page transitions only play in marp-cli's HTML output; remove the directive")]
        }
        values[name] = entry.value
        return []
    }

    /// These values with `spot`'s on top.
    func overlaid(by spot: LocalDirectives) -> LocalDirectives {
        var result = self
        result.values.merge(spot.values) { _, new in new }
        return result
    }

    /// The slide's directives. Header and footer are raw inline Markdown with emoji
    /// shortcodes already replaced.
    func resolved(theme: String) -> SlideDirectives {
        func text(_ name: String) -> String? {
            guard let value = values[name]?.string, !value.isEmpty else { return nil }
            return value
        }
        var directives = SlideDirectives(theme: theme)
        directives.paginate = values["paginate"].flatMap(Self.pagination) ?? .hidden
        directives.header = text("header").map(EmojiShortcodes.replacing)
        directives.footer = text("footer").map(EmojiShortcodes.replacing)
        directives.classes = values["class"]?.items(separatedBy: " ") ?? []
        directives.backgroundColor = text("backgroundColor")
        directives.backgroundImage = text("backgroundImage")
        directives.backgroundPosition = text("backgroundPosition")
        directives.backgroundRepeat = text("backgroundRepeat")
        directives.backgroundSize = text("backgroundSize")
        directives.color = text("color")
        return directives
    }

    static func pagination(_ value: DirectiveValue) -> Pagination? {
        switch value.string?.trimmingCharacters(in: .whitespaces).lowercased() {
        case "true": return .shown
        case "false", "": return .hidden
        case "hold": return .hold
        case "skip": return .skip
        default: return nil
        }
    }
}
