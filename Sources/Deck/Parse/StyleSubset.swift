/// The CSS subset decks may use in `style:`, `<style>` and `<style scoped>`; anything
/// else is reported (`deck.unsupported-css`) and not kept.
///
/// | selectors | |
/// |---|---|
/// | `section`, `:root` (same as `section`), `section.CLASS` | the slide (`CLASS` from the `class` directive) |
/// | `section::after`, `section.CLASS::after` | the page number |
/// | `h1`…`h6`, `p`, `ul`, `ol`, `li`, `table`, `thead`, `tbody`, `tr`, `th`, `td`, `code`, `pre`, `blockquote`, `header`, `footer`, `a`, `strong`, `em`, `del`, `img`, `mark`, `sup`, `figure`, `figcaption` | elements |
/// | `.columns` | the `<div class="columns">` two-column layout |
/// | `section ELEMENT`, `section.CLASS ELEMENT`, `.columns ELEMENT` | one element inside a slide (of a class) or the columns |
///
/// | properties | |
/// |---|---|
/// | `background`, `background-color`, `background-image`, `background-position`, `background-size` | fills |
/// | `color`, `font-family`, `font-size`, `font-weight`, `font-style`, `line-height`, `letter-spacing`, `text-align`, `text-transform`, `text-decoration` | text |
/// | `padding`, `padding-top`, `padding-right`, `padding-bottom`, `padding-left`, `margin-top`, `margin-bottom` | spacing |
/// | `border`, `border-color`, `border-width`, `border-bottom`, `border-left`, `border-radius` | borders |
/// | `display`, `gap`, `column-gap`, `grid-template-columns`, `justify-content`, `align-items`, `width`, `height` | boxes and the columns layout |
///
/// `!important` is accepted and dropped (there is one cascade: theme, then the deck's
/// rules in order, then scoped rules). Comments are allowed.
enum StyleSubset {
    static let elements: Set<String> = [
        "h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td",
        "code", "pre", "blockquote", "header", "footer", "a", "strong", "em", "del", "img", "mark", "sup",
        "figure", "figcaption",
    ]

    static let properties: [String] = [
        "background", "background-color", "background-image", "background-position", "background-size",
        "color", "font-family", "font-size", "font-weight", "font-style", "line-height", "letter-spacing",
        "text-align", "text-transform", "text-decoration",
        "padding", "padding-top", "padding-right", "padding-bottom", "padding-left", "margin-top", "margin-bottom",
        "border", "border-color", "border-width", "border-bottom", "border-left", "border-radius",
        "display", "gap", "column-gap", "grid-template-columns", "justify-content", "align-items", "width", "height",
    ]

    /// The selector in its normal form (single spaces, `:root` as `section`), or nil
    /// when it is outside the subset.
    static func normalizedSelector(_ raw: String) -> String? {
        let parts = raw.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" })
            .map { $0 == ":root" ? "section" : String($0) }
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
