import Diagnostics

/// Warns about Font Awesome icon references (`fa:fa-car`) in labels: Mermaid draws an icon
/// there, Trellis draws the text as written.
enum IconLabelCheck {
    static func run(on diagram: FlowchartDiagram) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func check(_ label: FlowLabel?, range: SourceRange) {
            guard let label, let icon = iconReference(in: label.text) else { return }
            diagnostics.append(.warning("mermaid.icon-in-label",
                                        "icon '\(icon)' is drawn as text: icons are not supported yet", at: range,
                                        hint: "remove the icon reference or replace it with a Unicode symbol"))
        }
        for node in diagram.nodes { check(node.label, range: node.range) }
        for edge in diagram.edges { check(edge.label, range: edge.range) }
        for subgraph in diagram.subgraphs { check(subgraph.title, range: subgraph.range) }
        return diagnostics
    }

    /// The first `fa:fa-name` / `fab:fa-name` (any Font Awesome prefix) in `text`.
    static func iconReference(in text: String) -> String? {
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
            guard let colon = word.firstIndex(of: ":") else { continue }
            let prefix = word[..<colon]
            let rest = word[word.index(after: colon)...]
            if prefix.hasPrefix("fa"), prefix.count <= 4, prefix.allSatisfy(\.isLetter), rest.hasPrefix("fa-") {
                return String(word)
            }
        }
        return nil
    }
}
