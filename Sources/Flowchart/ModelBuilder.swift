import Diagnostics
import MermaidSyntax

/// Walks a `FlowchartSyntax` and builds the `FlowchartDiagram` with Mermaid's rules:
/// nodes in first-mention order, the last label (and its shape) wins, edges in source order,
/// subgraph membership as Mermaid assigns it, styles resolved at the end.
///
/// Membership follows mermaid.js: a subgraph owns the nodes mentioned directly in its body,
/// subgraphs claim nodes in the order they close (inner before outer, earlier sibling before
/// later), and a node already claimed stays where it is. A node mentioned only outside every
/// subgraph belongs to none.
struct ModelBuilder {
    var diagram = FlowchartDiagram()
    var diagnostics: [Diagnostic] = []

    var nodeIndex: [String: Int] = [:]
    var subgraphIndex: [String: Int] = [:]
    /// Edge ids (`e1@-->`) declared anywhere, and the edges that carry each.
    var declaredEdgeIDs: Set<String> = []
    var edgesByID: [String: [Int]] = [:]
    /// Node indices mentioned directly in each subgraph's body, in order.
    var mentions: [[Int]] = []
    /// Subgraph indices in closing order.
    var closingOrder: [Int] = []
    var nodeInlineStyles: [Int: StyleDeclarations] = [:]
    var subgraphInlineStyles: [Int: StyleDeclarations] = [:]
    var edgeLinkStyles: [Int: StyleDeclarations] = [:]
    var defaultLinkStyle = StyleDeclarations()
    var defaultCurve: String?
    /// Nodes mentioned in a chain (not only by `style`).
    var mentioned: Set<Int> = []
    /// The first explicit text of each node, for the relabelled-node warning.
    var explicitLabels: [Int: (label: FlowLabel, range: SourceRange)] = [:]
    /// Nodes created by a `style` line, with that line's target range.
    var styleCreated: [(node: Int, range: SourceRange)] = []
    /// `classDef` names with where they were defined, in source order.
    var classDefRanges: [(name: String, range: SourceRange)] = []
    /// `class` targets that named nothing when the line was read.
    var unresolvedClassTargets: [Identifier] = []
    /// Every class name applied (`:::`, `class`), where it was written.
    var classUses: [Identifier] = []

    mutating func build(_ syntax: FlowchartSyntax) {
        applyConfig(syntax)
        var counter = 0
        declareSubgraphs(syntax.statements, parent: nil, counter: &counter)
        var cursor = 0
        walk(syntax.statements, in: nil, subgraphCursor: &cursor)
        assignMembership()
        resolveStyles()
        reportUnresolvedTargets()
        diagnostics += IconLabelCheck.run(on: diagram)
        diagnostics += ImageReferenceCheck.run(on: diagram)
        diagnostics += ClassUsageCheck.run(on: diagram, definitions: classDefRanges, classUses: classUses)
        diagnostics += SelfLinkCheck.run(on: diagram)
    }

    private mutating func applyConfig(_ syntax: FlowchartSyntax) {
        if let direction = syntax.header?.direction?.text, let normal = FlowchartParser.direction(named: direction) {
            diagram.direction = FlowDirection(rawValue: normal) ?? .topToBottom
        }
        for config in [syntax.frontMatter].compactMap({ $0 }) + syntax.directives {
            if let title = config.title { diagram.title = title }
            if let theme = config.theme { diagram.config.theme = theme }
            if let spacing = config.nodeSpacing { diagram.config.nodeSpacing = spacing }
            if let spacing = config.rankSpacing { diagram.config.rankSpacing = spacing }
            if let curve = config.curve { diagram.config.curve = curve }
            if let look = config.look { diagram.config.look = look }
            if let layout = config.layout { diagram.config.layout = layout }
            for entry in config.themeVariables { diagram.config.themeVariables[entry.key] = entry.value }
            if let value = config.padding { diagram.config.padding = value }
            if let value = config.wrappingWidth { diagram.config.wrappingWidth = value }
            if let value = config.diagramPadding { diagram.config.diagramPadding = value }
            if let value = config.htmlLabels { diagram.config.htmlLabels = value }
        }
    }

    /// First pass: every subgraph, in opening order, so endpoints can name a subgraph
    /// declared later in the file.
    private mutating func declareSubgraphs(_ statements: [StatementSyntax], parent: Int?, counter: inout Int) {
        for statement in statements {
            switch statement {
            case .subgraph(let syntax):
                let index = diagram.subgraphs.count
                diagram.subgraphs.append(FlowSubgraph(id: "", title: FlowLabel(""), parent: parent,
                                                      classes: syntax.classes.map(\.text), range: syntax.range))
                mentions.append([])
                classUses += syntax.classes
                declareSubgraphs(syntax.body, parent: index, counter: &counter)
                // Mermaid numbers generated ids (`subGraphN`) in closing order, inner first.
                let id = syntax.id?.text ?? generatedID(for: syntax.title?.text ?? "", counter: counter)
                counter += 1
                diagram.subgraphs[index].id = id
                // No title: the id (`subgraph id`), or nothing for a bare `subgraph`.
                diagram.subgraphs[index].title = syntax.title.map { FlowLabel($0.text, isMarkdown: $0.isMarkdown) }
                    ?? FlowLabel(syntax.id?.text ?? "")
                if subgraphIndex[id] == nil { subgraphIndex[id] = index }
            case .chain(let chain):
                for link in chain.links {
                    if let id = link.id { declaredEdgeIDs.insert(id.text) }
                }
            default:
                break
            }
        }
    }

    private func generatedID(for title: String, counter: Int) -> String {
        title.isEmpty || title.contains(where: { $0 == " " || $0 == "\t" || $0 == "\n" }) ? "subGraph\(counter)" : title
    }

    private mutating func walk(_ statements: [StatementSyntax], in subgraph: Int?, subgraphCursor: inout Int) {
        for statement in statements {
            switch statement {
            case .chain(let chain):
                addChain(chain, in: subgraph)
            case .subgraph(let syntax):
                let index = subgraphCursor
                subgraphCursor += 1
                walk(syntax.body, in: index, subgraphCursor: &subgraphCursor)
                closingOrder.append(index)
            case .direction(let word, let range):
                let direction = FlowchartParser.direction(named: word.text).flatMap(FlowDirection.init(rawValue:))
                if let subgraph {
                    diagram.subgraphs[subgraph].direction = direction
                } else {
                    diagnostics.append(.warning("mermaid.ignored-direction",
                                                "'direction' outside a subgraph has no effect", at: range,
                                                hint: "set the diagram's direction in the header, e.g. 'flowchart LR'"))
                }
            case .classDef(let def):
                let declarations = StyleDeclarations(def.declarations.map { .init($0.property, $0.value) })
                for name in def.names {
                    classDefRanges.append((name.text, name.range))
                    diagram.classDefinitions[name.text, default: StyleDeclarations()] =
                        (diagram.classDefinitions[name.text] ?? StyleDeclarations()).merged(with: declarations)
                }
            case .classAssignment(let assignment):
                assignClasses(assignment)
            case .style(let style):
                applyStyle(style)
            case .linkStyle(let style):
                applyLinkStyle(style)
            case .accessibilityTitle(let text, _):
                diagram.accessibilityTitle = text
            case .accessibilityDescription(let text, _):
                diagram.accessibilityDescription = text
            case .click(let click):
                applyClick(click)
            }
        }
    }
}
