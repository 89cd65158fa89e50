import Foundation

/// Heading anchors as GitHub makes them: lower case, punctuation and symbols dropped, each
/// space a hyphen (`## Backup & restore` → `backup--restore`); repeats get `-1`, `-2`…
public struct HeadingSlugs: Sendable {
    private var used: Set<String> = []

    public init() {}

    /// The slug of `text` without the uniqueness suffix.
    public static func slug(_ text: String) -> String {
        var slug = ""
        for scalar in text.lowercased().unicodeScalars {
            let properties = scalar.properties
            if scalar == " " {
                slug.append("-")
            } else if scalar == "-" || scalar == "_" {
                slug.unicodeScalars.append(scalar)
            } else if (properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark),
                      !properties.isEmojiPresentation {
                slug.unicodeScalars.append(scalar)
            }
        }
        return slug
    }

    /// A fresh anchor for a heading's text.
    public mutating func make(_ text: String) -> String {
        let base = Self.slug(text.trimmingCharacters(in: [" ", "\t"]))
        var candidate = base
        var n = 1
        while used.contains(candidate) {
            candidate = "\(base)-\(n)"
            n += 1
        }
        used.insert(candidate)
        return candidate
    }
}
