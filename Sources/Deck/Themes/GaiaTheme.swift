import Geometry
import Scene

extension DeckTheme {
    /// Marp's `gaia` theme look-alike: cream and slate, content from the top, `lead` centres.
    public static let gaia: DeckTheme = {
        var theme = DeckTheme(
            name: "gaia", background: Color(rgb: 0xFFF8E1), text: Color(rgb: 0x455A64), fontSize: 35, lineHeight: 1.35,
            padding: Insets(top: 70, left: 70, bottom: 70, right: 70), placement: .top,
            headingScale: [1.8, 1.5, 1.3, 1.1, 1, 0.9], headingColors: [nil],
            headingWeight: 700, headingStrong: nil,
            headingSpaceAbove: 28, headingSpaceBelow: 0, blockSpaceAbove: 35, blockSpaceBelow: 0,
            headingRule: nil, link: .white, codeText: .white, codeBackground: .white,
            codeBlockText: .white, codeBlockBackground: .white, codeBlockBorder: nil, codeBlockScale: 0.7,
            codeHighlightLine: .white, quoteBar: nil, quoteText: .white,
            tableBorder: .white, tableHeaderBackground: nil, tableHeaderText: nil, tableStripe: nil,
            rule: .white, accent: .white, headerFooterColor: .white, headerFooterSize: 23.1,
            headerFooterInset: Insets(top: 24, left: 25, bottom: 24, right: 25),
            pageNumberColor: .white, pageNumberSize: 28, pageNumberInset: Point(x: 25, y: 21), syntax: .dark)
        gaiaColors(&theme, light: Color(rgb: 0xFFF8E1), dark: Color(rgb: 0x455A64),
                   highlight: Color(rgb: 0x0288D1), background: Color(rgb: 0xFFF8E1), foreground: Color(rgb: 0x455A64))
        return theme
    }()

    /// Gaia's colour scheme: every colour derives from background, foreground and highlight.
    static func gaiaColors(_ theme: inout DeckTheme, light: Color, dark: Color, highlight: Color,
                           background: Color, foreground: Color) {
        let dimmed = foreground.mixed(with: background, 0.2)
        theme.background = background
        theme.text = foreground
        theme.headingColors = [nil]
        theme.headingStrong = highlight
        theme.link = highlight
        theme.accent = highlight
        theme.codeText = background
        theme.codeBackground = dimmed
        theme.codeBlockText = background
        theme.codeBlockBackground = foreground
        theme.codeHighlightLine = foreground.mixed(with: background, 0.2)
        theme.quoteBar = dimmed
        theme.quoteText = foreground
        theme.tableBorder = foreground
        theme.tableHeaderBackground = foreground
        theme.tableHeaderText = background
        theme.tableStripe = foreground.withAlpha(0.1)
        theme.rule = dimmed
        theme.headerFooterColor = dimmed
        theme.pageNumberColor = dimmed
        theme.syntax = background.luminance > 0.5 ? .dark : .light
    }

    /// `gaia` under `class: invert` (dark slate) or `class: gaia` (primary blue).
    static func gaiaVariant(_ theme: inout DeckTheme, className: String) {
        let light = Color(rgb: 0xFFF8E1), dark = Color(rgb: 0x455A64)
        if className == "gaia" {
            gaiaColors(&theme, light: light, dark: dark, highlight: Color(rgb: 0x81D4FA),
                       background: Color(rgb: 0x0288D1), foreground: light)
        } else {
            gaiaColors(&theme, light: light, dark: dark, highlight: Color(rgb: 0x81D4FA),
                       background: dark, foreground: light)
        }
    }
}
