/// The directive names Trellis knows, from Marpit (theme, style, headingDivider, lang and
/// the local ones), Marp Core (size, math) and marp-cli's metadata (title, author,
/// description, keywords, url, image), and how an unknown name gets its hint.
enum DirectiveCatalog {
    /// Global directives: one value for the whole deck; the last one written wins.
    static let globals = [
        "theme", "style", "headingDivider", "size", "math", "lang",
        "title", "author", "description", "keywords", "date", "marp", "url", "image",
    ]
    /// Local directives: apply to their slide and the following ones; `_name` to their slide only.
    static let locals = [
        "paginate", "header", "footer", "class", "backgroundColor", "backgroundImage",
        "backgroundPosition", "backgroundRepeat", "backgroundSize", "color", "transition",
    ]
    /// Themes Trellis draws.
    static let themes = ["default", "gaia", "uncover", "trellis"]

    /// What a key names.
    enum Kind: Equatable {
        case global(String)
        case local(String)
        case spot(String)
        /// `_theme` and the like: a global written in spot form.
        case globalAsSpot(String)
        case unknown
    }

    static func kind(of key: String) -> Kind {
        if globals.contains(key) { return .global(key) }
        if locals.contains(key) { return .local(key) }
        if key.hasPrefix("$"), globals.contains(String(key.dropFirst())) { return .global(String(key.dropFirst())) }
        if key.hasPrefix("_") {
            let name = String(key.dropFirst())
            if locals.contains(name) { return .spot(name) }
            if globals.contains(name) { return .globalAsSpot(name) }
        }
        return .unknown
    }

    /// The known name closest to `key` when it is close enough to be a typo (one edit for
    /// names up to five letters, two for longer ones; case is ignored).
    static func nearest(to key: String, among names: [String]) -> String? {
        let bare = key.hasPrefix("_") || key.hasPrefix("$") ? String(key.dropFirst()) : key
        var best: (name: String, distance: Int)?
        for name in names {
            let distance = editDistance(bare.lowercased(), name.lowercased())
            if distance < (best?.distance ?? Int.max) { best = (name, distance) }
        }
        guard let best else { return nil }
        let limit = bare.count <= 5 ? 1 : 2
        guard best.distance <= limit else { return nil }
        return key.hasPrefix("_") && locals.contains(best.name) ? "_" + best.name : best.name
    }

    /// Whether a comment's key looks like a directive someone meant to write.
    static func looksLikeDirective(_ key: String) -> Bool {
        if key.hasPrefix("_") || key.hasPrefix("$") { return true }
        return nearest(to: key, among: globals + locals) != nil
    }

    /// Levenshtein distance counting a swap of neighbours as one edit.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
