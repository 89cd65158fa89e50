/// Anchor names of headings, GitHub style (`## Data flow` → `data-flow`), unique in the deck.
struct HeadingIDs {
    private var used: Set<String> = []

    /// A fresh id for a heading's text; repeats get `-1`, `-2`…
    mutating func make(_ text: String) -> String {
        var slug = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber || character == "-" || character == "_" {
                slug.append(character)
            } else if character == " " {
                slug.append("-")
            }
        }
        var candidate = slug
        var n = 1
        while used.contains(candidate) || candidate.allSatisfy(\.isNumber)
            || candidate.hasPrefix("slide-") && candidate.dropFirst(6).allSatisfy(\.isNumber) {
            candidate = "\(slug)-\(n)"
            n += 1
        }
        used.insert(candidate)
        return candidate
    }
}
