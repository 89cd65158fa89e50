import Foundation
import Diagnostics

/// Markdown docs mode (what `mmdc -i README.md -o out.md` does): every ```mermaid flowchart
/// block is drawn to an image beside the output and replaced by an image link whose alt text
/// is the diagram's `accDescr` (else `accTitle`, else "diagram") and whose title is `accTitle`.
public enum MarkdownDiagrams {
    /// The rewritten Markdown and its images.
    public struct Result: Sendable {
        /// nil when any block had an error (then nothing should be written).
        public var markdown: String?
        /// Image file names (beside the output) and bytes, in block order.
        public var images: [(name: String, bytes: [UInt8])]
        public var diagnostics: [Diagnostic]
    }

    /// Renders the blocks of `source`. Images are named `<stem>-<n>.<format>`, n counting
    /// every mermaid block from 1 (as mmdc numbers them); blocks holding another kind of
    /// Mermaid diagram stay code blocks, with a warning.
    public static func render(_ source: SourceFile, imageStem stem: String, format: OutputFormat,
                              compiler: DiagramCompiler, options: DiagramOptions) -> Result {
        let blocks = MermaidFences.locate(in: source.text)
        var lines = source.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var images: [(name: String, bytes: [UInt8])] = []
        var diagnostics: [Diagnostic] = []
        var replacements: [(block: MermaidBlock, link: String)] = []
        for (number, block) in zip(1..., blocks) {
            guard MermaidFences.isFlowchart(block.masked) else {
                let offset = source.lineStarts[min(block.openingLine, source.lineStarts.count - 1)]
                diagnostics.append(.warning("markdown.not-a-flowchart",
                                            "this Mermaid block is not a flowchart; it is kept as a code block",
                                            at: .at(offset)))
                continue
            }
            let masked = SourceFile(name: source.name, text: block.masked)
            let compilation = compiler.compile(masked, options: options)
            diagnostics += compilation.diagnostics.map { remap($0, from: masked, to: source) }
            guard let frame = compilation.frame, !compilation.diagnostics.hasErrors else { continue }
            do {
                let bytes = try compiler.render(frame, as: format, options: options)
                let name = "\(stem)-\(number).\(format.rawValue)"
                images.append((name, bytes))
                replacements.append((block, link(name: name, title: frame.accessibilityTitle, description: frame.summary)))
            } catch {
                let offset = source.lineStarts[min(block.openingLine, source.lineStarts.count - 1)]
                diagnostics.append(.error("markdown.render-failed", "\(error)", at: .at(offset)))
            }
        }
        guard !diagnostics.hasErrors else { return Result(markdown: nil, images: [], diagnostics: diagnostics) }
        for (block, link) in replacements.reversed() {
            let indent = String(lines[block.openingLine].prefix { $0 == " " || $0 == "\t" })
            let last = min(block.closingLine, lines.count - 1)
            lines.replaceSubrange(block.openingLine...last, with: [indent + link])
        }
        return Result(markdown: lines.joined(separator: "\n"), images: images, diagnostics: diagnostics)
    }

    /// A diagnostic of a masked block moved onto the Markdown file: same line, same byte
    /// within the line (the block's lines are the file's lines).
    static func remap(_ diagnostic: Diagnostic, from masked: SourceFile, to source: SourceFile) -> Diagnostic {
        func move(_ offset: Int) -> Int {
            let line = masked.location(of: offset).line - 1
            guard line >= 0, line < masked.lineStarts.count, line < source.lineStarts.count else { return offset }
            return min(source.utf8.count, source.lineStarts[line] + offset - masked.lineStarts[line])
        }
        func move(_ range: SourceRange) -> SourceRange { SourceRange(start: move(range.start), end: move(range.end)) }
        var moved = diagnostic
        moved.range = move(diagnostic.range)
        moved.notes = diagnostic.notes.map { Diagnostic.Note($0.message, range: $0.range.map(move)) }
        return moved
    }

    /// `![alt](./name "title")`.
    static func link(name: String, title: String?, description: String?) -> String {
        func oneLine(_ text: String?) -> String? {
            let words = (text ?? "").split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == " " || $0 == "\t" })
            return words.isEmpty ? nil : words.joined(separator: " ")
        }
        let title = oneLine(title)
        let alt = (oneLine(description) ?? title ?? "diagram")
            .replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "[", with: "\\[")
            .replacingOccurrences(of: "]", with: "\\]")
        let titlePart = title.map { " \"" + $0.replacingOccurrences(of: "\"", with: "\\\"") + "\"" } ?? ""
        return "![\(alt)](./\(name)\(titlePart))"
    }
}
