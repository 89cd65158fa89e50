/// A PDF page size for `--paper`, in PostScript points (1/72 in), portrait.
public enum PaperSize: String, Sendable, CaseIterable {
    case a4
    case letter

    /// Width and height in points, portrait.
    public var points: (width: Double, height: Double) {
        switch self {
        case .a4: return (595.2756, 841.8898)
        case .letter: return (612, 792)
        }
    }

    /// Margin on every side of a paper page: half an inch.
    public static let margin = 36.0
}
