/// File names for one image per page: `slides.png` and page 3 give `slides.003.png`.
public enum PageFileNames {
    /// `path` with the 1-based page number before its extension, zero-padded to three digits
    /// (more when the document has more than 999 pages).
    public static func name(for path: String, page: Int, pageCount: Int) -> String {
        let width = max(3, String(pageCount).count)
        let digits = String(page)
        let number = String(repeating: "0", count: max(0, width - digits.count)) + digits
        let slash = path.lastIndex(of: "/")
        if let dot = path.lastIndex(of: "."), slash.map({ $0 < dot }) ?? true,
           dot != (slash.map { path.index(after: $0) } ?? path.startIndex) {
            return String(path[..<dot]) + "." + number + String(path[dot...])
        }
        return path + "." + number
    }
}
