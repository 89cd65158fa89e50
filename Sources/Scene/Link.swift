/// A hyperlink on a group: SVG `<a>` (with the tooltip as its `<title>`), a PDF link
/// annotation over what the group draws; PNG has none.
public struct Link: Hashable, Sendable {
    public var url: String
    public var tooltip: String?
    /// Browsing context, e.g. `_blank`, `_self`.
    public var target: String?

    public init(url: String, tooltip: String? = nil, target: String? = nil) {
        self.url = url
        self.tooltip = tooltip
        self.target = target
    }

    /// Whether renderers may emit `url`: `http:`, `https:` and `mailto:` URLs, and relative
    /// references (no scheme). Anything else (`javascript:`, `data:`, `file:`…) is never linked.
    public var isAllowed: Bool { Self.allows(url) }

    public static func allows(_ url: String) -> Bool {
        // Browsers drop these characters before reading a scheme ("java\tscript:" is javascript:).
        let cleaned = String(url.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }.map(Character.init))
        guard !cleaned.isEmpty else { return false }
        guard let colon = cleaned.firstIndex(of: ":") else { return true }
        let head = cleaned[..<colon]
        // A colon after the first "/", "?" or "#" is not a scheme separator: a relative reference.
        if head.contains(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { return true }
        return ["http", "https", "mailto"].contains(head.lowercased())
    }
}
