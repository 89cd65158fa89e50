import Geometry
import Scene
import SyntaxHighlight

/// The look of a slide: page colours, fonts, block spacing and the colours of every
/// Markdown element. Themes are values; `class` names and CSS rules produce modified copies.
public struct DeckTheme: Hashable, Sendable {
    /// Where content sits vertically in the slide's content box.
    public enum VerticalPlacement: Hashable, Sendable { case top, center }
    /// How page numbers read.
    public enum PageNumberStyle: Hashable, Sendable { case number, numberOfTotal }

    public var name: String
    public var background: Color
    public var text: Color
    public var fontFamily = "Inter"
    public var codeFamily = "JetBrains Mono"
    /// Body font size in px.
    public var fontSize: Double
    /// CSS `line-height` of body text (a multiple of the font size).
    public var lineHeight: Double
    public var padding: Insets
    public var placement: VerticalPlacement
    public var alignment: TextAlignment = .left
    /// Font sizes of h1...h6 as multiples of `fontSize`.
    public var headingScale: [Double]
    /// Colours of h1...h6 (nil: the body colour).
    public var headingColors: [Color?]
    public var headingWeight = 700
    /// Colour of `**strong**` inside headings (nil: the heading colour).
    public var headingStrong: Color?
    /// Margins above and below headings in px (adjacent margins collapse to the larger).
    public var headingSpaceAbove: Double
    public var headingSpaceBelow: Double
    /// Margins above and below other blocks (paragraphs, lists, tables, code) in px.
    public var blockSpaceAbove: Double
    public var blockSpaceBelow: Double
    /// A line under h1 (the `trellis` theme's accent rule).
    public var headingRule: Color?
    public var link: Color
    public var codeText: Color
    public var codeBackground: Color
    /// Inline code size as a multiple of the surrounding text.
    public var codeScale = 0.85
    public var codeBlockText: Color
    public var codeBlockBackground: Color
    public var codeBlockBorder: Color?
    /// Code block size as a multiple of `fontSize`.
    public var codeBlockScale: Double
    public var codeHighlightLine: Color
    public var quoteBar: Color?
    public var quoteText: Color
    public var tableBorder: Color
    public var tableHeaderBackground: Color?
    public var tableHeaderText: Color?
    public var tableStripe: Color?
    public var rule: Color
    public var accent: Color
    public var headerFooterColor: Color
    public var headerFooterSize: Double
    /// Distance of header text from the top edge and of footer text from the bottom edge.
    public var headerFooterInset: Insets
    public var pageNumberColor: Color
    public var pageNumberSize: Double
    /// Distance of the page number from the right and bottom edges.
    public var pageNumberInset: Point
    public var pageNumberStyle: PageNumberStyle = .number
    /// Colour of list bullets (nil: the text colour).
    public var bulletColor: Color?
    /// Colour of `**strong**` body text (nil: the text colour).
    public var strongColor: Color?
    /// `background-image: url(…)` from CSS, drawn like the `backgroundImage` directive.
    public var backgroundImage: String?
    /// Gap between `<div class="columns">` columns in px (nil: one em).
    public var columnGap: Double?
    /// Relative widths of the columns from `grid-template-columns` (`1fr 2fr`); empty: equal.
    public var columnWeights: [Double] = []
    /// Colour of the triangle behind the page number (uncover), when drawn.
    public var pageNumberBackdrop: Color?
    /// Colour of each highlighted code role.
    public var syntax: SyntaxPalette

    /// The size of heading level `level` (1...6) in px.
    public func headingSize(_ level: Int) -> Double {
        fontSize * headingScale[max(0, min(headingScale.count - 1, level - 1))]
    }

    /// The colour of heading level `level`.
    public func headingColor(_ level: Int) -> Color {
        headingColors[max(0, min(headingColors.count - 1, level - 1))] ?? text
    }
}
