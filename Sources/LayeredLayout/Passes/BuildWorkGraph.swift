import Geometry

/// Builds the working graph from the public input.
///
/// What: one working node per input node (same ids), sizes turned into the internal
/// top-to-bottom orientation (width/height swapped for LR/RL), a top and a bottom border
/// node per cluster (the one on the output's top side carries the title), a placeholder in
/// every cluster without content, self-loops set aside (their node grows on the right to
/// make room), edges to a cluster attached to its border nodes. With any edge label, every
/// `minLength` is doubled and the rank gap halved so labels get ranks of their own (dagre's
/// trick, Gansner et al. 1993 §2 for minimum lengths).
/// Pre: none (invalid ids are tolerated and left out).
/// Post: node `i < graph.nodes.count` is input node `i`; every edge joins two valid nodes.
enum BuildWorkGraph {
    static let maxMinLength = 64

    static func run(_ graph: LayoutGraph) -> WorkGraph {
        let options = graph.options
        let direction = options.direction
        func inner(_ s: Size) -> Size {
            let w = max(0, s.width.isFinite ? s.width : 0), h = max(0, s.height.isFinite ? s.height : 0)
            return direction.isHorizontal ? Size(width: h, height: w) : Size(width: w, height: h)
        }
        var g = WorkGraph()
        g.direction = direction
        g.routes = Array(repeating: EdgeRoute(points: []), count: graph.edges.count)
        g.nodeSpacing = max(0, options.nodeSpacing)
        g.edgeSpacing = max(0, options.edgeSpacing)
        let hasLabels = graph.edges.contains { $0.labelSize != nil && $0.from != $0.to }
        g.rankSpacing = max(0, options.rankSpacing) / (hasLabels ? 2 : 1)

        addClusters(graph, direction: direction, to: &g)
        for node in graph.nodes {
            let size = inner(node.size)
            let cluster = node.cluster.flatMap { $0 >= 0 && $0 < g.clusters.count ? $0 : nil }
            _ = g.addNode(.init(kind: .real(g.nodes.count), width: size.width, height: size.height, cluster: cluster))
        }
        addBorders(graph, direction: direction, to: &g)

        func validNode(_ i: Int) -> Bool { i >= 0 && i < graph.nodes.count }
        func validCluster(_ i: Int) -> Bool { i >= 0 && i < g.clusters.count }
        for (i, edge) in graph.edges.enumerated() {
            var tail = -1, head = -1
            var tailCluster: Int?, headCluster: Int?
            switch edge.from {
            case .node(let n) where validNode(n): tail = n; tailCluster = g.nodes[n].cluster
            case .cluster(let c) where validCluster(c): tail = g.clusters[c].bottom; tailCluster = c
            default: break
            }
            switch edge.to {
            case .node(let n) where validNode(n): head = n; headCluster = g.nodes[n].cluster
            case .cluster(let c) where validCluster(c): head = g.clusters[c].top; headCluster = c
            default: break
            }
            let loose = WorkGraph.LooseEdge(original: i, from: edge.from, to: edge.to)
            guard tail >= 0, head >= 0 else { g.looseEdges.append(loose); continue }
            if case .node = edge.from, case .node = edge.to, tail == head {
                addSelfLoop(original: i, node: tail, label: edge.labelSize.map(inner), to: &g)
                continue
            }
            // A cluster joined to its own content has no meaningful rank order.
            if case .cluster(let c) = edge.from, g.isInside(headCluster, c) { g.looseEdges.append(loose); continue }
            if case .cluster(let c) = edge.to, g.isInside(tailCluster, c) { g.looseEdges.append(loose); continue }
            // Capped so a runaway length cannot create millions of bend points.
            var minLength = min(max(0, edge.minLength), maxMinLength)
            if edge.labelSize != nil { minLength = max(1, minLength) }
            if hasLabels { minLength *= 2 }
            if minLength > 0 {
                // Room for the borders the edge passes (a row each; a bottom and a top may
                // share one), and for the label between the exits and the entries.
                let tails = chain(g, edge.from == .cluster(tailCluster ?? -1) ? tailCluster.flatMap { g.clusters[$0].parent } : tailCluster)
                let heads = chain(g, edge.to == .cluster(headCluster ?? -1) ? headCluster.flatMap { g.clusters[$0].parent } : headCluster)
                let borders = max(tails.filter { !heads.contains($0) }.count, heads.filter { !tails.contains($0) }.count)
                if borders > 0 { minLength = max(minLength, edge.labelSize != nil ? 2 * borders + 2 : borders + 1) }
            }
            let weight = edge.weight.isFinite ? max(0, edge.weight) : 1
            g.edges.append(.init(from: tail, to: head, minLength: minLength, weight: weight, original: i,
                                 labelSize: edge.labelSize.map(inner)))
        }
        assert(g.edges.allSatisfy { g.nodes.indices.contains($0.from) && g.nodes.indices.contains($0.to) && $0.from != $0.to },
               "every working edge must join two different valid nodes")
        return g
    }

    /// `cluster` and its ancestors, innermost first.
    private static func chain(_ g: WorkGraph, _ cluster: Int?) -> [Int] {
        var result: [Int] = []
        var c = cluster
        while let x = c { result.append(x); c = g.clusters[x].parent }
        return result
    }

    /// Clusters with validated parents (cycles cut), depths and internal insets.
    private static func addClusters(_ graph: LayoutGraph, direction: LayoutDirection, to g: inout WorkGraph) {
        let count = graph.clusters.count
        var parents = graph.clusters.map { c -> Int? in
            guard let p = c.parent, p >= 0, p < count else { return nil }
            return p
        }
        for c in 0..<count {
            var steps = 0
            var p = parents[c]
            while let q = p {
                steps += 1
                if q == c || steps > count { parents[c] = nil; break }
                p = parents[q]
            }
        }
        for (c, cluster) in graph.clusters.enumerated() {
            var depth = 0
            var p = parents[c]
            while let q = p { depth += 1; p = parents[q] }
            let pad = cluster.padding.isFinite ? max(0, cluster.padding) : 0
            let title = cluster.titleSize
            let insets = direction.isHorizontal
                ? Insets(top: pad, left: pad + max(0, title.height) + (title.height > 0 ? pad : 0), bottom: pad, right: pad)
                : Insets(all: pad)
            var info = WorkGraph.Cluster(parent: parents[c], depth: depth, insets: insets)
            if direction.isHorizontal {
                info.minimumLength = max(0, title.width) + 2 * pad
            } else {
                info.minimumWidth = max(0, title.width) + 2 * pad
            }
            g.clusters.append(info)
        }
    }

    /// Border nodes for every cluster and placeholders for clusters without content.
    private static func addBorders(_ graph: LayoutGraph, direction: LayoutDirection, to g: inout WorkGraph) {
        var hasContent = Array(repeating: false, count: g.clusters.count)
        for node in g.nodes {
            var c = node.cluster
            while let x = c, !hasContent[x] { hasContent[x] = true; c = g.clusters[x].parent }
        }
        for c in g.clusters.indices {
            let title = graph.clusters[c].titleSize
            let tw = max(0, title.width), th = max(0, title.height)
            var topSize = Size.zero, bottomSize = Size.zero
            switch direction {
            case .topToBottom: topSize = Size(width: tw, height: th)
            case .bottomToTop: bottomSize = Size(width: tw, height: th)
            case .leftToRight, .rightToLeft: break // title along the left inset; see minimumLength
            }
            g.clusters[c].top = g.addNode(.init(kind: .clusterTop(c), width: topSize.width, height: topSize.height, cluster: c))
            g.clusters[c].bottom = g.addNode(.init(kind: .clusterBottom(c), width: bottomSize.width,
                                                   height: bottomSize.height, cluster: c))
            if !hasContent[c] {
                _ = g.addNode(.init(kind: .placeholder(c), width: 0, height: 0, cluster: c))
            }
        }
    }

    /// Sets a self-loop aside and widens its node so the loop and its label fit on the right.
    private static func addSelfLoop(original: Int, node: Int, label: Size?, to g: inout WorkGraph) {
        let loop = max(2 * g.edgeSpacing, 10)
        let extent = loop + (label.map { $0.width + g.edgeSpacing } ?? 0)
        let offset = g.nodes[node].loopExtent
        g.selfLoops.append(.init(original: original, node: node, offset: offset, extent: extent, labelSize: label))
        g.nodes[node].loopExtent += extent
        g.nodes[node].width += extent
        if let label { g.nodes[node].height = max(g.nodes[node].height, label.height) }
    }
}
