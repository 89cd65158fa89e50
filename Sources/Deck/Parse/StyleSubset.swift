/// The CSS subset decks may use in `style:`, `<style>` and `<style scoped>`; anything
/// else is reported (`deck.unsupported-css`) and not kept.
///
/// | selectors | |
/// |---|---|
/// | `section`, `:root` (same as `section`), `section.CLASS` | the slide (`CLASS` from the `class` directive) |
/// | `section::after`, `section.CLASS::after` | the page number |
/// | `h1`…`h6`, `p`, `ul`, `ol`, `li`, `table`, `thead`, `tr`, `th`, `td`, `code`, `pre`, `blockquote`, `header`, `footer`, `a`, `strong` | elements |
/// | `.columns` | the `<div class="columns">` two-column layout |
/// | `section ELEMENT`, `section.CLASS ELEMENT`, `.columns ELEMENT` (also with `>`, kept as ` `) | one element inside a slide (of a class) or the columns |
///
/// | properties | |
/// |---|---|
/// | `background`, `background-color`, `background-image` | fills |
/// | `color`, `font-family`, `font-size`, `font-weight`, `line-height`, `text-align` | text |
/// | `padding`, `padding-top`, `padding-right`, `padding-bottom`, `padding-left` | the slide's padding |
/// | `border`, `border-color`, `border-left`, `border-left-color` | table and block-quote borders |
/// | `display`, `gap`, `column-gap`, `grid-template-columns`, `justify-content` | the columns layout, vertical alignment |
///
/// Which element each property applies to is the layout's business (`StyleSheet`); this
/// list is the union, kept to what the layout draws.
///
/// `!important` is accepted and dropped (there is one cascade: theme, then the deck's
/// rules in order, then scoped rules). Comments are allowed.
enum StyleSubset {
    static let elements: Set<String> = [
        "h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "table", "thead", "tr", "th", "td",
        "code", "pre", "blockquote", "header", "footer", "a", "strong",
    ]

    static let properties: [String] = [
        "background", "background-color", "background-image",
        "color", "font-family", "font-size", "font-weight", "line-height", "text-align",
        "padding", "padding-top", "padding-right", "padding-bottom", "padding-left",
        "border", "border-color", "border-left", "border-left-color",
        "display", "gap", "column-gap", "grid-template-columns", "justify-content",
    ]

    /// The selector in its normal form (single spaces, `:root` as `section`), or nil
    /// when it is outside the subset.
    static func normalizedSelector(_ raw: String) -> String? {
        var parts = raw.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" })
            .map { $0 == ":root" ? "section" : String($0) }
        // `section > h1`: a slide's elements are its children, so `>` means the same as ` `.
        if parts.count == 3, parts[1] == ">" { parts.remove(at: 1) }
        switch parts.count {
        case 1:
            return isSlide(parts[0], allowAfter: true) || elements.contains(parts[0]) || parts[0] == ".columns" ? parts[0] : nil
        case 2:
            let scope = isSlide(parts[0], allowAfter: false) || parts[0] == ".columns"
            return scope && elements.contains(parts[1]) ? parts.joined(separator: " ") : nil
        default:
            return nil
        }
    }

    /// `section`, `section.CLASS` and, when allowed, their `::after`.
    private static func isSlide(_ part: String, allowAfter: Bool) -> Bool {
        var part = Substring(part)
        if allowAfter, part.hasSuffix("::after") { part = part.dropLast(7) }
        guard part.hasPrefix("section") else { return false }
        let classes = part.dropFirst(7)
        if classes.isEmpty { return true }
        guard classes.hasPrefix(".") else { return false }
        return classes.dropFirst().split(separator: ".", omittingEmptySubsequences: false).allSatisfy { name in
            !name.isEmpty && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        }
    }
}
