import Geometry
import Scene

extension DeckTheme {
    /// Trellis's own theme for architecture handoff decks: white, high-contrast slate text,
    /// one blue accent (h1 rule, links, diagram borders), dark code blocks, `n / N` page numbers.
    public static let trellis: DeckTheme = {
        var theme = DeckTheme(
        name: "trellis", background: .white, text: Color(rgb: 0x1E293B), fontSize: 28, lineHeight: 1.45,
        padding: Insets(top: 76, left: 72, bottom: 72, right: 72), placement: .top,
        headingScale: [1.65, 1.3, 1.12, 1.0, 0.95, 0.9],
        headingColors: [Color(rgb: 0x0F172A), Color(rgb: 0x1D4ED8), Color(rgb: 0x0F172A), Color(rgb: 0x334155)],
        headingWeight: 700, headingStrong: Color(rgb: 0x2563EB),
        headingSpaceAbove: 22, headingSpaceBelow: 14, blockSpaceAbove: 0, blockSpaceBelow: 16,
        headingRule: Color(rgb: 0x2563EB), link: Color(rgb: 0x1D4ED8), codeText: Color(rgb: 0x0F172A),
        codeBackground: Color(rgb: 0xE2E8F0),
        codeBlockText: Color(rgb: 0xE2E8F0), codeBlockBackground: Color(rgb: 0x0F172A),
        codeBlockBorder: nil, codeBlockScale: 0.72,
        codeHighlightLine: Color(rgb: 0x1E3A8A), quoteBar: Color(rgb: 0x2563EB), quoteText: Color(rgb: 0x475569),
        tableBorder: Color(rgb: 0xCBD5E1), tableHeaderBackground: Color(rgb: 0x1E293B),
        tableHeaderText: .white, tableStripe: Color(rgb: 0xF1F5F9), rule: Color(rgb: 0xCBD5E1),
        accent: Color(rgb: 0x2563EB), headerFooterColor: Color(rgb: 0x64748B), headerFooterSize: 17,
        headerFooterInset: Insets(top: 26, left: 72, bottom: 26, right: 72),
        pageNumberColor: Color(rgb: 0x64748B), pageNumberSize: 17, pageNumberInset: Point(x: 72, y: 26),
        pageNumberStyle: .numberOfTotal, syntax: .dark)
        theme.bulletColor = Color(rgb: 0x2563EB)
        return theme
    }()

    /// `trellis` under `class: invert`: navy slide, light text, lighter accent.
    static func trellisInverted(_ theme: inout DeckTheme) {
        theme.background = Color(rgb: 0x0F172A)
        theme.text = Color(rgb: 0xE2E8F0)
        theme.headingColors = [.white, Color(rgb: 0x93C5FD), .white, Color(rgb: 0xCBD5E1)]
        theme.headingStrong = Color(rgb: 0x60A5FA)
        theme.headingRule = Color(rgb: 0x60A5FA)
        theme.link = Color(rgb: 0x93C5FD)
        theme.accent = Color(rgb: 0x60A5FA)
        theme.bulletColor = Color(rgb: 0x60A5FA)
        theme.codeText = Color(rgb: 0xE2E8F0)
        theme.codeBackground = Color(rgb: 0x1E293B)
        theme.codeBlockBackground = Color(rgb: 0x020617)
        theme.codeBlockBorder = Color(rgb: 0x334155)
        theme.quoteText = Color(rgb: 0x94A3B8)
        theme.quoteBar = Color(rgb: 0x60A5FA)
        theme.tableBorder = Color(rgb: 0x334155)
        theme.tableHeaderBackground = Color(rgb: 0x1D4ED8)
        theme.tableStripe = Color(rgb: 0x1E293B)
        theme.rule = Color(rgb: 0x334155)
        theme.headerFooterColor = Color(rgb: 0x94A3B8)
        theme.pageNumberColor = Color(rgb: 0x94A3B8)
    }
}
