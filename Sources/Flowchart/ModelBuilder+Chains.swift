import Diagnostics
import MermaidSyntax

extension ModelBuilder {
    mutating func addChain(_ chain: ChainSyntax, in subgraph: Int?) {
        if chain.links.isEmpty, chain.groups.count == 1, chain.groups[0].count == 1,
           let only = chain.groups.first?.first, let data = only.data,
           declaredEdgeIDs.contains(only.id.text) {
            // As in mermaid.js, the data goes to the edge only if it is already defined;
            // otherwise it makes a node of that name.
            if edgesByID[only.id.text] != nil {
                applyEdgeData(data, to: only.id.text, range: only.range)
                return
            }
            diagnostics.append(.warning("mermaid.edge-data-before-edge",
                                        "'\(only.id.text)@{ … }' comes before the edge '\(only.id.text)' is defined, "
                                        + "so it makes a node '\(only.id.text)'",
                                        at: only.id.range, hint: "move this line below the link '\(only.id.text)@-->'"))
        }
        var endpoints: [[FlowEndpoint]] = []
        for group in chain.groups {
            endpoints.append(group.map { mention($0, in: subgraph) })
        }
        for (index, link) in chain.links.enumerated() {
            for from in endpoints[index] {
                for to in endpoints[index + 1] {
                    addEdge(from: from, to: to, link: link)
                }
            }
        }
    }

    private mutating func addEdge(from: FlowEndpoint, to: FlowEndpoint, link: LinkSyntax) {
        var edge = FlowEdge(from: from, to: to,
                            label: link.label.map { FlowLabel($0.text, isMarkdown: $0.isMarkdown) },
                            stroke: EdgeStroke(rawValue: link.stroke.rawValue) ?? .normal,
                            startArrow: ArrowHead(rawValue: link.startHead.rawValue) ?? .none,
                            endArrow: ArrowHead(rawValue: link.endHead.rawValue) ?? .none,
                            minLength: max(1, link.length), range: link.range)
        if let id = link.id?.text {
            edge.id = id
            edgesByID[id, default: []].append(diagram.edges.count)
        }
        diagram.edges.append(edge)
    }

    /// The endpoint a node mention refers to, creating or updating the node.
    mutating func mention(_ syntax: NodeSyntax, in subgraph: Int?) -> FlowEndpoint {
        classUses += syntax.classes
        if let index = subgraphIndex[syntax.id.text] {
            diagram.subgraphs[index].classes += syntax.classes.map(\.text)
            if syntax.shape != nil || syntax.data != nil {
                // mermaid.js keeps the subgraph as it is and ignores the shape and text.
                diagnostics.append(.warning("mermaid.shape-on-subgraph",
                                            "'\(syntax.id.text)' is a subgraph: the shape and text given here are ignored",
                                            at: syntax.range,
                                            hint: "refer to the subgraph by its id alone, or give the node another id"))
            }
            return .subgraph(index)
        }
        let index = node(named: syntax.id.text, range: syntax.range)
        mentioned.insert(index)
        if let shape = syntax.shape {
            relabel(index, FlowLabel(shape.label.text, isMarkdown: shape.label.isMarkdown), range: shape.range)
            diagram.nodes[index].shape = Self.shape(for: shape.kind)
            for property in shape.properties {
                diagram.nodes[index].properties[property.key.text] = property.value.text
            }
        }
        if let data = syntax.data {
            applyNodeData(data, to: index, range: syntax.range)
        }
        diagram.nodes[index].classes += syntax.classes.map(\.text)
        if let subgraph { mentions[subgraph].append(index) }
        return .node(index)
    }

    /// The index of the node with this id, created (labelled with its id) on first mention.
    mutating func node(named id: String, range: SourceRange) -> Int {
        if let index = nodeIndex[id] { return index }
        let index = diagram.nodes.count
        diagram.nodes.append(FlowNode(id: id, label: FlowLabel(id), range: range))
        nodeIndex[id] = index
        return index
    }

    private mutating func applyEdgeData(_ entries: [DataEntrySyntax], to id: String, range: SourceRange) {
        for entry in entries {
            let value = entry.value.text
            switch entry.key.text {
            case "curve":
                updateEdges(id) { $0.curve = value }
            case "animate":
                updateEdges(id) { $0.animation = value == "true" ? "true" : nil }
            case "animation":
                updateEdges(id) { $0.animation = value }
            default:
                diagnostics.append(.warning("mermaid.unknown-edge-key", "unknown edge data key '\(entry.key.text)' is ignored",
                                            at: entry.key.range, hint: "edge data keys are animate, animation and curve"))
            }
        }
    }

    private mutating func updateEdges(_ id: String, _ change: (inout FlowEdge) -> Void) {
        for index in edgesByID[id] ?? [] { change(&diagram.edges[index]) }
    }

    static func shape(for kind: BracketKind) -> NodeShape {
        switch kind {
        case .square: return .rectangle
        case .round: return .roundedRectangle
        case .stadium: return .stadium
        case .subroutine: return .subroutine
        case .cylinder: return .cylinder
        case .circle: return .circle
        case .doubleCircle: return .doubleCircle
        case .asymmetric: return .asymmetric
        case .rhombus: return .rhombus
        case .hexagon: return .hexagon
        case .leanRight: return .parallelogram
        case .leanLeft: return .parallelogramAlt
        case .trapezoid: return .trapezoid
        case .trapezoidAlt: return .trapezoidAlt
        // mermaid.js 11 parses `(-…-)` but has no drawing for it; the stadium is the nearest shape.
        case .ellipse: return .stadium
        }
    }
}
