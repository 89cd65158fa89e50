/// What Marp reads from an image's alt text: `bg`, `left:40%`, `w:300px`, `contain`, `80%`…
struct ImageSpec {
    /// How a background image fills its cell.
    enum Fit: Hashable {
        case cover, contain, auto
        case percent(Double)
    }
    enum Side: Hashable { case left, right }

    var isBackground = false
    var width: Double?
    var height: Double?
    var fit: Fit = .cover
    /// Whether the alt text named a fit (`contain`, `50%`…) rather than leaving the default.
    var fitGiven = false
    /// Split background: the side the image takes and its share of the slide width (0...1).
    var split: (side: Side, fraction: Double)?
    /// Several background images stack vertically instead of side by side.
    var vertical = false
    /// Words that are not keywords: the image's description.
    var caption: String = ""
    /// Filters in the order written (`grayscale blur:2px`).
    var filters: [ImageFilter] = []
    /// Filter words whose value Marp would not accept (`blur:fast`), as written.
    var badFilters: [String] = []

    init(alt: String) {
        var captionWords: [Substring] = []
        for word in alt.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
            let lower = word.lowercased()
            if lower == "bg" { isBackground = true; continue }
            if let (key, value) = Self.keyValue(lower) {
                switch key {
                case "w", "width": width = Self.length(value)
                case "h", "height": height = Self.length(value)
                case "left": split = (.left, Self.percent(value) ?? 0.5)
                case "right": split = (.right, Self.percent(value) ?? 0.5)
                case _ where ImageFilter.names.contains(key):
                    // The value keeps its case: a shadow colour may be `#FFF`.
                    let raw = String(word[word.index(after: word.firstIndex(of: ":") ?? word.startIndex)...])
                    if let filter = ImageFilter(name: key, argument: raw) { filters.append(filter) } else { badFilters.append(String(word)) }
                default: captionWords.append(word)
                }
                continue
            }
            switch lower {
            case "cover": fit = .cover; fitGiven = true
            case "contain", "fit": fit = .contain; fitGiven = true
            case "auto": fit = .auto; fitGiven = true
            case "left": split = (.left, 0.5)
            case "right": split = (.right, 0.5)
            case "vertical": vertical = true
            case _ where ImageFilter.names.contains(lower):
                if let filter = ImageFilter(name: lower, argument: nil) { filters.append(filter) }
            default:
                if let p = Self.percent(lower) { fit = .percent(p); fitGiven = true } else { captionWords.append(word) }
            }
        }
        caption = captionWords.joined(separator: " ")
    }

    private static func keyValue(_ word: String) -> (String, String)? {
        guard let colon = word.firstIndex(of: ":") else { return nil }
        return (String(word[..<colon]), String(word[word.index(after: colon)...]))
    }

    /// `300`, `300px`, `12.5em` (16 px per em as browsers do for images), `pt`.
    static func length(_ text: String) -> Double? {
        for (suffix, factor) in [("px", 1.0), ("pt", 4.0 / 3.0), ("em", 16.0), ("rem", 16.0), ("cm", 37.8), ("in", 96.0)]
        where text.hasSuffix(suffix) {
            return Double(text.dropLast(suffix.count)).map { $0 * factor }
        }
        return Double(text)
    }

    /// `40%` as 0.4.
    static func percent(_ text: String) -> Double? {
        guard text.hasSuffix("%"), let v = Double(text.dropLast()), v >= 0 else { return nil }
        return v / 100
    }
}
