import Foundation
import Geometry
import Scene

/// Applies the supported CSS subset (`StyleRule`s from `style:` and `<style>`) over a theme.
/// Selectors are matched loosely: an optional `section` / `section.class` part (the slide
/// must have the class), then the element (`h1`…`h6`, `table`, `th`, `td`, `header`,
/// `footer`, `code`, `pre`, `a`, `blockquote`, `section::after` for the page number).
public enum StyleSheet {
    public static func apply(_ rules: [StyleRule], to theme: DeckTheme, classes: [String]) -> DeckTheme {
        var result = theme
        for rule in rules {
            for selector in rule.selector.split(separator: ",") {
                guard let target = target(String(selector), classes: classes) else { continue }
                for declaration in rule.declarations {
                    apply(declaration.property.lowercased(), value(declaration.value), target: target, to: &result)
                }
            }
        }
        return result
    }

    private static func value(_ raw: String) -> String {
        raw.replacingOccurrences(of: "!important", with: "").trimmingCharacters(in: .whitespaces)
    }

    /// The element a selector styles on this slide, or nil when it does not apply.
    static func target(_ selector: String, classes: [String]) -> String? {
        let parts = selector.lowercased().split(separator: " ").map(String.init).filter { $0 != ">" }
        guard let last = parts.last else { return nil }
        for part in parts where part.hasPrefix("section") || part.hasPrefix(":root") || part.hasPrefix(".") {
            let names = part.split(separator: ".").dropFirst().map { String($0.split(separator: ":").first ?? "") }
            if part.hasPrefix(".") {
                let name = String(part.dropFirst())
                if name == "columns" { continue }  // `.columns X` styles X (approximately: everywhere)
                if !classes.contains(name) { return nil }
            } else if !names.allSatisfy({ classes.contains($0) }) {
                return nil
            }
        }
        if last.hasPrefix("section") || last.hasPrefix(":root") {
            return last.hasSuffix("::after") ? "pagination" : "section"
        }
        if last.hasPrefix(".") { return last == ".columns" ? "columns" : "section" }
        if last == "p" || last == "li" || last == "ul" || last == "ol" { return "body" }
        return last.split(separator: ":").first.map(String.init)
    }

    static func apply(_ property: String, _ value: String, target: String, to theme: inout DeckTheme) {
        let color = Color(css: value)
        switch (target, property) {
        case ("section", "color"): if let color { theme.text = color; theme.headingColors = [nil] }
        case ("section", "background-color"), ("section", "background"):
            if let color {
                theme.background = color
            } else if value.lowercased().contains("url(") {
                theme.backgroundImage = value.split(separator: " ").first { $0.lowercased().hasPrefix("url(") }.map(String.init)
            }
        case ("section", "font-size"): if let px = length(value, base: theme.fontSize) { theme.fontSize = px }
        case ("section", "font-family"), ("code", "font-family"), ("pre", "font-family"):
            let mono = value.lowercased().contains("mono") || value.lowercased().contains("courier")
            if target == "section" { theme.fontFamily = mono ? theme.codeFamily : "Inter" }
        case ("section", "padding"): if let insets = padding(value, base: theme.fontSize) { theme.padding = insets }
        case ("section", "padding-top"): if let v = length(value, base: theme.fontSize) { theme.padding.top = v }
        case ("section", "padding-bottom"): if let v = length(value, base: theme.fontSize) { theme.padding.bottom = v }
        case ("section", "padding-left"): if let v = length(value, base: theme.fontSize) { theme.padding.left = v }
        case ("section", "padding-right"): if let v = length(value, base: theme.fontSize) { theme.padding.right = v }
        case ("section", "background-image"): theme.backgroundImage = value
        case ("body", "color"): if let color { theme.text = color }
        case ("body", "font-size"): if let px = length(value, base: theme.fontSize) { theme.fontSize = px }
        case ("body", "line-height"): if let v = Double(value), v > 0.5, v < 4 { theme.lineHeight = v }
        case ("pre", "font-size"):
            if let px = length(value, base: theme.fontSize), px > 0 { theme.codeBlockScale = px / theme.fontSize }
        case ("code", "font-size"):
            if let px = length(value, base: theme.fontSize), px > 0 { theme.codeScale = px / theme.fontSize }
        case ("strong", "color"): theme.strongColor = color
        case ("columns", "gap"), ("columns", "column-gap"): theme.columnGap = length(value.split(separator: " ").last.map(String.init) ?? value, base: theme.fontSize)
        case ("columns", "grid-template-columns"): theme.columnWeights = columnWeights(value)
        case (let h, "font-weight") where h.count == 2 && h.hasPrefix("h"):
            theme.headingWeight = value == "bold" || value == "bolder" ? 700 : value == "normal" ? 400 : Int(value) ?? theme.headingWeight
        case ("blockquote", "border-left"), ("blockquote", "border"):
            if let c = value.split(separator: " ").compactMap({ Color(css: String($0)) }).last { theme.quoteBar = c }
        case ("table", "border"), ("th", "border"), ("td", "border"):
            if let c = value.split(separator: " ").compactMap({ Color(css: String($0)) }).last { theme.tableBorder = c }
        case ("section", "line-height"): if let v = Double(value), v > 0.5, v < 4 { theme.lineHeight = v }
        case ("section", "text-align"):
            theme.alignment = value == "center" ? .center : value == "right" ? .right : .left
        case ("section", "justify-content"):
            theme.placement = value == "center" ? .center : .top
        case (let h, "color") where h.count == 2 && h.hasPrefix("h"):
            if let level = Int(h.dropFirst()), (1...6).contains(level), let color {
                while theme.headingColors.count < 6 { theme.headingColors.append(theme.headingColors.last ?? nil) }
                theme.headingColors[level - 1] = color
            }
        case (let h, "font-size") where h.count == 2 && h.hasPrefix("h"):
            if let level = Int(h.dropFirst()), (1...6).contains(level), let px = length(value, base: theme.fontSize) {
                theme.headingScale[level - 1] = px / theme.fontSize
            }
        case ("header", "color"), ("footer", "color"): if let color { theme.headerFooterColor = color }
        case ("header", "font-size"), ("footer", "font-size"):
            if let px = length(value, base: theme.fontSize) { theme.headerFooterSize = px }
        case ("pagination", "color"): if let color { theme.pageNumberColor = color }
        case ("pagination", "font-size"): if let px = length(value, base: theme.fontSize) { theme.pageNumberSize = px }
        case ("a", "color"): if let color { theme.link = color }
        case ("code", "color"): if let color { theme.codeText = color }
        case ("code", "background-color"), ("code", "background"): if let color { theme.codeBackground = color }
        case ("pre", "background-color"), ("pre", "background"): if let color { theme.codeBlockBackground = color }
        case ("pre", "color"): if let color { theme.codeBlockText = color }
        case ("blockquote", "color"): if let color { theme.quoteText = color }
        case ("blockquote", "border-color"), ("blockquote", "border-left-color"): if let color { theme.quoteBar = color }
        case ("th", "background-color"), ("th", "background"), ("thead", "background"), ("thead", "background-color"):
            if let color { theme.tableHeaderBackground = color }
        case ("th", "color"), ("thead", "color"): if let color { theme.tableHeaderText = color }
        case ("table", "border-color"), ("th", "border-color"), ("td", "border-color"):
            if let color { theme.tableBorder = color }
        case ("td", "background-color"), ("td", "background"), ("tr", "background-color"):
            if let color { theme.tableStripe = color }
        default: break
        }
    }

    /// `1fr 2fr`, `repeat(3, 1fr)`, `40% 60%` as relative weights.
    static func columnWeights(_ value: String) -> [Double] {
        let v = value.lowercased()
        if v.hasPrefix("repeat("), let comma = v.firstIndex(of: ","), let n = Int(v.dropFirst(7).prefix { $0 != "," }
            .trimmingCharacters(in: .whitespaces)), n > 0, n <= 12, v[comma...].count > 1 {
            return Array(repeating: 1, count: n)
        }
        let weights = v.split(separator: " ").compactMap { part -> Double? in
            if part.hasSuffix("fr") { return Double(part.dropLast(2)) }
            if part.hasSuffix("%") { return Double(part.dropLast()) }
            if part.hasSuffix("px") { return Double(part.dropLast(2)) }
            if part == "auto" || part.hasPrefix("minmax") { return 1 }
            return nil
        }
        return weights.count >= 2 && weights.allSatisfy { $0 > 0 } ? weights : []
    }

    /// `24px`, `1.2em`, `120%`, `18pt`, `2rem` in px.
    static func length(_ text: String, base: Double) -> Double? {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        let units: [(String, Double)] = [("px", 1), ("rem", base), ("em", base), ("%", base / 100), ("pt", 4.0 / 3.0)]
        for (unit, factor) in units where t.hasSuffix(unit) {
            guard let v = Double(t.dropLast(unit.count)), v >= 0, v < 10_000 else { return nil }
            return v * factor
        }
        if let v = Double(t), v == 0 { return 0 }
        return nil
    }

    /// CSS `padding` shorthand with one to four lengths.
    static func padding(_ text: String, base: Double) -> Insets? {
        let v = text.split(separator: " ").compactMap { length(String($0), base: base) }
        switch v.count {
        case 1: return Insets(top: v[0], left: v[0], bottom: v[0], right: v[0])
        case 2: return Insets(top: v[0], left: v[1], bottom: v[0], right: v[1])
        case 3: return Insets(top: v[0], left: v[1], bottom: v[2], right: v[1])
        case 4: return Insets(top: v[0], left: v[3], bottom: v[2], right: v[1])
        default: return nil
        }
    }
}
