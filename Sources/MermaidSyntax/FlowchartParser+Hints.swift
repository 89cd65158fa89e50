import Diagnostics

/// What the parser needs to write hints: likely fixes, not grammar.
extension FlowchartParser {
    /// First words of the other Mermaid diagram types.
    static let otherDiagramKeywords: Set<String> = [
        "sequenceDiagram", "classDiagram", "classDiagram-v2", "stateDiagram", "stateDiagram-v2", "erDiagram",
        "journey", "gantt", "pie", "quadrantChart", "requirementDiagram", "gitGraph", "C4Context", "mindmap",
        "timeline", "sankey-beta", "xychart-beta", "block-beta", "packet-beta", "kanban", "architecture-beta",
    ]

    /// Levenshtein distance, for "did you mean" hints.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    /// The first line after a subgraph's header that is indented no deeper than the header,
    /// once the body has started: where the missing `end` most likely belongs.
    func likelyEnd(after header: SourceRange) -> SourceRange? {
        let bytes = cursor.bytes
        func indentation(ofLineAt offset: Int) -> Int {
            var index = offset
            while index < bytes.count, bytes[index] == .space || bytes[index] == .tab { index += 1 }
            return index - offset
        }
        var lineStart = header.start
        while lineStart > 0, bytes[lineStart - 1] != .newline { lineStart -= 1 }
        let headerIndent = indentation(ofLineAt: lineStart)
        var offset = header.end
        while offset < bytes.count, bytes[offset] != .newline { offset += 1 }
        var sawBody = false
        while offset < bytes.count {
            offset += 1
            let indent = indentation(ofLineAt: offset)
            let textStart = offset + indent
            var lineEnd = textStart
            while lineEnd < bytes.count, bytes[lineEnd] != .newline { lineEnd += 1 }
            let isBlank = lineEnd == textStart || bytes[textStart] == .carriageReturn
            let isComment = textStart + 1 < bytes.count && bytes[textStart] == .percent && bytes[textStart + 1] == .percent
            if !isBlank, !isComment {
                if sawBody, indent <= headerIndent { return SourceRange(start: textStart, end: lineEnd) }
                sawBody = true
            }
            offset = lineEnd
        }
        return nil
    }
}
