import Geometry
import Scene

extension DeckTheme {
    /// The look of typeset documents, in PDF points: Inter 10.5 pt on white, slate headings,
    /// light code panels for print, a blue accent for links, rules and diagram borders.
    public static let document = DeckTheme(
        name: "document", background: .white, text: Color(rgb: 0x1E293B), fontSize: 10.5, lineHeight: 1.45,
        padding: Insets(top: 0, left: 0, bottom: 0, right: 0), placement: .top,
        headingScale: [1.75, 1.4, 1.18, 1.05, 1.0, 0.95],
        headingColors: [Color(rgb: 0x0F172A), Color(rgb: 0x1E3A8A), Color(rgb: 0x0F172A), Color(rgb: 0x334155)],
        headingWeight: 700, headingStrong: nil,
        headingSpaceAbove: 16, headingSpaceBelow: 6, blockSpaceAbove: 0, blockSpaceBelow: 8,
        headingRule: nil, link: Color(rgb: 0x1D4ED8), codeText: Color(rgb: 0x0F172A),
        codeBackground: Color(rgb: 0xEEF2F6),
        codeBlockText: Color(rgb: 0x1F2328), codeBlockBackground: Color(rgb: 0xF6F8FA),
        codeBlockBorder: Color(rgb: 0xD8DEE4), codeBlockScale: 0.84,
        codeHighlightLine: Color(rgb: 0xFFF3BF), quoteBar: Color(rgb: 0xCBD5E1), quoteText: Color(rgb: 0x475569),
        tableBorder: Color(rgb: 0xCBD5E1), tableHeaderBackground: Color(rgb: 0xE2E8F0),
        tableHeaderText: Color(rgb: 0x0F172A), tableStripe: Color(rgb: 0xF8FAFC), rule: Color(rgb: 0xCBD5E1),
        accent: Color(rgb: 0x2563EB), headerFooterColor: Color(rgb: 0x64748B), headerFooterSize: 8.5,
        headerFooterInset: Insets(top: 34, left: 64, bottom: 34, right: 64),
        pageNumberColor: Color(rgb: 0x64748B), pageNumberSize: 8.5, pageNumberInset: Point(x: 64, y: 34),
        pageNumberStyle: .numberOfTotal, syntax: .light)
}
