import Scene

/// mermaid's `themeVariables` turned into a `FlowchartTheme`, with the derivation rules of
/// mermaid's `base` theme: secondary and tertiary colours by hue rotation, borders by
/// `mkBorder` (less saturated, darker; lighter in dark mode), line colour by inverting the
/// background, title colour by inverting the tertiary colour. A variable the user gives
/// always wins over the derived one. Colours are CSS values; unreadable ones are ignored.
enum FlowchartThemeVariables {
    /// The `base` theme with `variables` applied.
    static func base(_ variables: [String: String]) -> FlowchartTheme {
        let given = Lookup(variables)
        let dark = given.flag("darkMode")
        let background = given.color("background") ?? Color(rgb: 0xF4F4F4)
        let primary = given.color("primaryColor") ?? Color(rgb: 0xFFF4DD)
        let primaryText = given.color("primaryTextColor") ?? Color(rgb: dark ? 0xEEEEEE : 0x333333)
        let secondary = given.color("secondaryColor") ?? ColorMath.adjust(primary, hue: -120)
        let tertiary = given.color("tertiaryColor") ?? ColorMath.adjust(primary, hue: 180, lightness: 5)
        let primaryBorder = given.color("primaryBorderColor") ?? ColorMath.border(for: primary, darkMode: dark)
        let tertiaryBorder = given.color("tertiaryBorderColor") ?? ColorMath.border(for: tertiary, darkMode: dark)
        let tertiaryText = given.color("tertiaryTextColor") ?? ColorMath.invert(tertiary)
        let line = given.color("lineColor") ?? ColorMath.invert(background)
        let text = given.color("textColor") ?? primaryText
        let edgeLabel = given.color("edgeLabelBackground") ?? (dark ? ColorMath.darken(secondary, 30) : secondary)
        var theme = FlowchartTheme(
            name: "base",
            // mermaid paints no page background; `background` only seeds derived colours
            // unless the user sets it, then it is the page colour too.
            background: given.color("background") ?? .white,
            nodeFill: given.color("mainBkg") ?? given.color("nodeBkg") ?? primary,
            nodeStroke: given.color("nodeBorder") ?? primaryBorder,
            nodeText: given.color("nodeTextColor") ?? primaryText,
            line: given.color("defaultLinkColor") ?? line,
            edgeLabelBackground: edgeLabel, edgeLabelText: text,
            clusterFill: given.color("clusterBkg") ?? tertiary,
            clusterStroke: given.color("clusterBorder") ?? tertiaryBorder,
            clusterTitle: given.color("titleColor") ?? tertiaryText,
            titleText: text)
        theme.fontFamily = given.fontFamily
        theme.fontSize = given.fontSize
        return theme
    }

    /// A built-in theme with the user's variables put over its colours. mermaid's named
    /// themes set their inputs (`mainBkg`, `border1`, `secondBkg`, `border2`, `textColor`,
    /// `labelBackground`) as constants and derive the flowchart variables from those, so
    /// `primaryColor` does not recolour them; the inputs and the flowchart variables do.
    static func overriding(_ theme: FlowchartTheme, with variables: [String: String]) -> FlowchartTheme {
        let given = Lookup(variables)
        var result = theme
        let isDark = theme.name == "dark"
        if let c = given.color("background") { result.background = c }
        if let c = given.color("nodeBkg") ?? given.color("mainBkg") { result.nodeFill = c }
        if let c = given.color("nodeBorder") ?? given.color("border1") { result.nodeStroke = c }
        if let c = given.color("textColor") {
            result.nodeText = c
            result.edgeLabelText = c
            result.titleText = c
            if theme.name == "default" { result.clusterTitle = c }
        }
        if let c = given.color("nodeTextColor") { result.nodeText = c }
        if let c = given.color("lineColor") ?? given.color("defaultLinkColor") { result.line = c }
        if let c = given.color("labelBackground") {
            result.edgeLabelBackground = isDark ? ColorMath.lighten(c, 25) : c
        }
        if let c = given.color("edgeLabelBackground") { result.edgeLabelBackground = c }
        // dark derives its cluster fill from the node fill (16 points lighter).
        if isDark, let main = given.color("mainBkg") { result.clusterFill = ColorMath.lighten(main, 16) }
        if let c = given.color("clusterBkg") ?? given.color("secondBkg") { result.clusterFill = c }
        if let c = given.color("clusterBorder") ?? given.color("border2") { result.clusterStroke = c }
        if let c = given.color("titleColor") { result.clusterTitle = c }
        result.fontFamily = given.fontFamily
        result.fontSize = given.fontSize
        return result
    }

    /// Bundled family for a CSS `font-family` list: JetBrains Mono for a monospace family,
    /// Inter for everything else (Trellis bundles only these two).
    static func bundledFamily(for list: String) -> String {
        let names = list.split(separator: ",").map {
            $0.trimmingCharacters(in: " \t\"'").lowercased()
        }
        let mono = ["mono", "courier", "consol", "menlo", "code"]
        for name in names {
            if mono.contains(where: { name.contains($0) }) { return "JetBrains Mono" }
            if name.contains("inter") || name.contains("sans") || name.contains("serif") { return "Inter" }
        }
        return "Inter"
    }

    /// Case-sensitive variable access, as mermaid's keys are.
    private struct Lookup {
        let variables: [String: String]
        init(_ variables: [String: String]) { self.variables = variables }

        func color(_ key: String) -> Color? { variables[key].flatMap { Color(css: $0) } }

        func flag(_ key: String) -> Bool { variables[key]?.lowercased() == "true" }

        var fontFamily: String? { variables["fontFamily"].map(FlowchartThemeVariables.bundledFamily) }

        /// `16px`, `16` or `1.2em` (of 16 px); nil when absent or not a positive size.
        var fontSize: Double? {
            guard var text = variables["fontSize"]?.lowercased() else { return nil }
            var factor = 1.0
            if text.hasSuffix("px") { text.removeLast(2) } else if text.hasSuffix("em") { text.removeLast(2); factor = 16 }
            guard let value = Double(text.trimmingCharacters(in: " ")), value > 0, value < 200 else { return nil }
            return value * factor
        }
    }
}

private extension Substring {
    func trimmingCharacters(in set: String) -> String {
        var s = self
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}

private extension String {
    func trimmingCharacters(in set: String) -> String { Substring(self).trimmingCharacters(in: set) }
}
