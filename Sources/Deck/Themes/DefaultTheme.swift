import Geometry
import Scene

extension DeckTheme {
    /// Marp's `default` theme look-alike: GitHub Markdown on white, content centred vertically.
    public static let marpDefault = DeckTheme(
        name: "default", background: .white, text: Color(rgb: 0x1F2328), fontSize: 29, lineHeight: 1.5,
        padding: Insets(top: 78.5, left: 78.5, bottom: 78.5, right: 78.5), placement: .center,
        headingScale: [1.6, 1.3, 1.1, 1.05, 1, 0.9],
        headingColors: [Color(rgb: 0x224466), nil, nil, nil, nil, Color(rgb: 0x59636E)],
        headingWeight: 600, headingStrong: Color(rgb: 0x4488CC),
        headingSpaceAbove: 24, headingSpaceBelow: 16, blockSpaceAbove: 0, blockSpaceBelow: 16,
        headingRule: nil, link: Color(rgb: 0x0969DA), codeText: Color(rgb: 0x1F2328),
        codeBackground: Color(red: 175 / 255, green: 184 / 255, blue: 193 / 255, alpha: 0.2),
        codeBlockText: Color(rgb: 0x1F2328), codeBlockBackground: Color(rgb: 0xF6F8FA),
        codeBlockBorder: Color(rgb: 0x999999), codeBlockScale: 0.85,
        codeHighlightLine: Color(rgb: 0xFFF8C5), quoteBar: Color(rgb: 0xD0D7DE), quoteText: Color(rgb: 0x59636E),
        tableBorder: Color(rgb: 0xD0D7DE), tableHeaderBackground: nil, tableHeaderText: nil,
        tableStripe: Color(rgb: 0xF6F8FA), rule: Color(rgb: 0xD0D7DE), accent: Color(rgb: 0x0969DA),
        headerFooterColor: Color(rgb: 0x666666, alpha: 0.75), headerFooterSize: 18,
        headerFooterInset: Insets(top: 21, left: 30, bottom: 21, right: 30),
        pageNumberColor: Color(rgb: 0x777777), pageNumberSize: 24, pageNumberInset: Point(x: 30, y: 21),
        syntax: .light)

    /// `default` under `class: invert`.
    static func marpDefaultInverted(_ theme: inout DeckTheme) {
        theme.background = Color(rgb: 0x222222)
        theme.text = Color(rgb: 0xE6EAF0)
        theme.link = Color(rgb: 0x50B3FF)
        theme.headingColors = [Color(rgb: 0xA3C5E7), Color(rgb: 0xEBEFF5), Color(rgb: 0xEBEFF5),
                               Color(rgb: 0xEBEFF5), Color(rgb: 0xEBEFF5), Color(rgb: 0x939699)]
        theme.headingStrong = Color(rgb: 0x77BBFF)
        theme.quoteBar = Color(rgb: 0x3D3F43)
        theme.quoteText = Color(rgb: 0x939699)
        theme.rule = Color(rgb: 0x3D3F43)
        theme.headerFooterColor = Color(rgb: 0x999999, alpha: 0.75)
        theme.pageNumberColor = Color(rgb: 0x999999)
        theme.codeText = Color(rgb: 0xE6EAF0)
        theme.codeBackground = Color(rgb: 0x111111)
        theme.codeBlockText = Color(rgb: 0xE6EAF0)
        theme.codeBlockBackground = Color(rgb: 0x0A0E12)
        theme.codeBlockBorder = Color(rgb: 0x777777)
        theme.codeHighlightLine = Color(rgb: 0x3A3520)
        theme.tableBorder = Color(rgb: 0x5B5E61)
        theme.tableStripe = Color(rgb: 0x1B2024)
        theme.syntax = .dark
    }
}
