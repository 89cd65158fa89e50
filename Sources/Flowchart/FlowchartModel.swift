import Diagnostics

/// Which way a flowchart (or a subgraph) flows.
public enum FlowDirection: String, Hashable, Sendable, CaseIterable {
    case topToBottom = "TB", bottomToTop = "BT", leftToRight = "LR", rightToLeft = "RL"
}

/// A node's outline, by Mermaid's bracket syntax (the `@{ shape: … }` names map onto these
/// and onto more cases added by the rendering issue).
public enum NodeShape: String, Hashable, Sendable, CaseIterable {
    case rectangle          // A[text]
    case roundedRectangle   // A(text)
    case stadium            // A([text])
    case subroutine         // A[[text]]
    case cylinder           // A[(text)]
    case circle             // A((text))
    case doubleCircle       // A(((text)))
    case asymmetric         // A>text]
    case rhombus            // A{text}
    case hexagon            // A{{text}}
    case parallelogram      // A[/text/]
    case parallelogramAlt   // A[\text\]
    case trapezoid          // A[/text\]
    case trapezoidAlt       // A[\text/]
    // The other shapes of the expanded syntax `A@{ shape: … }`, by Mermaid's short name.
    case datastore          // datastore
    case bang               // bang
    case cloud              // cloud
    case text               // text
    case notchedRectangle   // notch-rect
    case linedRectangle     // lin-rect
    case smallCircle        // sm-circ
    case framedCircle       // fr-circ
    case fork               // fork
    case hourglass          // hourglass
    case braceLeft          // brace
    case braceRight         // brace-r
    case braces             // braces
    case bolt               // bolt
    case document           // doc
    case delay              // delay
    case horizontalCylinder // h-cyl
    case linedCylinder      // lin-cyl
    case curvedTrapezoid    // curv-trap
    case dividedRectangle   // div-rect
    case triangle           // tri
    case windowPane         // win-pane
    case filledCircle       // f-circ
    case notchedPentagon    // notch-pent
    case flippedTriangle    // flip-tri
    case slopedRectangle    // sl-rect
    case stackedDocument    // docs
    case stackedRectangle   // st-rect
    case bowTieRectangle    // bow-rect
    case crossedCircle      // cross-circ
    case taggedDocument     // tag-doc
    case taggedRectangle    // tag-rect
    case flag               // flag
    case linedDocument      // lin-doc
}

/// Label text as written: `text` has `<br>` already turned into `"\n"` and entity codes
/// decoded; `isMarkdown` is set for Mermaid's markdown strings ("`…`").
public struct FlowLabel: Hashable, Sendable {
    public var text: String
    public var isMarkdown: Bool

    public init(_ text: String, isMarkdown: Bool = false) {
        self.text = text
        self.isMarkdown = isMarkdown
    }
}

/// CSS-like declarations from `classDef`, `style` and `linkStyle`, in source order
/// (`fill`, `stroke`, `stroke-width`, `stroke-dasharray`, `color`, `font-size`, …).
/// Later declarations of the same property win.
public struct StyleDeclarations: Hashable, Sendable {
    /// One `property: value` pair, both trimmed, property lower-cased.
    public struct Declaration: Hashable, Sendable {
        public var property: String
        public var value: String
        public init(_ property: String, _ value: String) {
            self.property = property
            self.value = value
        }
    }

    public var declarations: [Declaration]

    public init(_ declarations: [Declaration] = []) {
        self.declarations = declarations
    }

    /// The last value given for a property.
    public subscript(property: String) -> String? {
        declarations.last { $0.property == property }?.value
    }

    /// `other`'s declarations applied after these.
    public func merged(with other: StyleDeclarations) -> StyleDeclarations {
        StyleDeclarations(declarations + other.declarations)
    }

    public var isEmpty: Bool { declarations.isEmpty }
}

/// A node of the flowchart. Its index in `FlowchartDiagram.nodes` is its stable id.
public struct FlowNode: Hashable, Sendable {
    /// The Mermaid id (`A` in `A[Text]`).
    public var id: String
    /// The last label given; the id when none was given.
    public var label: FlowLabel
    public var shape: NodeShape
    /// Class names from `class`, `:::`, in order of application.
    public var classes: [String]
    /// Effective style: `classDef default`, `classDef node`, then each class's definition, then `style` lines.
    public var style: StyleDeclarations
    /// Innermost subgraph holding the node (index into `subgraphs`).
    public var subgraph: Int?
    /// Where the node was first mentioned.
    public var range: SourceRange
    /// URL from `click id "url"` / `click id href "url"`.
    public var link: String? = nil
    /// Tooltip from a `click` statement.
    public var tooltip: String? = nil
    /// Link target from a `click` statement (`_blank`, `_self`, …).
    public var linkTarget: String? = nil
    /// `@{ icon: "fa:user" }`: an icon name (`pack:name`) drawn in the node.
    public var icon: String? = nil
    /// Where the `icon` value was written.
    public var iconRange: SourceRange? = nil
    /// `@{ img: "https://…" }`: a picture drawn in the node.
    public var image: NodeImage? = nil
    /// `@{ form: square | circle | rounded }`: the frame of an icon node.
    public var form: String? = nil
    /// `@{ pos: t | b }`: the label's place relative to an icon or image.
    public var labelPosition: String? = nil
    /// `@{ w: …, h: … }`: the icon or image size asked for.
    public var assetWidth: Double? = nil
    public var assetHeight: Double? = nil
    /// `A[|borders:lt|Text]`: the field/value properties given in the bracket.
    public var properties: [String: String] = [:]

    public init(id: String, label: FlowLabel, shape: NodeShape = .rectangle, classes: [String] = [],
                style: StyleDeclarations = StyleDeclarations(), subgraph: Int? = nil,
                range: SourceRange) {
        self.id = id
        self.label = label
        self.shape = shape
        self.classes = classes
        self.style = style
        self.subgraph = subgraph
        self.range = range
    }
}

/// The picture of an image node (`@{ img: …, w: …, h: …, constraint: on }`).
public struct NodeImage: Hashable, Sendable {
    public var url: String
    public var width: Double?
    public var height: Double?
    /// `on`: keep the image's aspect ratio when only one of `w`/`h` is given.
    public var constraint: String?
    /// Where the `img` value was written.
    public var range: SourceRange?

    public init(url: String, width: Double? = nil, height: Double? = nil, constraint: String? = nil,
                range: SourceRange? = nil) {
        self.range = range
        self.url = url
        self.width = width
        self.height = height
        self.constraint = constraint
    }
}

/// One end of an edge: a node or a whole subgraph.
public enum FlowEndpoint: Hashable, Sendable {
    case node(Int)
    case subgraph(Int)
}

/// Line kind of an edge.
public enum EdgeStroke: String, Hashable, Sendable {
    case normal, thick, dotted, invisible
}

/// Marker at an end of an edge.
public enum ArrowHead: String, Hashable, Sendable {
    case none, arrow, circle, cross
}

/// An edge; its index in `FlowchartDiagram.edges` is its `linkStyle` index.
public struct FlowEdge: Hashable, Sendable {
    public var from: FlowEndpoint
    public var to: FlowEndpoint
    public var label: FlowLabel?
    public var stroke: EdgeStroke
    public var startArrow: ArrowHead
    public var endArrow: ArrowHead
    /// Minimum rank distance: 1 for `-->`, one more per extra dash/dot/equals.
    public var minLength: Int
    /// `linkStyle default`, then its classes' definitions, then `linkStyle N` declarations.
    public var style: StyleDeclarations
    public var range: SourceRange
    /// Class names from `class e1 name` (edge ids), in order of application.
    public var classes: [String] = []
    /// The edge id from `e1@-->`, if given.
    public var id: String? = nil
    /// Curve name from `e1@{ curve: … }` or `linkStyle … interpolate …` (`basis`, `linear`, …).
    public var curve: String? = nil
    /// Animation from `e1@{ animate: true }` (`"true"`) or `e1@{ animation: fast }` (`fast`, `slow`).
    public var animation: String? = nil

    public init(from: FlowEndpoint, to: FlowEndpoint, label: FlowLabel? = nil, stroke: EdgeStroke = .normal,
                startArrow: ArrowHead = .none, endArrow: ArrowHead = .arrow, minLength: Int = 1,
                style: StyleDeclarations = StyleDeclarations(), range: SourceRange) {
        self.from = from
        self.to = to
        self.label = label
        self.stroke = stroke
        self.startArrow = startArrow
        self.endArrow = endArrow
        self.minLength = minLength
        self.style = style
        self.range = range
    }
}

/// A subgraph: a titled cluster of nodes and nested subgraphs.
public struct FlowSubgraph: Hashable, Sendable {
    public var id: String
    /// The title; the id when none was given (empty for a bare `subgraph`).
    public var title: FlowLabel
    /// Enclosing subgraph, if nested.
    public var parent: Int?
    public var direction: FlowDirection?
    public var classes: [String]
    public var style: StyleDeclarations
    public var range: SourceRange

    public init(id: String, title: FlowLabel, parent: Int? = nil, direction: FlowDirection? = nil,
                classes: [String] = [], style: StyleDeclarations = StyleDeclarations(), range: SourceRange) {
        self.id = id
        self.title = title
        self.parent = parent
        self.direction = direction
        self.classes = classes
        self.style = style
        self.range = range
    }
}

/// The meaning of a flowchart: nodes in first-mention order, edges in source order,
/// subgraphs in opening order (parents before children), with styles resolved.
public struct FlowchartDiagram: Hashable, Sendable {
    public var direction: FlowDirection
    public var title: String?
    public var nodes: [FlowNode]
    public var edges: [FlowEdge]
    public var subgraphs: [FlowSubgraph]
    public var config: FlowchartConfig
    /// `classDef` definitions by name, for tools; already applied to nodes.
    public var classDefinitions: [String: StyleDeclarations]
    /// `accTitle: …`, if given.
    public var accessibilityTitle: String? = nil
    /// `accDescr: …` or `accDescr { … }`, if given.
    public var accessibilityDescription: String? = nil

    public init(direction: FlowDirection = .topToBottom, title: String? = nil, nodes: [FlowNode] = [],
                edges: [FlowEdge] = [], subgraphs: [FlowSubgraph] = [], config: FlowchartConfig = FlowchartConfig(),
                classDefinitions: [String: StyleDeclarations] = [:]) {
        self.direction = direction
        self.title = title
        self.nodes = nodes
        self.edges = edges
        self.subgraphs = subgraphs
        self.config = config
        self.classDefinitions = classDefinitions
    }
}
