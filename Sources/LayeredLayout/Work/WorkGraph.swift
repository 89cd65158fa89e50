import Geometry

/// The mutable graph every pass reads and updates: nodes and edges in arrays indexed by Int ids.
///
/// Coordinates are "internal": ranks grow downwards (top-to-bottom) whatever the requested
/// direction; `Orient` maps them to the output orientation at the very end.
struct WorkGraph {
    /// What a working node stands for.
    enum Kind: Equatable {
        /// An input node (its input id).
        case real(Int)
        /// Stands in for the content of an empty cluster.
        case placeholder(Int)
        /// The top border of a cluster (carries its title when the title is on top).
        case clusterTop(Int)
        /// The bottom border of a cluster.
        case clusterBottom(Int)
        /// A bend point of a long edge.
        case dummy
        /// A bend of the invisible chain from a cluster's top to its bottom border.
        case spine
        /// The label of layout edge `id`, at the middle of its chain.
        case label(Int)
        /// The left side of a cluster in one rank (ClusterBorders, after ordering).
        case borderLeft(Int)
        /// The right side of a cluster in one rank.
        case borderRight(Int)
    }

    /// A box to place; `width` includes any self-loop extent.
    struct Node {
        var kind: Kind
        var width: Double
        var height: Double
        var cluster: Int?
        var rank = 0
        var order = 0
        var x = 0.0
        var y = 0.0
        /// Width reserved on the right for self-loops (and their labels).
        var loopExtent = 0.0

        /// Boxes that keep `nodeSpacing` from their neighbours (others keep `edgeSpacing`).
        var isSolid: Bool {
            switch kind {
            case .real, .placeholder: return true
            default: return false
            }
        }

        var isLabel: Bool {
            if case .label = kind { return true }
            return false
        }

        /// Points of edges (plain bends and labels): their segments may be kept straight.
        var isEdgePoint: Bool {
            switch kind {
            case .dummy, .label, .spine, .borderLeft, .borderRight: return true
            default: return false
            }
        }

        /// A left or right cluster side: its vertical chain beats every other segment.
        var isSide: Bool {
            switch kind {
            case .borderLeft, .borderRight: return true
            default: return false
            }
        }
    }

    /// A directed edge between working nodes.
    struct Edge {
        var from: Int
        var to: Int
        var minLength: Int
        var weight: Double
        /// Index into `LayoutGraph.edges`; nil for structural edges.
        var original: Int?
        var isNesting = false
        var reversed = false
        /// Label size in internal orientation.
        var labelSize: Size?
    }

    /// A cluster with its border nodes and internal insets.
    struct Cluster {
        var parent: Int?
        var depth = 0
        var insets: Insets
        /// Smallest extent along the rank axis (room for a title that runs across ranks).
        var minimumLength = 0.0
        /// Smallest width (room for a title above the content).
        var minimumWidth = 0.0
        var top = 0
        var bottom = 0
        var box = Rect.zero
    }

    /// A self-loop drawn beside its node.
    struct SelfLoop {
        var original: Int
        var node: Int
        /// Offset of this loop's band from the node's right side.
        var offset: Double
        var extent: Double
        var labelSize: Size?
    }

    /// An input edge left out of the layering (invalid, or a cluster to its own content).
    struct LooseEdge {
        var original: Int
        var from: LayoutEndpoint
        var to: LayoutEndpoint
    }

    var direction = LayoutDirection.topToBottom
    var nodes: [Node] = []
    var edges: [Edge] = []
    var clusters: [Cluster] = []
    var selfLoops: [SelfLoop] = []
    var looseEdges: [LooseEdge] = []
    var nodeSpacing = 50.0
    var rankSpacing = 50.0
    var edgeSpacing = 10.0

    // Filled by SplitLongEdges.
    /// Per edge: the node chain from tail to head.
    var paths: [[Int]] = []
    var labelNodes: [Int?] = []
    var layers: [[Int]] = []
    /// Neighbours one rank up / down, through unit segments.
    var up: [[Int]] = []
    var down: [[Int]] = []

    /// Per rank: the top and bottom of its row (filled by AssignCoordinates).
    var rowTop: [Double] = []
    var rowBottom: [Double] = []

    /// The real boxes of each rank in x order, for routing (filled by RoutePolyline).
    var rankBoxes: RankBoxes?

    /// Per input edge: its route (filled by RouteEdges).
    var routes: [EdgeRoute] = []

    mutating func addNode(_ node: Node) -> Int {
        nodes.append(node)
        return nodes.count - 1
    }

    /// The innermost cluster holding both (nil for the root).
    func commonCluster(_ a: Int?, _ b: Int?) -> Int? {
        var a = a, b = b
        while let x = a, let y = b, x != y {
            if clusters[x].depth >= clusters[y].depth { a = clusters[x].parent } else { b = clusters[y].parent }
        }
        return (a == nil || b == nil) ? nil : a
    }

    /// Whether `cluster` is `ancestor` or nested inside it.
    func isInside(_ cluster: Int?, _ ancestor: Int) -> Bool {
        var c = cluster
        while let x = c {
            if x == ancestor { return true }
            c = clusters[x].parent
        }
        return false
    }

    /// The centre of the drawn box of node `v` (without its self-loop extent).
    func boxCenter(_ v: Int) -> Point {
        Point(x: nodes[v].x - nodes[v].loopExtent / 2, y: nodes[v].y)
    }
}
