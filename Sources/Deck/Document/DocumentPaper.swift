import Foundation

/// A page size in PDF points (1/72 in), portrait.
public struct DocumentPaper: Hashable, Sendable {
    public var name: String
    public var width: Double
    public var height: Double

    public static let a4 = DocumentPaper(name: "a4", width: 595.2756, height: 841.8898)
    public static let letter = DocumentPaper(name: "letter", width: 612, height: 792)

    /// `a4` or `letter` (any case), nil for other names.
    public static func named(_ name: String) -> DocumentPaper? {
        switch name.lowercased().trimmingCharacters(in: .whitespaces) {
        case "a4": return .a4
        case "letter", "us-letter", "usletter": return .letter
        default: return nil
        }
    }
}
