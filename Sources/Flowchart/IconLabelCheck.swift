import Diagnostics

/// Checks icons against the bundled Font Awesome 4.7: `fa:fa-name` references in labels and
/// `@{ icon: … }` nodes. An unknown name or another icon pack is a warning (the reference
/// stays as text; an icon node shows an empty frame), with the nearest names as a hint.
enum IconLabelCheck {
    static func run(on diagram: FlowchartDiagram) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func check(_ label: FlowLabel?, range: SourceRange) {
            guard let label else { return }
            for reference in FontAwesome.references(in: label.text) where FontAwesome.character(named: reference.name) == nil {
                diagnostics.append(unknown(reference.text, name: reference.name, range: range, drawn: "drawn as text"))
            }
        }
        for node in diagram.nodes {
            check(node.label, range: node.range)
            guard let icon = node.icon else { continue }
            let range = node.iconRange ?? node.range
            if let name = FontAwesome.iconName(icon) {
                if FontAwesome.character(named: name) == nil {
                    diagnostics.append(unknown(icon, name: name, range: range, drawn: "the node is drawn without it"))
                }
            } else {
                let pack = icon.split(separator: ":", maxSplits: 1).first.map(String.init) ?? icon
                diagnostics.append(.warning("mermaid.unknown-icon-pack",
                                            "icon '\(icon)' is not in a bundled icon pack; the node is drawn without it",
                                            at: range,
                                            hint: icon.contains(":") ? "Trellis bundles Font Awesome 4.7 only ('fa:name'), not '\(pack)'"
                                                : "write the pack and the name, e.g. 'fa:user'"))
            }
        }
        for edge in diagram.edges { check(edge.label, range: edge.range) }
        for subgraph in diagram.subgraphs { check(subgraph.title, range: subgraph.range) }
        return diagnostics
    }

    private static func unknown(_ written: String, name: String, range: SourceRange, drawn: String) -> Diagnostic {
        let suggestions = FontAwesome.suggestions(for: name)
        let hint = suggestions.isEmpty ? "see the Font Awesome 4.7 icon list (fontawesome.com/v4/icons)"
            : "did you mean " + suggestions.map { "'fa-\($0)'" }.joined(separator: ", ") + "?"
        return .warning("mermaid.unknown-icon", "unknown Font Awesome icon '\(written)'; \(drawn)", at: range, hint: hint)
    }
}
