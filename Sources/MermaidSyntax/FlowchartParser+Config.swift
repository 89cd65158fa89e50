import Diagnostics
import Yams

extension FlowchartParser {
    /// `---` YAML `---` at the very start of the file.
    mutating func parseFrontMatter() -> ConfigSyntax? {
        var probe = cursor
        while probe.peek() == .newline || probe.peek().isBlank { probe.offset += 1 }
        guard probe.matches("---"), lineIsFence(probe.offset) else { return nil }
        let start = probe.offset
        probe.skipToLineEnd()
        let bodyStart = probe.offset
        while !probe.isAtEnd {
            probe.offset += 1
            if probe.matches("---"), lineIsFence(probe.offset) {
                let body = probe.text(bodyStart, probe.offset)
                probe.skipToLineEnd()
                cursor = probe
                let range = SourceRange(start: start, end: probe.offset)
                return config(fromYAML: body, range: range, isDirective: false)
            }
            probe.skipToLineEnd()
        }
        report(.error("mermaid.unclosed-front-matter", "front matter is never closed", at: SourceRange(start: start, end: start + 3),
                      hint: "end the front matter with a line holding only '---'"))
        cursor.offset = cursor.bytes.count
        return nil
    }

    private func lineIsFence(_ offset: Int) -> Bool {
        var index = offset + 3
        while index < cursor.bytes.count, cursor.bytes[index].isBlank { index += 1 }
        return index >= cursor.bytes.count || cursor.bytes[index] == .newline
    }

    /// `%%{init: {…}}%%`: the inside is a YAML flow mapping (JSON with single quotes allowed).
    mutating func parseDirective() -> ConfigSyntax? {
        let start = cursor.offset
        cursor.offset += 2
        let bodyStart = cursor.offset
        while !cursor.isAtEnd, !cursor.matches("}%%") { cursor.offset += 1 }
        guard !cursor.isAtEnd else {
            // Resume after the directive's first line so the rest of the file is still read.
            cursor.offset = start
            cursor.skipToLineEnd()
            report(.error("mermaid.unclosed-directive", "'%%{' directive is never closed",
                          at: SourceRange(start: start, end: start + 3), hint: "end the directive with '}%%'"))
            return nil
        }
        cursor.offset += 1
        let body = cursor.text(bodyStart, cursor.offset)
        cursor.offset += 2
        return config(fromYAML: body, range: cursor.range(from: start), isDirective: true)
    }

    private mutating func config(fromYAML text: String, range: SourceRange, isDirective: Bool) -> ConfigSyntax? {
        let parsed: Yams.Node?
        do {
            // The basic resolver (every plain scalar a string, no merge keys, like the JSON
            // schema Mermaid reads front matter with): Yams's default one compiles seven
            // NSRegularExpressions through ICU first, ~10M instructions per process.
            parsed = try Yams.compose(yaml: text, .basic)
        } catch {
            // mermaid.js rejects bad front matter but ignores a directive it cannot read.
            report(isDirective
                   ? .warning("mermaid.invalid-directive", "the directive is not valid JSON/YAML; it is ignored",
                              at: range, hint: "check quotes, colons and braces")
                   : .error("mermaid.invalid-front-matter", "the front matter is not valid YAML",
                            at: range, hint: "check quotes, colons and indentation"))
            return nil
        }
        var result = ConfigSyntax(range: range)
        guard let root = parsed?.mapping else { return result }
        var config = root
        if isDirective {
            guard let inner = (root["init"] ?? root["initialize"])?.mapping else { return result }
            config = inner
        } else {
            result.title = root["title"]?.string
            guard let inner = root["config"]?.mapping else { return result }
            config = inner
        }
        result.theme = config["theme"]?.string
        result.look = config["look"]?.string
        result.layout = config["layout"]?.string
        if let variables = config["themeVariables"]?.mapping {
            result.themeVariables = variables.map { key, value in
                ConfigEntrySyntax(key: key.string ?? "", value: value.string ?? "")
            }
        }
        if let flowchart = config["flowchart"]?.mapping {
            result.nodeSpacing = flowchart["nodeSpacing"].flatMap(Self.number)
            result.rankSpacing = flowchart["rankSpacing"].flatMap(Self.number)
            result.curve = flowchart["curve"]?.string
            result.padding = flowchart["padding"].flatMap(Self.number)
            result.wrappingWidth = flowchart["wrappingWidth"].flatMap(Self.number)
            result.diagramPadding = flowchart["diagramPadding"].flatMap(Self.number)
            result.htmlLabels = flowchart["htmlLabels"]?.string.flatMap(Self.bool)
        }
        if let htmlLabels = config["htmlLabels"]?.string.flatMap(Self.bool), result.htmlLabels == nil {
            result.htmlLabels = htmlLabels
        }
        return result
    }

    private static func bool(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
    }

    private static func number(_ node: Yams.Node) -> Double? {
        node.string.flatMap { Double($0) }
    }
}
