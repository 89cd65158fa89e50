import Geometry

/// Lays out clusters with a direction of their own separately, as one unit.
///
/// What: a cluster whose `direction` differs from the graph's (and that no edge joins to its
/// own content) is laid out on its own, recursively, in its direction; in the outer graph its
/// content becomes one node of the resulting size, and an edge between a member and the
/// outside joins that node instead. `undo` moves the inner result into that node's place and
/// ends such an edge at its member, through the side of the unit facing the route
/// (`ClusterPorts`). Pre: none. Post (undo): arrays indexed like the input graph.
enum IsolateDirectedClusters {
    /// One cluster laid out on its own.
    struct Isolated {
        var bigNode: Int
        var nodes: [Int]
        var edges: [Int]
        var clusters: [Int]
        var result: LayoutResult
    }

    /// How to map the outer result back to the input's ids.
    struct Plan {
        var outerNodes: [Int]
        var outerEdges: [Int]
        /// Per outer edge: the input members its ends stand for when they were moved to a unit.
        var members: [(from: Int?, to: Int?)]
        var outerClusters: [Int]
        var input: (nodes: Int, edges: Int, clusters: Int)
        var isolated: [Isolated]
    }

    static func run(_ graph: LayoutGraph) -> (LayoutGraph, Plan?) {
        let count = graph.clusters.count
        guard count > 0 else { return (graph, nil) }
        func valid(_ c: Int?) -> Int? { c.flatMap { $0 >= 0 && $0 < count ? $0 : nil } }
        func chain(_ c: Int?) -> [Int] {
            var result: [Int] = []
            var c = valid(c)
            while let x = c, result.count <= count { result.append(x); c = valid(graph.clusters[x].parent) }
            return result
        }
        // An edge to a cluster as a whole stays outside it: it crosses only the clusters
        // around that cluster, so the cluster can still be laid out as one unit.
        func endChain(_ end: LayoutEndpoint) -> [Int] {
            switch end {
            case .node(let n): return n >= 0 && n < graph.nodes.count ? chain(graph.nodes[n].cluster) : []
            case .cluster(let c): return valid(c).map { chain(graph.clusters[$0].parent) } ?? []
            }
        }
        var crossed = Array(repeating: false, count: count)
        var ownContent = Array(repeating: false, count: count)
        var hasNodes = Array(repeating: false, count: count)
        for node in graph.nodes { for c in chain(node.cluster) { hasNodes[c] = true } }
        var linked = Array(repeating: false, count: graph.nodes.count)
        var hasChild = Array(repeating: false, count: count)
        for cluster in graph.clusters { if let p = valid(cluster.parent) { hasChild[p] = true } }
        for edge in graph.edges {
            let a = endChain(edge.from), b = endChain(edge.to)
            for c in a where !b.contains(c) { crossed[c] = true }
            for c in b where !a.contains(c) { crossed[c] = true }
            for end in [edge.from, edge.to] {
                if case .node(let n) = end, n >= 0 && n < linked.count { linked[n] = true }
                // A cluster joined to its own content is not one unit.
                if case .cluster(let c) = end, valid(c) != nil,
                   case .node(let n) = (end == edge.from ? edge.to : edge.from), n >= 0 && n < graph.nodes.count,
                   chain(graph.nodes[n].cluster).contains(c) { ownContent[c] = true }
            }
        }
        // Unlinked members only (a list of boxes): stacked across the flow, as mermaid.js lays
        // out a cluster without outside links, instead of one row as wide as all of them.
        var members = Array(repeating: 0, count: count)
        var unlinkedOnly = Array(repeating: true, count: count)
        for (n, node) in graph.nodes.enumerated() {
            guard let c = valid(node.cluster) else { continue }
            members[c] += 1
            if linked[n] { unlinkedOnly[c] = false }
        }
        let across: LayoutDirection = graph.options.direction.isHorizontal ? .topToBottom : .leftToRight
        let direction = (0..<count).map { c in
            graph.clusters[c].direction
                ?? (unlinkedOnly[c] && members[c] >= 3 && !hasChild[c] ? across : nil)
        }
        let candidate = (0..<count).map { c in
            direction[c] != nil && direction[c] != graph.options.direction && hasNodes[c] && !ownContent[c]
                && (!crossed[c] || graph.clusters[c].direction != nil)
        }
        // Only the outermost candidates here; nested ones are handled by the recursive run.
        let chosen = (0..<count).filter { c in candidate[c] && !chain(c).dropFirst().contains { candidate[$0] } }
        guard !chosen.isEmpty else { return (graph, nil) }
        func owner(_ ch: [Int]) -> Int? { ch.first { chosen.contains($0) } }

        var outer = LayoutGraph(options: graph.options)
        var plan = Plan(outerNodes: [], outerEdges: [], members: [], outerClusters: [],
                        input: (graph.nodes.count, graph.edges.count, count), isolated: [])
        var clusterIndex = Array(repeating: -1, count: count)
        for c in 0..<count where owner(chain(c).dropFirst().map { $0 }) == nil {
            clusterIndex[c] = outer.clusters.count
            plan.outerClusters.append(c)
            outer.clusters.append(graph.clusters[c])
        }
        for i in outer.clusters.indices {
            outer.clusters[i].parent = valid(outer.clusters[i].parent).map { clusterIndex[$0] }
            if chosen.contains(plan.outerClusters[i]) { outer.clusters[i].direction = nil }
        }
        for (n, node) in graph.nodes.enumerated() where owner(chain(node.cluster)) == nil {
            plan.outerNodes.append(n)
            outer.nodes.append(LayoutNode(size: node.size, cluster: valid(node.cluster).map { clusterIndex[$0] }))
        }
        var outerIndex = Array(repeating: -1, count: graph.nodes.count)
        for (i, n) in plan.outerNodes.enumerated() { outerIndex[n] = i }
        func nodeIndex(_ n: Int, _ table: [Int]) -> Int { n >= 0 && n < table.count ? table[n] : -1 }
        // The unit node of each chosen cluster follows the outer nodes, in `chosen` order.
        func unit(_ c: Int) -> Int { plan.outerNodes.count + (chosen.firstIndex(of: c) ?? 0) }
        for (i, edge) in graph.edges.enumerated() {
            let from = owner(endChain(edge.from)), to = owner(endChain(edge.to))
            guard from == nil || to == nil || from != to else { continue }
            plan.outerEdges.append(i)
            var member: (from: Int?, to: Int?) = (nil, nil)
            func map(_ end: LayoutEndpoint, _ owner: Int?, _ slot: inout Int?) -> LayoutEndpoint {
                if let owner {
                    if case .node(let n) = end { slot = n }
                    return .node(unit(owner))
                }
                switch end {
                case .node(let n): return .node(nodeIndex(n, outerIndex))
                case .cluster(let c): return .cluster(valid(c).map { clusterIndex[$0] } ?? -1)
                }
            }
            var copy = edge
            copy.from = map(edge.from, from, &member.from)
            copy.to = map(edge.to, to, &member.to)
            plan.members.append(member)
            outer.edges.append(copy)
        }
        for c in chosen {
            var sub = LayoutGraph(options: graph.options)
            sub.options.direction = direction[c] ?? graph.options.direction
            var item = Isolated(bigNode: outer.nodes.count, nodes: [], edges: [], clusters: [],
                                result: LayoutResult(nodes: [], edges: [], clusters: [], size: .zero))
            var subCluster = Array(repeating: -1, count: count)
            for d in 0..<count where d != c && chain(d).contains(c) {
                subCluster[d] = item.clusters.count
                item.clusters.append(d)
                sub.clusters.append(graph.clusters[d])
            }
            for i in sub.clusters.indices {
                let p = valid(sub.clusters[i].parent)
                sub.clusters[i].parent = (p == c || p == nil) ? nil : p.map { subCluster[$0] }
            }
            func inner(_ cl: Int?) -> Int? { valid(cl).flatMap { $0 == c ? nil : subCluster[$0] } }
            var subIndex = Array(repeating: -1, count: graph.nodes.count)
            for (n, node) in graph.nodes.enumerated() where owner(chain(node.cluster)) == c {
                subIndex[n] = item.nodes.count
                item.nodes.append(n)
                sub.nodes.append(LayoutNode(size: node.size, cluster: inner(node.cluster)))
            }
            for (i, edge) in graph.edges.enumerated() where owner(endChain(edge.from)) == c && owner(endChain(edge.to)) == c {
                item.edges.append(i)
                var copy = edge
                if case .node(let n) = edge.from { copy.from = .node(nodeIndex(n, subIndex)) }
                if case .node(let n) = edge.to { copy.to = .node(nodeIndex(n, subIndex)) }
                if case .cluster(let d) = edge.from { copy.from = .cluster(inner(d) ?? -1) }
                if case .cluster(let d) = edge.to { copy.to = .cluster(inner(d) ?? -1) }
                sub.edges.append(copy)
            }
            item.result = LayeredPipeline.run(sub)
            outer.nodes.append(LayoutNode(size: item.result.size, cluster: clusterIndex[c]))
            plan.isolated.append(item)
        }
        return (outer, plan)
    }

    static func undo(_ result: LayoutResult, _ plan: Plan?) -> LayoutResult {
        guard let plan else { return result }
        var nodes = Array(repeating: Rect.zero, count: plan.input.nodes)
        var edges = Array(repeating: EdgeRoute(points: []), count: plan.input.edges)
        var clusters = Array(repeating: Rect.zero, count: plan.input.clusters)
        for (i, n) in plan.outerNodes.enumerated() { nodes[n] = result.nodes[i] }
        for (i, e) in plan.outerEdges.enumerated() { edges[e] = result.edges[i] }
        var unitOf = Array(repeating: -1, count: plan.input.nodes)
        for (k, item) in plan.isolated.enumerated() { for n in item.nodes { unitOf[n] = k } }
        for (i, c) in plan.outerClusters.enumerated() { clusters[c] = result.clusters[i] }
        for item in plan.isolated {
            let o = result.nodes[item.bigNode].origin
            func move(_ p: Point) -> Point { p + o }
            func move(_ r: Rect) -> Rect { r.offsetBy(dx: o.x, dy: o.y) }
            for (i, n) in item.nodes.enumerated() { nodes[n] = move(item.result.nodes[i]) }
            for (i, e) in item.edges.enumerated() {
                let r = item.result.edges[i]
                edges[e] = EdgeRoute(points: r.points.map(move), labelRect: r.labelRect.map(move))
            }
            for (i, c) in item.clusters.enumerated() { clusters[c] = move(item.result.clusters[i]) }
        }
        for (i, e) in plan.outerEdges.enumerated() where plan.members[i].from != nil || plan.members[i].to != nil {
            func inside(_ member: Int?) -> (member: Rect, unit: Rect, others: [Rect])? {
                guard let m = member, m < unitOf.count, unitOf[m] >= 0 else { return nil }
                let item = plan.isolated[unitOf[m]]
                return (nodes[m], result.nodes[item.bigNode], item.nodes.filter { $0 != m }.map { nodes[$0] })
            }
            edges[e].points = ClusterPorts.connect(edges[e].points, from: inside(plan.members[i].from),
                                                   to: inside(plan.members[i].to))
        }
        assert(plan.outerNodes.count + plan.isolated.map(\.nodes.count).reduce(0, +) == plan.input.nodes,
               "every input node must be placed exactly once")
        return LayoutResult(nodes: nodes, edges: edges, clusters: clusters, size: result.size)
    }
}
