/// A fenced code block's info string read the Marp/Slidev way: `js {1,3-5}`, `ts{2|4}`,
/// `python showLineNumbers`, `ts {2} {lines:true}`, `js:line-numbers`.
public struct CodeFence: Hashable, Sendable {
    /// The language word as written, lower-cased; nil when the info string has none.
    public var language: String?
    /// The lines to emphasise, 1-based, sorted, without repeats; empty means no emphasis.
    /// With Slidev click steps (`{1|3-4|all}`) only the first step counts; `all` and `*` mean none.
    public var highlightedLines: [Int]
    /// Whether line numbers were asked for.
    public var showLineNumbers: Bool

    /// The largest line number a range may reach, so a typo like `1-99999999` stays cheap.
    static let maximumLine = 10_000

    public init(language: String? = nil, highlightedLines: [Int] = [], showLineNumbers: Bool = false) {
        self.language = language
        self.highlightedLines = highlightedLines
        self.showLineNumbers = showLineNumbers
    }

    public init(info: String) {
        self.init()
        var rest = Substring(info.trimmingWhitespace())
        let languageEnd = rest.firstIndex(where: { $0 == "{" || $0.isWhitespace }) ?? rest.endIndex
        var word = rest[..<languageEnd]
        rest = rest[languageEnd...]
        for marker in [":line-numbers", ":no-line-numbers"] where word.lowercased().hasSuffix(marker) {
            word = word.dropLast(marker.count)
            showLineNumbers = marker == ":line-numbers"
        }
        language = word.isEmpty ? nil : word.lowercased()
        var sawLines = false
        while let open = rest.firstIndex(of: "{") {
            readFlags(rest[..<open])
            let close = rest[open...].firstIndex(of: "}") ?? rest.endIndex
            let group = rest[rest.index(after: open)..<close]
            if group.contains(":") || group.contains("=") {
                readOptions(group)
            } else if !sawLines {
                sawLines = true
                highlightedLines = Self.lines(in: group)
            }
            rest = close < rest.endIndex ? rest[rest.index(after: close)...] : rest[rest.endIndex...]
        }
        readFlags(rest)
    }

    /// Bare words after the language: `showLineNumbers`, `lineNumbers`, `showLineNumbers=false`.
    private mutating func readFlags(_ text: Substring) {
        for word in text.split(whereSeparator: \.isWhitespace) {
            let parts = word.split(separator: "=", maxSplits: 1)
            let name = parts.first.map { $0.lowercased() } ?? ""
            guard name == "showlinenumbers" || name == "linenumbers" || name == "line-numbers" else { continue }
            showLineNumbers = parts.count < 2 || parts[1].lowercased().trimmingQuotes() != "false"
        }
    }

    /// `{lines:true, startLine:5}` or `{showLineNumbers=true}`.
    private mutating func readOptions(_ group: Substring) {
        for option in group.split(separator: ",") {
            let parts = option.split(whereSeparator: { $0 == ":" || $0 == "=" })
            guard parts.count == 2 else { continue }
            let name = parts[0].trimmingWhitespaceAndQuotes().lowercased()
            guard name == "lines" || name == "linenumbers" || name == "showlinenumbers" else { continue }
            showLineNumbers = parts[1].trimmingWhitespaceAndQuotes().lowercased() == "true"
        }
    }

    /// `1,3-5` (first click step only): the listed lines, sorted, without repeats.
    static func lines(in group: Substring) -> [Int] {
        let firstStep = group.split(separator: "|", omittingEmptySubsequences: false).first ?? ""
        var lines = Set<Int>()
        for item in firstStep.split(separator: ",") {
            let bounds = item.split(separator: "-", maxSplits: 1).map { Int($0.trimmingWhitespaceAndQuotes()) }
            guard let low = bounds.first ?? nil, low >= 1 else { continue }
            let high = bounds.count == 2 ? bounds[1] ?? low : low
            let lower = min(low, high)
            let upper = min(max(low, high), maximumLine)
            guard lower >= 1, lower <= upper else { continue }
            lines.formUnion(lower...upper)
        }
        return lines.sorted()
    }
}

extension StringProtocol {
    /// The text without surrounding whitespace and quotes.
    func trimmingWhitespaceAndQuotes() -> String {
        String(self).trimmingWhitespace().trimmingQuotes()
    }

    /// The text without one pair of surrounding `"` or `'`.
    func trimmingQuotes() -> String {
        var text = Substring(self)
        while let first = text.first, first == "\"" || first == "'" { text = text.dropFirst() }
        while let last = text.last, last == "\"" || last == "'" { text = text.dropLast() }
        return String(text)
    }
}
