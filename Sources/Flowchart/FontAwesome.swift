/// Font Awesome 4.7 icons as Trellis draws them: a character of the bundled
/// `fontawesome-webfont.ttf` (family `FontAwesome`), found by name.
///
/// Mermaid writes icons as `fa:fa-car` in labels and `fa:car` in `@{ icon: … }`; Font Awesome
/// 5/6 prefixes (`fab`, `fas`, `far`, …) resolve to the same 4.7 names where those exist.
public enum FontAwesome {
    /// The font family name of the bundled icon font.
    public static let family = "FontAwesome"

    /// Prefixes accepted before `:` (Font Awesome 4 `fa`, then 5/6 style prefixes).
    public static let prefixes: Set<String> = ["fa", "fab", "fas", "far", "fal", "fad", "fat", "fak", "fass", "fa-solid", "fa-regular", "fa-brands"]

    private static let codepoints: [String: Character] = {
        var map: [String: Character] = [:]
        for line in FontAwesomeIcons.table.split(separator: "\n") {
            let parts = line.split(separator: " ")
            guard parts.count == 2, let value = UInt32(parts[1], radix: 16), let scalar = Unicode.Scalar(value) else { continue }
            map[String(parts[0])] = Character(scalar)
        }
        return map
    }()

    private static let sortedNames: [String] = codepoints.keys.sorted()

    /// The character drawing icon `name` (without `fa-`), if Font Awesome 4.7 has it under
    /// that name or under the 4.7 name of a Font Awesome 5/6 renamed icon.
    public static func character(named name: String) -> Character? {
        let bare = name.hasPrefix("fa-") ? String(name.dropFirst(3)) : name
        return codepoints[bare] ?? laterNames[bare].flatMap { codepoints[$0] }
    }

    /// Font Awesome 5 and 6 names of icons 4.7 has under another name.
    private static let laterNames: [String: String] = [
        "xmark": "times", "house": "home", "magnifying-glass": "search",
        "trash-can": "trash-o", "trash-alt": "trash-o", "circle-check": "check-circle", "circle-xmark": "times-circle",
        "user-group": "users", "pen-to-square": "pencil-square-o", "floppy-disk": "floppy-o", "file-lines": "file-text-o",
        "file-alt": "file-text-o", "right-from-bracket": "sign-out", "sign-out-alt": "sign-out", "right-to-bracket": "sign-in",
        "sign-in-alt": "sign-in", "cloud-arrow-up": "cloud-upload", "cloud-upload-alt": "cloud-upload",
        "cloud-arrow-down": "cloud-download", "cloud-download-alt": "cloud-download",
        "triangle-exclamation": "exclamation-triangle", "circle-info": "info-circle", "circle-question": "question-circle",
        "chart-line": "line-chart", "chart-bar": "bar-chart", "chart-pie": "pie-chart", "chart-area": "area-chart",
        "earth-americas": "globe", "code-branch": "code-fork", "right-left": "exchange", "rotate": "refresh",
        "arrows-rotate": "refresh", "sync": "refresh", "sync-alt": "refresh", "mobile-screen": "mobile",
        "mobile-alt": "mobile", "hard-drive": "hdd-o", "box": "cube", "boxes-stacked": "cubes", "boxes": "cubes",
        "calendar-days": "calendar", "calendar-alt": "calendar", "shield-halved": "shield", "shield-alt": "shield",
        "external-link-alt": "external-link", "up-right-from-square": "external-link", "pen": "pencil",
        "pencil-alt": "pencil", "envelope-open-text": "envelope-open", "money-bill": "money",
        "lock-open": "unlock", "screwdriver-wrench": "wrench", "tools": "wrench", "person": "male", "user-alt": "user",
        "users-gear": "users", "circle-user": "user-circle", "message": "comment",
        "comment-dots": "commenting", "bars-staggered": "bars", "list-check": "tasks", "file-code": "file-code-o",
        "file-pdf": "file-pdf-o", "file-image": "file-image-o", "network-wired": "sitemap", "diagram-project": "sitemap",
        "project-diagram": "sitemap", "temperature-half": "thermometer-half",
        "stopwatch": "clock-o", "clock": "clock-o", "square-check": "check-square", "circle-play": "play-circle",
        "circle-stop": "stop-circle",
    ]

    /// Up to three known names closest to `name`, nearest first.
    public static func suggestions(for name: String) -> [String] {
        let bare = name.hasPrefix("fa-") ? String(name.dropFirst(3)) : name
        let limit = max(2, bare.count / 3)
        // Ties go to names holding every typed letter in order (`usr` → `user` before `usb`).
        let scored = sortedNames.compactMap { candidate -> (String, Int, Int)? in
            guard abs(candidate.count - bare.count) <= limit else { return nil }
            let distance = EditDistance.between(bare, candidate)
            return distance <= limit ? (candidate, distance, isSubsequence(bare, of: candidate) ? 0 : 1) : nil
        }
        var close = scored.sorted { ($0.1, $0.2, $0.0) < ($1.1, $1.2, $1.0) }.map(\.0)
        // Names that merely extend it (`user` → `user-o`) help too.
        if close.isEmpty { close = sortedNames.filter { $0.hasPrefix(bare + "-") } }
        return Array(close.prefix(3))
    }

    private static func isSubsequence(_ short: String, of long: String) -> Bool {
        var rest = Substring(long)
        for character in short {
            guard let index = rest.firstIndex(of: character) else { return false }
            rest = rest[rest.index(after: index)...]
        }
        return true
    }

    /// One `prefix:fa-name` reference in label text.
    public struct Reference: Hashable, Sendable {
        /// The reference as written, e.g. `fab:fa-github`.
        public var text: String
        /// The icon name without `fa-`, e.g. `github`.
        public var name: String
        /// Where `text` starts in the label, in UTF-8 bytes.
        public var utf8Offset: Int
    }

    /// Every `fa:fa-name` style reference in `text`, in order (mermaid finds them anywhere).
    public static func references(in text: String) -> [Reference] {
        let bytes = Array(text.utf8)
        var found: [Reference] = []
        var i = 0
        func isName(_ b: UInt8) -> Bool {
            (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x5F || (b >= 0x41 && b <= 0x5A)
        }
        func isAlphanumeric(_ b: UInt8) -> Bool { b != 0x2D && b != 0x5F && isName(b) }
        while i + 5 < bytes.count {
            // Start of a prefix: `f`, `a`, not preceded by a name character.
            guard bytes[i] == 0x66, bytes[i + 1] == 0x61, i == 0 || !isName(bytes[i - 1]) else { i += 1; continue }
            var j = i + 2
            while j < bytes.count, bytes[j] >= 0x61, bytes[j] <= 0x7A { j += 1 }
            let prefix = String(decoding: bytes[i..<j], as: UTF8.self)
            guard j + 4 < bytes.count, prefixes.contains(prefix), bytes[j] == 0x3A,
                  bytes[j + 1] == 0x66, bytes[j + 2] == 0x61, bytes[j + 3] == 0x2D, isAlphanumeric(bytes[j + 4])
            else { i += 1; continue }
            var end = j + 4
            while end < bytes.count, isName(bytes[end]) { end += 1 }
            // A trailing `-` is punctuation, not part of the name.
            while bytes[end - 1] == 0x2D { end -= 1 }
            let name = String(decoding: bytes[(j + 4)..<end], as: UTF8.self)
            found.append(Reference(text: String(decoding: bytes[i..<end], as: UTF8.self), name: name, utf8Offset: i))
            i = end
        }
        return found
    }

    /// `text` with every reference to a known icon replaced by its character; unknown ones stay.
    public static func replacingReferences(in text: String) -> String {
        let refs = references(in: text)
        guard !refs.isEmpty else { return text }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        var cursor = 0
        for ref in refs {
            guard let character = character(named: ref.name) else { continue }
            out += bytes[cursor..<ref.utf8Offset]
            out += Array(String(character).utf8)
            cursor = ref.utf8Offset + ref.text.utf8.count
        }
        out += bytes[cursor...]
        return String(decoding: out, as: UTF8.self)
    }

    /// The icon of `@{ icon: "fa:user" }` (also `fa:fa-user`, `fab:github`): its name when the
    /// pack is Font Awesome, else nil (another pack, such as `logos:aws`).
    public static func iconName(_ icon: String) -> String? {
        guard let colon = icon.firstIndex(of: ":") else { return nil }
        guard prefixes.contains(String(icon[..<colon]).lowercased()) else { return nil }
        let name = String(icon[icon.index(after: colon)...])
        return name.hasPrefix("fa-") ? String(name.dropFirst(3)) : name
    }
}
