import Diagnostics

/// Warns about an unlabelled link from a node to itself (`A --> A`): Mermaid draws a small
/// loop, but it is usually a typo for another id.
enum SelfLinkCheck {
    static func run(on diagram: FlowchartDiagram) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for edge in diagram.edges where edge.from == edge.to && edge.label == nil && edge.stroke != .invisible {
            guard case .node(let index) = edge.from else { continue }
            let id = diagram.nodes[index].id
            diagnostics.append(.warning("mermaid.self-link", "link from '\(id)' to itself",
                                        at: edge.range,
                                        hint: "check the target id; label the link if the loop is intended"))
        }
        return diagnostics
    }
}
