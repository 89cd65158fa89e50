import Diagnostics
import MermaidSyntax

extension ModelBuilder {
    mutating func assignClasses(_ assignment: ClassAssignmentSyntax) {
        let names = assignment.classes.map(\.text)
        for target in assignment.targets {
            if let index = subgraphIndex[target.text] {
                diagram.subgraphs[index].classes += names
            } else if let index = nodeIndex[target.text] {
                diagram.nodes[index].classes += names
            } else if declaredEdgeIDs.contains(target.text) {
                diagnostics.append(Self.unsupported("classes on edges are", at: target.range))
            } else {
                diagnostics.append(.warning("mermaid.unknown-node", "no node or subgraph named '\(target.text)'",
                                            at: target.range, hint: "check the id; 'class' does not create nodes"))
            }
        }
    }

    /// `style id …`: like Mermaid, creates the node when the id is new.
    mutating func applyStyle(_ style: StyleSyntax) {
        let declarations = StyleDeclarations(style.declarations.map { .init($0.property, $0.value) })
        if let index = subgraphIndex[style.target.text] {
            subgraphInlineStyles[index, default: StyleDeclarations()] =
                (subgraphInlineStyles[index] ?? StyleDeclarations()).merged(with: declarations)
        } else {
            let index = node(named: style.target.text, range: style.target.range)
            nodeInlineStyles[index, default: StyleDeclarations()] =
                (nodeInlineStyles[index] ?? StyleDeclarations()).merged(with: declarations)
        }
    }

    /// `linkStyle`: indices count the edges defined so far, as in Mermaid.
    mutating func applyLinkStyle(_ style: LinkStyleSyntax) {
        let declarations = StyleDeclarations(style.declarations.map { .init($0.property, $0.value) })
        guard let indices = style.indices else {
            defaultLinkStyle = defaultLinkStyle.merged(with: declarations)
            if let curve = style.interpolate?.text { defaultCurve = curve }
            return
        }
        for index in indices {
            guard index.value < diagram.edges.count else {
                let count = diagram.edges.count
                diagnostics.append(.error("mermaid.link-index-out-of-range",
                                          "linkStyle index \(index.value) is out of range: "
                                          + "\(count == 1 ? "there is 1 link" : "there are \(count) links") before it",
                                          at: index.range,
                                          hint: count == 0 ? "define links before styling them"
                                              : "links are numbered from 0 to \(count - 1) in source order"))
                continue
            }
            edgeLinkStyles[index.value, default: StyleDeclarations()] =
                (edgeLinkStyles[index.value] ?? StyleDeclarations()).merged(with: declarations)
            if let curve = style.interpolate?.text { diagram.edges[index.value].curve = curve }
        }
    }

    mutating func assignMembership() {
        for subgraph in closingOrder {
            for node in mentions[subgraph] where diagram.nodes[node].subgraph == nil {
                diagram.nodes[node].subgraph = subgraph
            }
        }
    }

    /// Nodes: `classDef default`, then each class in order, then `style`.
    /// Edges: `linkStyle default`, then `linkStyle N`. Subgraphs: classes, then `style`.
    mutating func resolveStyles() {
        let defaults = diagram.classDefinitions["default"] ?? StyleDeclarations()
        for index in diagram.nodes.indices {
            var style = defaults
            for name in diagram.nodes[index].classes {
                if let definition = diagram.classDefinitions[name] { style = style.merged(with: definition) }
            }
            if let inline = nodeInlineStyles[index] { style = style.merged(with: inline) }
            diagram.nodes[index].style = style
        }
        for index in diagram.subgraphs.indices {
            var style = StyleDeclarations()
            for name in diagram.subgraphs[index].classes {
                if let definition = diagram.classDefinitions[name] { style = style.merged(with: definition) }
            }
            if let inline = subgraphInlineStyles[index] { style = style.merged(with: inline) }
            diagram.subgraphs[index].style = style
        }
        for index in diagram.edges.indices {
            diagram.edges[index].style = defaultLinkStyle.merged(with: edgeLinkStyles[index] ?? StyleDeclarations())
            if diagram.edges[index].curve == nil, let defaultCurve { diagram.edges[index].curve = defaultCurve }
        }
    }
}
