import Diagnostics
import MermaidSyntax

extension ModelBuilder {
    mutating func assignClasses(_ assignment: ClassAssignmentSyntax) {
        let names = assignment.classes.map(\.text)
        classUses += assignment.classes
        for target in assignment.targets {
            if let index = subgraphIndex[target.text] {
                diagram.subgraphs[index].classes += names
            } else if let index = nodeIndex[target.text] {
                diagram.nodes[index].classes += names
            } else if declaredEdgeIDs.contains(target.text) {
                for edge in edgesByID[target.text] ?? [] { diagram.edges[edge].classes += names }
            } else {
                unresolvedClassTargets.append(target)
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
            if nodeIndex[style.target.text] == nil {
                styleCreated.append((diagram.nodes.count, style.target.range))
            }
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

    /// `click`: URLs become node links; JavaScript callbacks cannot run, so they are reported.
    mutating func applyClick(_ click: ClickSyntax) {
        guard let index = nodeIndex[click.target.text] else {
            diagnostics.append(.warning("mermaid.unknown-node", "no node named '\(click.target.text)'",
                                        at: click.target.range, hint: "define the node before its 'click' line"))
            return
        }
        if let url = click.url {
            diagram.nodes[index].link = url
            diagram.nodes[index].linkTarget = click.linkTarget
        }
        if let tooltip = click.tooltip { diagram.nodes[index].tooltip = tooltip }
        if let callback = click.callback {
            diagnostics.append(.warning("mermaid.ignored-callback",
                                        "click callback '\(callback)' is ignored: Trellis runs no JavaScript",
                                        at: click.range, hint: "use a URL instead: click \(click.target.text) \"https://…\""))
        }
    }

    /// `class` lines naming nothing, and `style` lines that created a node mentioned nowhere else.
    mutating func reportUnresolvedTargets() {
        for target in unresolvedClassTargets {
            if let index = nodeIndex[target.text], mentioned.contains(index) {
                diagnostics.append(.warning("mermaid.class-before-node",
                                            "'class' on '\(target.text)' has no effect: the node is defined after this line",
                                            at: target.range,
                                            hint: "move the 'class' line below the node, or write '\(target.text):::name'",
                                            notes: [.init("'\(target.text)' is defined here", range: diagram.nodes[index].range)]))
            } else {
                diagnostics.append(.warning("mermaid.unknown-node", "no node, edge or subgraph named '\(target.text)'",
                                            at: target.range, hint: "check the id; 'class' does not create nodes"))
            }
        }
        for (index, range) in styleCreated where !mentioned.contains(index) {
            diagnostics.append(.warning("mermaid.style-creates-node",
                                        "'style' on '\(diagram.nodes[index].id)', which appears nowhere else, creates a lone node",
                                        at: range, hint: "check the id for a typo; style only nodes the diagram uses"))
        }
    }

    mutating func assignMembership() {
        for subgraph in closingOrder {
            for node in mentions[subgraph] where diagram.nodes[node].subgraph == nil {
                diagram.nodes[node].subgraph = subgraph
            }
        }
    }

    /// Nodes: `classDef default`, `classDef node`, then each class in order, then `style`
    /// (the order mermaid.js compiles them in).
    /// Edges: `linkStyle default`, then classes (`class e1 name`), then `linkStyle N`. Subgraphs: classes, then `style`.
    mutating func resolveStyles() {
        let defaults = (diagram.classDefinitions["default"] ?? StyleDeclarations())
            .merged(with: diagram.classDefinitions["node"] ?? StyleDeclarations())
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
            var style = defaultLinkStyle
            for name in diagram.edges[index].classes {
                if let definition = diagram.classDefinitions[name] { style = style.merged(with: definition) }
            }
            diagram.edges[index].style = style.merged(with: edgeLinkStyles[index] ?? StyleDeclarations())
            if diagram.edges[index].curve == nil, let defaultCurve { diagram.edges[index].curve = defaultCurve }
        }
    }
}
