import Diagnostics

/// The YAML front matter of a deck: `---` on the first line, closed by the next line
/// holding only `---`. A first `---` that is never closed is an ordinary thematic break,
/// as in markdown-it-front-matter, which Marpit uses.
struct FrontMatter {
    /// The YAML between the fences.
    var yaml: String
    /// Offset in the deck file where `yaml` starts.
    var yamlOffset: Int
    /// 1-based line of the first line after the closing fence.
    var bodyLine: Int

    static func find(in file: SourceFile) -> FrontMatter? {
        // A byte-order mark (Windows editors write one) does not hide the front matter.
        guard isFence(String(file.lineText(1).drop { $0 == "\u{FEFF}" })) else { return nil }
        var line = 2
        while line <= file.lineStarts.count {
            if isFence(file.lineText(line)) {
                let start = file.lineStarts[1]
                let end = file.lineStarts[line - 1]
                return FrontMatter(yaml: file.text(in: SourceRange(start: start, end: end)), yamlOffset: start, bodyLine: line + 1)
            }
            line += 1
        }
        return nil
    }

    /// Whether any line is more than blank or a YAML comment.
    var hasYAMLContent: Bool {
        yaml.scalarLines.contains { line in
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            return !trimmed.isEmpty && !trimmed.hasPrefix("#") && trimmed != "\r"
        }
    }

    private static func isFence(_ line: String) -> Bool {
        var trimmed = Substring(line)
        while let last = trimmed.last, last == " " || last == "\t" { trimmed = trimmed.dropLast() }
        return trimmed == "---"
    }

    /// The deck text with the front matter's lines emptied (line breaks kept), so that
    /// cmark's line numbers stay the deck file's.
    static func blanking(_ frontMatter: FrontMatter?, in file: SourceFile) -> String {
        guard let frontMatter, frontMatter.bodyLine >= 2 else { return file.text }
        let bodyStart = frontMatter.bodyLine - 1 < file.lineStarts.count ? file.lineStarts[frontMatter.bodyLine - 1] : file.utf8.count
        let rest = file.text(in: SourceRange(start: bodyStart, end: file.utf8.count))
        return String(repeating: "\n", count: frontMatter.bodyLine - 1) + rest
    }
}
