import Foundation
import Diagnostics
import Flowchart
import FlowchartScene
import Geometry
import Native
import Scene

extension SlideLayouter {
    /// Mermaid diagram types other than flowcharts, drawn as a code block with a warning.
    static let otherDiagramTypes = ["sequenceDiagram", "classDiagram", "stateDiagram", "stateDiagram-v2", "erDiagram",
                                    "journey", "gantt", "pie", "quadrantChart", "requirementDiagram", "gitGraph",
                                    "C4Context", "mindmap", "timeline", "zenuml", "sankey-beta", "xychart-beta",
                                    "block-beta", "packet-beta", "kanban", "architecture-beta", "radar-beta"]

    /// A ```mermaid block compiled by the flowchart engine, or nil to draw it as code
    /// (unsupported type: warning; errors: reported at their deck lines).
    mutating func layoutMermaid(_ code: String, node: MarkdownNode, width: Double) -> LaidBlock? {
        // The fence is the block's first line; the code starts on the next, indented like the fence.
        let firstLine = node.start.line + 1
        let indent = max(0, node.start.column - 1)
        let locator = self.locator
        return diagram(code, width: width, line: node.start.line) { range, file in
            let start = file.location(of: range.start), end = file.location(of: range.end)
            return SourceRange(start: locator.offset(line: firstLine + start.line - 1, column: start.column + indent),
                               end: locator.offset(line: firstLine + end.line - 1, column: end.column + indent))
        } unsupported: { [locator] kind in
            .warning("deck.unsupported-diagram", "'\(kind)' diagrams are not drawn yet; showing the code",
                     at: locator.range(line: firstLine), hint: "Trellis draws Mermaid flowcharts ('flowchart TD')")
        }
    }

    /// `![](diagram.mmd)`: the file compiled like a ```mermaid block; its problems are
    /// reported at the image's line.
    mutating func layoutDiagramFile(_ node: MarkdownNode, url: String, width: Double) -> LaidBlock? {
        guard let frame = diagramFileFrame(node, url: url) else { return nil }
        return block(frame, width: width, line: node.start.line)
    }

    /// The diagram of a `.mmd` file in the deck theme's colours, as a frame; nil after
    /// reporting why it cannot be drawn (at the image's line).
    mutating func diagramFileFrame(_ node: MarkdownNode, url: String) -> Frame? {
        guard case .success(let bytes) = resources.load(url) else {
            report(.error("deck.missing-diagram", "cannot read diagram '\(url)'", at: locator.range(of: node),
                          hint: "paths are relative to the deck file"))
            return nil
        }
        let imageRange = locator.range(of: node)
        return diagramFrame(String(decoding: bytes, as: UTF8.self),
                            origin: { range, file in "in \(url) at line \(file.location(of: range.start))" }) { _, _ in imageRange }
            unsupported: { kind in
                .warning("deck.unsupported-diagram", "'\(url)' is a '\(kind)' diagram, which is not drawn yet",
                         at: imageRange, hint: "Trellis draws Mermaid flowcharts ('flowchart TD')")
            }
    }

    private mutating func diagram(_ code: String, width: Double, line: Int,
                                  origin: ((SourceRange, SourceFile) -> String)? = nil,
                                  mapRange: (SourceRange, SourceFile) -> SourceRange,
                                  unsupported: (String) -> Diagnostic) -> LaidBlock? {
        guard let frame = diagramFrame(code, origin: origin, mapRange: mapRange, unsupported: unsupported) else { return nil }
        return block(frame, width: width, line: line)
    }

    /// A diagram frame as flexible content that fits the room left on the slide.
    private func block(_ frame: Frame, width: Double, line: Int) -> LaidBlock {
        let content = FlexibleContent(natural: frame.size, items: frame.items, maxScale: 1.6, tag: .class("diagram"))
        return content.block(width: width, height: .infinity, alignment: .center, line: line,
                             spaceAbove: theme.blockSpaceAbove, spaceBelow: theme.blockSpaceBelow)
    }

    private mutating func diagramFrame(_ code: String, origin: ((SourceRange, SourceFile) -> String)?,
                                       mapRange: (SourceRange, SourceFile) -> SourceRange,
                                       unsupported: (String) -> Diagnostic) -> Frame? {
        let file = SourceFile(name: "mermaid", text: code)
        let (compiled, found) = FlowchartCompiler.compile(file)
        if let kind = Self.diagramKind(code), Self.otherDiagramTypes.contains(kind) {
            report(unsupported(kind))
            return nil
        }
        for diagnostic in found {
            var mapped = diagnostic
            mapped.range = mapRange(diagnostic.range, file)
            mapped.notes = diagnostic.notes.map { Diagnostic.Note($0.message, range: $0.range.map { mapRange($0, file) }) }
            if let origin { mapped.notes.insert(Diagnostic.Note(origin(diagnostic.range, file)), at: 0) }
            report(mapped)
        }
        guard var diagram = compiled else { return nil }
        if diagram.config.theme == nil && diagram.config.themeVariables.isEmpty {
            diagram.config.theme = "base"
            diagram.config.themeVariables = DiagramColors.variables(for: theme)
        }
        let options = FlowchartSceneOptions(fontFamily: theme.fontFamily, fontSize: max(14, theme.fontSize * 0.6))
        return FlowchartSceneBuilder.build(diagram, measurer: metrics.measurer, options: options)
    }

    /// The first word of the first line that is not blank, a comment or front matter.
    static func diagramKind(_ code: String) -> String? {
        var inFrontMatter = false
        for raw in code.split(separator: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line == "---" { inFrontMatter.toggle(); continue }
            if inFrontMatter || line.isEmpty || line.hasPrefix("%%") { continue }
            return line.split(whereSeparator: { $0 == " " || $0 == ";" }).first.map(String.init)
        }
        return nil
    }
}
