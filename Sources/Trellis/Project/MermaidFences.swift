import Foundation

/// One ```mermaid block of a Markdown text.
public struct MermaidBlock: Sendable, Equatable {
    /// 0-based line index of the opening fence.
    public var openingLine: Int
    /// 0-based line index of the closing fence (the line count when the block runs to the end).
    public var closingLine: Int
    /// The diagram with the Markdown file's line structure (every line outside the block
    /// left empty), so diagnostics' lines and columns are those of the Markdown file.
    public var masked: String
}

/// Finds the ```mermaid (or ~~~mermaid) blocks of a Markdown text.
public enum MermaidFences {
    /// The blocks' texts, each masked to the Markdown file's line structure.
    public static func blocks(in markdown: String) -> [String] {
        locate(in: markdown).map(\.masked)
    }

    /// Every mermaid block with its fence lines, in order.
    public static func locate(in markdown: String) -> [MermaidBlock] {
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        var blocks: [MermaidBlock] = []
        var index = 0
        while index < lines.count {
            guard let fence = opening(lines[index]) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < lines.count, !closes(lines[end], fence: fence) { end += 1 }
            var masked = Array(repeating: Substring(""), count: lines.count)
            for line in (index + 1)..<min(end, lines.count) { masked[line] = lines[line] }
            blocks.append(MermaidBlock(openingLine: index, closingLine: end, masked: masked.joined(separator: "\n")))
            index = end + 1
        }
        return blocks
    }

    /// The fence (`` ``` `` or `~~~`, three or more) of a line opening a mermaid block.
    private static func opening(_ line: Substring) -> Substring? {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        guard let marker = trimmed.first, marker == "`" || marker == "~" else { return nil }
        let fence = trimmed.prefix { $0 == marker }
        guard fence.count >= 3 else { return nil }
        let info = trimmed.dropFirst(fence.count).drop { $0 == " " || $0 == "\t" }
        let word = info.prefix { !($0 == " " || $0 == "\t" || $0 == "\r" || $0 == "{") }
        return word == "mermaid" ? fence : nil
    }

    private static func closes(_ line: Substring, fence: Substring) -> Bool {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        let run = trimmed.prefix { $0 == fence.first }
        return run.count >= fence.count && trimmed.dropFirst(run.count).allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" }
    }

    /// Whether a diagram is a flowchart, or at least not another kind of Mermaid diagram:
    /// the first word after front matter, comments and directives.
    public static func isFlowchart(_ text: String) -> Bool {
        var inFrontMatter = false
        var seenContent = false
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("%%") { continue }
            if line == "---", !seenContent || inFrontMatter {
                inFrontMatter.toggle()
                seenContent = true
                continue
            }
            if inFrontMatter { continue }
            let word = line.prefix { !($0 == " " || $0 == "\t" || $0 == ";") }
            return !otherDiagrams.contains(String(word))
        }
        return true
    }

    private static let otherDiagrams: Set<String> = [
        "sequenceDiagram", "classDiagram", "classDiagram-v2", "stateDiagram", "stateDiagram-v2", "erDiagram",
        "journey", "gantt", "pie", "quadrantChart", "requirementDiagram", "gitGraph", "C4Context", "C4Container",
        "C4Component", "C4Dynamic", "C4Deployment", "mindmap", "timeline", "zenuml", "sankey-beta", "sankey",
        "xychart-beta", "xychart", "block-beta", "block", "packet-beta", "packet", "kanban", "architecture-beta",
        "architecture", "radar-beta", "treemap-beta", "treemap",
    ]
}
