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
            node = try Yams.compose(yaml: yaml, .basic)
        } catch let error as YamlError {
            return invalidOutcome(error)
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

    private func invalidOutcome(_ error: YamlError) -> Outcome {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "; ")
            return .invalid(problem: detail, at: .at(offset(of: mark)))
        case .reader(let problem, _, _, _):
            return .invalid(problem: problem, at: .at(origin))
        default:
            return .invalid(problem: "\(error)", at: .at(origin))
        }
    }
}
