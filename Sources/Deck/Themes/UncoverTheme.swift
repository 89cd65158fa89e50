import Geometry
import Scene

extension DeckTheme {
    /// Marp's `uncover` theme look-alike: large centred text, minimal chrome.
    public static let uncover: DeckTheme = {
        var theme = DeckTheme(
            name: "uncover", background: .white, text: .black, fontSize: 40, lineHeight: 1.4,
            padding: Insets(top: 30, left: 70, bottom: 30, right: 70), placement: .center,
            headingScale: [2, 1.7, 1.4, 1.2, 1, 0.8], headingColors: [nil],
            headingWeight: 700, headingStrong: nil,
            headingSpaceAbove: 15, headingSpaceBelow: 30, blockSpaceAbove: 0, blockSpaceBelow: 15,
            headingRule: nil, link: .black, codeText: .black, codeBackground: .white,
            codeBlockText: .black, codeBlockBackground: .white, codeBlockBorder: nil, codeBlockScale: 0.7,
            codeHighlightLine: .white, quoteBar: nil, quoteText: .black,
            tableBorder: .black, tableHeaderBackground: nil, tableHeaderText: nil, tableStripe: nil,
            rule: .black, accent: .black, headerFooterColor: .black, headerFooterSize: 18,
            headerFooterInset: Insets(top: 30, left: 70, bottom: 30, right: 70),
            pageNumberColor: .black, pageNumberSize: 24, pageNumberInset: Point(x: 30, y: 30), syntax: .light)
        theme.alignment = .center
        uncoverColors(&theme, background: Color(rgb: 0xFDFCFF), text: Color(rgb: 0x202228),
                      highlight: Color(rgb: 0x009DD5))
        return theme
    }()

    /// Uncover's colour scheme from its three inputs.
    static func uncoverColors(_ theme: inout DeckTheme, background: Color, text: Color, highlight: Color) {
        theme.background = background
        theme.text = text
        theme.headingColors = [nil]
        theme.headingStrong = highlight.mixed(with: .white, 0.2)
        theme.link = highlight
        theme.accent = highlight
        theme.codeText = text
        theme.codeBackground = background.mixed(with: text, 0.05)
        theme.codeBlockText = text
        theme.codeBlockBackground = background.mixed(with: text, 0.05)
        theme.codeHighlightLine = background.mixed(with: highlight, 0.15)
        theme.quoteBar = highlight.withAlpha(0.5)
        theme.quoteText = text
        theme.tableBorder = text
        theme.rule = text.withAlpha(0.3)
        theme.headerFooterColor = text.withAlpha(0.4)
        theme.pageNumberColor = text
        theme.pageNumberBackdrop = text.withAlpha(0.05)
        theme.syntax = background.luminance > 0.5 ? .light : .dark
    }

    /// `uncover` under `class: invert`.
    static func uncoverInverted(_ theme: inout DeckTheme) {
        uncoverColors(&theme, background: Color(rgb: 0x202228), text: .white, highlight: Color(rgb: 0x60D0F0))
    }
}
