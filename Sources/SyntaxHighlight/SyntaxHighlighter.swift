/// Highlights source code for slides: one array of tokens per line, from per-language tables.
public enum SyntaxHighlighter {
    /// Splits `code` into lines at `\n` and each line into tokens; the tokens of a line joined give
    /// back the line exactly (tabs and a trailing `\r` included); an empty line has no tokens.
    /// An unknown or missing language gives every non-empty line as one plain token.
    public static func highlight(_ code: String, language: String?) -> [[HighlightToken]] {
        let map = KindMap(Array(code.unicodeScalars))
        guard let language, let definition = definition(for: language) else { return map.tokenLines() }
        switch definition.style {
        case .generic:
            var scanner = GenericScanner(language: definition, map: map)
            scanner.run()
            return scanner.map.tokenLines()
        case .diff:
            var scanner = DiffScanner(map: map)
            scanner.run()
            return scanner.map.tokenLines()
        case .log:
            var scanner = LogScanner(map: map)
            scanner.run()
            return scanner.map.tokenLines()
        case .yaml:
            var scanner = YAMLScanner(map: map)
            scanner.run()
            return scanner.map.tokenLines()
        case .markup:
            var scanner = MarkupScanner(map: map)
            scanner.run()
            return scanner.map.tokenLines()
        case .css:
            var scanner = CSSScanner(map: map)
            scanner.run()
            return scanner.map.tokenLines()
        case .console:
            var scanner = ConsoleScanner(map: map)
            scanner.run()
            return scanner.map.tokenLines()
        }
    }

    /// Whether `language` (a name or alias such as `js`, `c++`, `yml`; any case) is highlighted.
    public static func isSupported(_ language: String) -> Bool {
        definition(for: language) != nil
    }

    /// The canonical name for a language name or alias (`"js"` → `"javascript"`), if supported.
    public static func canonicalName(_ language: String) -> String? {
        definition(for: language)?.name
    }

    /// The canonical names of the supported languages, in a fixed order.
    public static var languages: [String] {
        LanguageDefinition.all.map(\.name)
    }

    /// Every accepted alias with its canonical language, sorted by alias.
    public static var aliases: [(alias: String, language: String)] {
        LanguageDefinition.all
            .flatMap { language in language.aliases.map { (alias: $0, language: language.name) } }
            .sorted { $0.alias < $1.alias }
    }

    static func definition(for language: String) -> LanguageDefinition? {
        let key = language.trimmingWhitespace().lowercased()
        return LanguageDefinition.byAlias[key]
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
