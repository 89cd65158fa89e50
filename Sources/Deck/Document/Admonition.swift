import Native
import Scene

/// A GitHub alert (`> [!NOTE]`, `[!TIP]`, `[!IMPORTANT]`, `[!WARNING]`, `[!CAUTION]`): a block
/// quote whose first line is the marker, drawn as a coloured call-out with a title.
public struct Admonition: Hashable, Sendable {
    /// The five kinds GitHub draws, with their titles and colours.
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        case note, tip, important, warning, caution

        public var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

        /// GitHub's colour of the kind.
        public var color: Color {
            switch self {
            case .note: return Color(rgb: 0x0969DA)
            case .tip: return Color(rgb: 0x1A7F37)
            case .important: return Color(rgb: 0x8250DF)
            case .warning: return Color(rgb: 0x9A6700)
            case .caution: return Color(rgb: 0xCF222E)
            }
        }
    }

    public var kind: Kind
    /// The quote's blocks with the marker removed.
    public var blocks: [MarkdownNode]

    /// The alert a block quote is, or nil for an ordinary quote.
    public init?(_ quote: MarkdownNode) {
        guard case .blockQuote = quote.kind, let first = quote.children.first, case .paragraph = first.kind,
              let lead = first.children.first, case .text(let text) = lead.kind else { return nil }
        let trimmed = text.drop { $0 == " " }
        guard trimmed.hasPrefix("[!"), let close = trimmed.firstIndex(of: "]") else { return nil }
        let name = trimmed[trimmed.index(trimmed.startIndex, offsetBy: 2)..<close].lowercased()
        guard let kind = Kind(rawValue: name) else { return nil }
        let rest = trimmed[trimmed.index(after: close)...]
        // GitHub wants the marker alone on its line.
        guard rest.allSatisfy({ $0 == " " }) else { return nil }
        self.kind = kind
        var paragraph = first
        paragraph.children.removeFirst()
        while let next = paragraph.children.first, next.kind == .softBreak || next.kind == .lineBreak {
            paragraph.children.removeFirst()
        }
        var blocks = Array(quote.children.dropFirst())
        if !paragraph.children.isEmpty { blocks.insert(paragraph, at: 0) }
        self.blocks = blocks
    }
}
