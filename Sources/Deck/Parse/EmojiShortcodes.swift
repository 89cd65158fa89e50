/// GitHub-style emoji shortcodes (`:rocket:` → 🚀) for the common names; an unknown
/// shortcode is left as written. Applied to text runs, never to code.
enum EmojiShortcodes {
    /// Name → emoji, built once from `EmojiShortcodeTable.entries`.
    static let table: [String: String] = {
        var table: [String: String] = [:]
        for line in EmojiShortcodeTable.entries.split(separator: "\n") {
            let fields = line.split(separator: " ")
            var index = 0
            while index + 1 < fields.count {
                table[String(fields[index])] = String(fields[index + 1])
                index += 2
            }
        }
        return table
    }()

    /// `text` with every known `:name:` replaced by its emoji.
    static func replacing(_ text: String) -> String {
        guard text.contains(":") else { return text }
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: ":") {
            out += rest[..<open]
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: ":") else {
                rest = rest[open...]
                break
            }
            let name = rest[afterOpen..<close]
            if !name.isEmpty, name.allSatisfy(isNameCharacter), let emoji = table[String(name)] {
                out += emoji
                rest = rest[rest.index(after: close)...]
            } else {
                out += ":"
                rest = rest[afterOpen...]
            }
        }
        return out + rest
    }

    private static func isNameCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || character == "_" || character == "+" || character == "-")
    }
}
