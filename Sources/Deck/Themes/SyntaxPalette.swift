import Scene
import SyntaxHighlight

/// Colours of highlighted code roles.
public struct SyntaxPalette: Hashable, Sendable {
    public var keyword, type, function, string, number, comment, constant, meta, inserted, deleted: Color

    /// The colour of a role; `plain`, operators and punctuation use `text`.
    public func color(_ kind: HighlightKind, text: Color) -> Color {
        switch kind {
        case .keyword: return keyword
        case .type: return type
        case .function: return function
        case .string: return string
        case .number: return number
        case .comment: return comment
        case .constant, .variable: return constant
        case .meta, .attribute: return meta
        case .inserted: return inserted
        case .deleted: return deleted
        case .plain, .operator, .punctuation: return text
        }
    }

    /// GitHub-like colours on a light background.
    public static let light = SyntaxPalette(
        keyword: Color(rgb: 0xCF222E), type: Color(rgb: 0x953800), function: Color(rgb: 0x8250DF),
        string: Color(rgb: 0x0A3069), number: Color(rgb: 0x0550AE), comment: Color(rgb: 0x6E7781),
        constant: Color(rgb: 0x0550AE), meta: Color(rgb: 0x116329), inserted: Color(rgb: 0x116329),
        deleted: Color(rgb: 0x82071E))

    /// Colours for a dark code background.
    public static let dark = SyntaxPalette(
        keyword: Color(rgb: 0xFF7B72), type: Color(rgb: 0xFFA657), function: Color(rgb: 0xD2A8FF),
        string: Color(rgb: 0xA5D6FF), number: Color(rgb: 0x79C0FF), comment: Color(rgb: 0x8B949E),
        constant: Color(rgb: 0x79C0FF), meta: Color(rgb: 0x7EE787), inserted: Color(rgb: 0x7EE787),
        deleted: Color(rgb: 0xFFA198))
}
