import Diagnostics

/// `A & B --> C -.-> D`: groups of nodes joined by links; `groups.count == links.count + 1`.
/// A lone node statement is a chain with one group and no links.
public struct ChainSyntax: Hashable, Sendable {
    public var groups: [[NodeSyntax]]
    public var links: [LinkSyntax]
    public var range: SourceRange

    public init(groups: [[NodeSyntax]], links: [LinkSyntax], range: SourceRange) {
        self.groups = groups
        self.links = links
        self.range = range
    }
}

/// A node mention: `A`, `A[Text]`, `A@{ shape: … }`, with optional `:::class`es.
public struct NodeSyntax: Hashable, Sendable {
    public var id: Identifier
    public var shape: ShapeSyntax?
    public var data: [DataEntrySyntax]?
    public var classes: [Identifier]
    public var range: SourceRange

    public init(id: Identifier, shape: ShapeSyntax? = nil, data: [DataEntrySyntax]? = nil,
                classes: [Identifier] = [], range: SourceRange) {
        self.id = id
        self.shape = shape
        self.data = data
        self.classes = classes
        self.range = range
    }
}

/// Which bracket pair gave a node its shape.
public enum BracketKind: String, Hashable, Sendable, CaseIterable {
    case square = "[]", round = "()", stadium = "([])", subroutine = "[[]]", cylinder = "[()]"
    case circle = "(())", doubleCircle = "((()))", asymmetric = ">]", rhombus = "{}"
    case hexagon = "{{}}", leanRight = "[//]", leanLeft = "[\\\\]", trapezoid = "[/\\]"
    case trapezoidAlt = "[\\/]"
    /// `A(-text-)`: Mermaid's ellipse.
    case ellipse = "(--)"
}

/// The bracketed part of a node: its kind and label.
public struct ShapeSyntax: Hashable, Sendable {
    public var kind: BracketKind
    public var label: LabelSyntax
    /// `A[|borders:lt|Text]`: the `field:value` pairs before the text.
    public var properties: [DataEntrySyntax]
    public var range: SourceRange

    public init(kind: BracketKind, label: LabelSyntax, properties: [DataEntrySyntax] = [], range: SourceRange) {
        self.kind = kind
        self.label = label
        self.properties = properties
        self.range = range
    }
}

/// One `key: value` of an `@{ … }` block; the value is unquoted and decoded.
public struct DataEntrySyntax: Hashable, Sendable {
    public var key: Identifier
    public var value: LabelSyntax

    public init(key: Identifier, value: LabelSyntax) {
        self.key = key
        self.value = value
    }
}

/// Line kind of a link as written.
public enum LinkStrokeSyntax: String, Hashable, Sendable {
    case normal, thick, dotted, invisible
}

/// End marker of a link as written.
public enum LinkHeadSyntax: String, Hashable, Sendable {
    case none, arrow, circle, cross
}

/// `-->`, `-- text -->`, `e1@==>|text|`, …
public struct LinkSyntax: Hashable, Sendable {
    public var id: Identifier?
    public var stroke: LinkStrokeSyntax
    public var startHead: LinkHeadSyntax
    public var endHead: LinkHeadSyntax
    /// Mermaid's link length: 1 for `-->`, one more per extra `-`, `.` or `=`.
    public var length: Int
    public var label: LabelSyntax?
    public var range: SourceRange

    public init(id: Identifier? = nil, stroke: LinkStrokeSyntax, startHead: LinkHeadSyntax, endHead: LinkHeadSyntax,
                length: Int, label: LabelSyntax? = nil, range: SourceRange) {
        self.id = id
        self.stroke = stroke
        self.startHead = startHead
        self.endHead = endHead
        self.length = length
        self.label = label
        self.range = range
    }
}
