import Diagnostics
import Foundation
import Yams

/// Reads YAML (front matter, or a comment's text) into located `DirectiveEntry` values.
struct DirectiveYAML {
    /// What the YAML held.
    enum Outcome {
        case entries([DirectiveEntry])
        /// Valid YAML that is not a mapping (a plain sentence, a list).
        case notAMapping
        /// Invalid YAML: the problem and where it is in the deck file.
        case invalid(problem: String, at: SourceRange)
    }

    let map: DeckTextMap
    /// Offset in the deck file of the YAML text's first character.
    let origin: Int

    func read(_ yaml: String) -> Outcome {
        let node: Yams.Node?
        do {
            // The basic resolver reads every scalar as a string, like Marpit's failsafe schema.
            node = try Yams.compose(yaml: Self.loosened(yaml), .basic)
        } catch let error as YamlError {
            return invalidOutcome(error, yamlEnd: origin + yaml.utf8.count)
        } catch {
            return .invalid(problem: "\(error)", at: .at(origin))
        }
        guard let mapping = node?.mapping else { return .notAMapping }
        var entries: [DirectiveEntry] = []
        for (key, value) in mapping {
            guard let name = key.string else { continue }
            let keyStart = offset(of: key.mark)
            let valueStart = offset(of: value.mark)
            let valueText = value.string ?? ""
            var firstLine = map.line(of: valueStart)
            if let scalar = value.scalar, scalar.style == .literal || scalar.style == .folded {
                firstLine += 1
            }
            let valueEnd = value.scalar != nil && !valueText.contains("\n")
                ? lineEnd(after: valueStart, atMost: valueText.utf8.count + 2) : valueStart
            entries.append(DirectiveEntry(key: name, value: Self.value(of: value),
                                          keyRange: SourceRange(start: keyStart, end: keyStart + name.utf8.count),
                                          valueRange: SourceRange(start: valueStart, end: valueEnd),
                                          valueFirstLine: firstLine))
        }
        return .entries(entries)
    }

    /// Marp's "loose YAML": on a line `directive: value` whose value does not start with
    /// a YAML indicator, the value is quoted, so `footer: Copyright: ACME` or
    /// `header: #1 team` read as written. Only characters are added inside lines, and the
    /// opening quote takes the value's own column, so positions stay right.
    static func loosened(_ yaml: String) -> String {
        let names = Set(DirectiveCatalog.globals + DirectiveCatalog.locals)
        let indicators: Set<Character> = ["[", "\"", "'", "{", "|", ">", "~", "&", "*"]
        return yaml.scalarLines.map { line -> String in
            let line = Substring(line)
            guard let colon = line.firstIndex(of: ":") else { return String(line) }
            var key = line[..<colon]
            while key.last == " " || key.last == "\t" { key = key.dropLast() }
            let bare = key.hasPrefix("_") || key.hasPrefix("$") ? key.dropFirst() : key
            guard names.contains(String(bare)) else { return String(line) }
            let rest = line[line.index(after: colon)...]
            var value = rest.drop { $0 == " " || $0 == "\t" }
            var trailing = ""
            if value.last == "\r" { value = value.dropLast(); trailing = "\r" }
            while value.last == " " || value.last == "\t" { value = value.dropLast() }
            guard let first = value.first, !indicators.contains(first) else { return String(line) }
            let spaces = rest.prefix { $0 == " " || $0 == "\t" }
            let escaped = value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            return String(line[...colon]) + spaces + "\"" + escaped + "\"" + trailing
        }.joined(separator: "\n")
    }

    private static func value(of node: Yams.Node) -> DirectiveValue {
        switch node {
        case .scalar(let scalar): return .scalar(scalar.string)
        case .sequence(let sequence): return .list(sequence.compactMap { $0.string })
        default: return .other
        }
    }

    /// The deck offset of a YAML mark (1-based line and scalar column of the snippet).
    private func offset(of mark: Mark?) -> Int {
        guard let mark else { return origin }
        let originLocation = map.file.location(of: origin)
        if mark.line <= 1 {
            let lineStart = map.offset(line: originLocation.line, scalarColumn: 1)
            let snippetColumn = map.file.text(in: SourceRange(start: lineStart, end: origin)).unicodeScalars.count
            return map.offset(line: originLocation.line, scalarColumn: snippetColumn + mark.column)
        }
        return map.offset(line: originLocation.line + mark.line - 1, scalarColumn: mark.column)
    }

    /// The end of the value on its line: quoted values keep their quotes in the range.
    private func lineEnd(after start: Int, atMost length: Int) -> Int {
        let bytes = map.file.utf8
        var end = start
        while end < bytes.count, end - start < length, bytes[end] != UInt8(ascii: "\n") { end += 1 }
        while end > start, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return end
    }

    private func invalidOutcome(_ error: YamlError, yamlEnd: Int) -> Outcome {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = [problem, context?.text].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            var at = offset(of: mark)
            // At the end of the text ("found unexpected end of stream") the useful place
            // is where the unclosed thing began.
            if let context, at >= yamlEnd {
                at = offset(of: context.mark)
            }
            return .invalid(problem: detail, at: .at(at))
        case .reader(let problem, _, _, _):
            return .invalid(problem: problem, at: .at(origin))
        default:
            return .invalid(problem: "\(error)", at: .at(origin))
        }
    }
}
