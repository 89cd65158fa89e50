import Geometry

/// Which way ranks advance.
public enum LayoutDirection: String, Hashable, Sendable, CaseIterable {
    case topToBottom, bottomToTop, leftToRight, rightToLeft

    /// Whether ranks advance horizontally (LR/RL).
    public var isHorizontal: Bool { self == .leftToRight || self == .rightToLeft }
}

/// One end of an edge: a node, or a cluster as a whole (Mermaid's `A --> subgraphId`).
public enum LayoutEndpoint: Hashable, Sendable {
    case node(Int)
    case cluster(Int)
}

/// A box to place. Ids are array indices into `LayoutGraph.nodes`.
public struct LayoutNode: Hashable, Sendable {
    /// Final size of the box in output units (already in the output orientation:
    /// width is always horizontal, whatever the direction).
    public var size: Size
    /// Innermost cluster holding the node, if any.
    public var cluster: Int?

    public init(size: Size, cluster: Int? = nil) {
        self.size = size
        self.cluster = cluster
    }
}

/// A connection to route. Ids are array indices into `LayoutGraph.edges`.
public struct LayoutEdge: Hashable, Sendable {
    public var from: LayoutEndpoint
    public var to: LayoutEndpoint
    /// Minimum number of ranks between the ends (Mermaid's `--->` is 2); 0 is allowed.
    public var minLength: Int
    /// Relative importance for straightening; 1 by default.
    public var weight: Double
    /// Size of the edge's label box (output orientation), or nil when unlabelled.
    public var labelSize: Size?
    /// Invisible edges shape the layout but need no route drawn (still returned).
    public var isInvisible: Bool

    public init(from: LayoutEndpoint, to: LayoutEndpoint, minLength: Int = 1, weight: Double = 1,
                labelSize: Size? = nil, isInvisible: Bool = false) {
        self.from = from
        self.to = to
        self.minLength = minLength
        self.weight = weight
        self.labelSize = labelSize
        self.isInvisible = isInvisible
    }
}

/// A group of nodes drawn inside one box (Mermaid's subgraph). Ids are array indices.
public struct LayoutCluster: Hashable, Sendable {
    /// Enclosing cluster, if nested.
    public var parent: Int?
    /// Size of the title block placed at the top inside the cluster box (zero for none).
    public var titleSize: Size
    /// Space between the cluster border and its content.
    public var padding: Double
    /// A direction of its own for the cluster's content (Mermaid's subgraph `direction`): the
    /// cluster is laid out as one unit in it, also when its members link outside (unless an
    /// edge joins the cluster itself to its own content).
    public var direction: LayoutDirection?

    public init(parent: Int? = nil, titleSize: Size = .zero, padding: Double = 8,
                direction: LayoutDirection? = nil) {
        self.parent = parent
        self.titleSize = titleSize
        self.padding = padding
        self.direction = direction
    }
}

/// Spacing and direction for a whole layout.
public struct LayoutOptions: Hashable, Sendable {
    public var direction: LayoutDirection
    /// Gap between neighbouring boxes in one rank (Mermaid `nodeSpacing`, 50).
    public var nodeSpacing: Double
    /// Gap between ranks (Mermaid `rankSpacing`, 50).
    public var rankSpacing: Double
    /// Gap kept around edge routes and edge labels.
    public var edgeSpacing: Double

    public init(direction: LayoutDirection = .topToBottom, nodeSpacing: Double = 50,
                rankSpacing: Double = 50, edgeSpacing: Double = 10) {
        self.direction = direction
        self.nodeSpacing = nodeSpacing
        self.rankSpacing = rankSpacing
        self.edgeSpacing = edgeSpacing
    }
}

/// The input of a layout: sized boxes, edges between them, clusters, options.
public struct LayoutGraph: Hashable, Sendable {
    public var nodes: [LayoutNode]
    public var edges: [LayoutEdge]
    public var clusters: [LayoutCluster]
    public var options: LayoutOptions

    public init(nodes: [LayoutNode] = [], edges: [LayoutEdge] = [], clusters: [LayoutCluster] = [],
                options: LayoutOptions = LayoutOptions()) {
        self.nodes = nodes
        self.edges = edges
        self.clusters = clusters
        self.options = options
    }
}
