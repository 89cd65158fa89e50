import Flowchart
import Scene

/// The CSS declarations this module understands, read from `style`/`classDef`/`linkStyle`.
/// Unknown properties and values that do not parse are ignored (the syntax checks report them).
struct CSSStyle: Hashable, Sendable {
    var fill: Color?
    var stroke: Color?
    var strokeWidth: Double?
    var dash: [Double]?
    var color: Color?
    var fontSize: Double?
    var fontWeight: Int?
    var italic: Bool?
    var opacity: Double?
    /// Dash speed (units per second) from a CSS `animation` (mermaid's `dash 25s linear
    /// infinite` moving `stroke-dashoffset` from 900 to 0); nil when not animated.
    var dashSpeed: Double?

    init(_ declarations: StyleDeclarations) {
        fill = declarations["fill"].flatMap(CSSStyle.color)
        stroke = declarations["stroke"].flatMap(CSSStyle.color)
        strokeWidth = declarations["stroke-width"].flatMap(CSSStyle.length)
        dash = declarations["stroke-dasharray"].flatMap(CSSStyle.dashes)
        color = declarations["color"].flatMap(CSSStyle.color)
        fontSize = declarations["font-size"].flatMap(CSSStyle.length)
        fontWeight = declarations["font-weight"].flatMap(CSSStyle.weight)
        italic = declarations["font-style"].map { CSSStyle.clean($0) == "italic" || CSSStyle.clean($0) == "oblique" }
        opacity = declarations["opacity"].flatMap { Double(CSSStyle.clean($0)) }.map { min(1, max(0, $0)) }
        let offset = declarations["stroke-dashoffset"].flatMap(CSSStyle.length) ?? 900
        dashSpeed = declarations["animation"].flatMap(CSSStyle.seconds).map { offset / $0 }
    }

    /// `fill: none` means no fill at all (not the theme's).
    static func isNone(_ value: String?) -> Bool { value.map { clean($0) == "none" } ?? false }

    static func clean(_ value: String) -> String {
        var v = value.lowercased()
        if let bang = v.firstIndex(of: "!") { v = String(v[..<bang]) }
        return v.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    static func color(_ value: String) -> Color? { Color(css: clean(value)) }

    /// `2px`, `2`, `1.5pt`-less numbers; nil otherwise.
    static func length(_ value: String) -> Double? {
        var v = clean(value)
        if v.hasSuffix("px") { v.removeLast(2) }
        guard let number = Double(v), number >= 0 else { return nil }
        return number
    }

    static func dashes(_ value: String) -> [Double]? {
        let v = clean(value)
        if v == "none" || v == "0" { return [] }
        let parts = v.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
        let numbers = parts.compactMap(length)
        guard numbers.count == parts.count, !numbers.isEmpty else { return nil }
        return numbers.allSatisfy { $0 == 0 } ? [] : numbers
    }

    /// The first positive duration (`25s`, `500ms`) of a CSS `animation` shorthand.
    static func seconds(_ value: String) -> Double? {
        for token in clean(value).split(separator: " ") {
            if token.hasSuffix("ms"), let ms = Double(token.dropLast(2)), ms > 0, ms.isFinite { return ms / 1000 }
            if token.hasSuffix("s"), let s = Double(token.dropLast()), s > 0, s.isFinite { return s }
        }
        return nil
    }

    static func weight(_ value: String) -> Int? {
        let v = clean(value)
        switch v {
        case "bold", "bolder": return 700
        case "normal", "lighter": return 400
        default: return Int(v).map { min(1000, max(1, $0)) }
        }
    }

    /// `base` with this style's font properties and colour applied.
    func textStyle(_ base: TextStyle) -> TextStyle {
        var style = base
        if let fontSize { style.size = fontSize }
        if let fontWeight { style.weight = fontWeight }
        if let italic { style.italic = italic }
        if let color { style.color = color }
        if let opacity { style.color.alpha *= opacity }
        return style
    }
}
