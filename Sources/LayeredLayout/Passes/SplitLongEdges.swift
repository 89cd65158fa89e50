import Geometry

/// Replaces every edge spanning several ranks by a chain of unit segments.
///
/// What: one dummy node per intermediate rank (Sugiyama, Tagawa and Toda 1981); a labelled
/// edge's middle dummy becomes its label node, sized like the label. Each cluster also gets
/// an invisible chain from its top to its bottom border so the cluster is present (and kept
/// contiguous) in every rank it spans. A dummy belongs to the innermost cluster holding both
/// ends, or, while the edge is still leaving a cluster of its tail (in or above the last row of
/// its box) or already entering a cluster of its head (in or below its first row), to that cluster: the
/// edge then leaves and enters boxes through their bottom and top instead of running
/// around their sides. Fills `paths`, `labelNodes`, `layers` (by node id) and the `up`/`down` neighbours.
/// Pre: ranks assigned, nesting edges removed. Post: every segment joins adjacent ranks.
enum SplitLongEdges {
    static func run(_ g: inout WorkGraph) {
        g.paths = []
        g.labelNodes = []
        var segments: [(Int, Int)] = []
        for i in g.edges.indices {
            let e = g.edges[i]
            let r0 = g.nodes[e.from].rank, r1 = g.nodes[e.to].rank
            let common = g.commonCluster(g.nodes[e.from].cluster, g.nodes[e.to].cluster)
            let exits = clusters(g, of: e.from, below: common), entries = clusters(g, of: e.to, below: common)
            let labelRank = (e.labelSize != nil && r1 - r0 >= 2) ? r0 + (r1 - r0) / 2 : nil
            var path = [e.from]
            var labelNode: Int?
            if r1 > r0 {
                for r in (r0 + 1)..<max(r0 + 1, r1) {
                    let isLabel = r == labelRank
                    let size = isLabel ? (e.labelSize ?? .zero) : .zero
                    let cluster = dummyCluster(g, rank: r, from: r0, to: r1, exits: exits, entries: entries) ?? common
                    let d = g.addNode(.init(kind: isLabel ? .label(i) : .dummy, width: size.width,
                                            height: size.height, cluster: cluster, rank: r))
                    if isLabel { labelNode = d }
                    segments.append((path[path.count - 1], d))
                    path.append(d)
                }
                segments.append((path[path.count - 1], e.to))
            }
            path.append(e.to)
            g.paths.append(path)
            g.labelNodes.append(labelNode)
        }
        for c in g.clusters.indices {
            var last = g.clusters[c].top
            let bottom = g.clusters[c].bottom
            let r1 = g.nodes[bottom].rank
            for r in (g.nodes[last].rank + 1)..<max(g.nodes[last].rank + 1, r1) {
                let d = g.addNode(.init(kind: .spine, width: 0, height: 0, cluster: c, rank: r))
                segments.append((last, d))
                last = d
            }
            segments.append((last, bottom))
        }
        g.up = Array(repeating: [], count: g.nodes.count)
        g.down = Array(repeating: [], count: g.nodes.count)
        for (a, b) in segments {
            g.down[a].append(b)
            g.up[b].append(a)
        }
        let rankCount = (g.nodes.map(\.rank).max() ?? -1) + 1
        g.layers = Array(repeating: [], count: rankCount)
        for v in g.nodes.indices { g.layers[g.nodes[v].rank].append(v) }
        for layer in g.layers { for (i, v) in layer.enumerated() { g.nodes[v].order = i } }
        assert(segments.allSatisfy { g.nodes[$0.1].rank == g.nodes[$0.0].rank + 1 },
               "every segment must join adjacent ranks")
    }

    /// The clusters holding node `v` (its own border node's cluster excluded) below `common`,
    /// innermost first.
    private static func clusters(_ g: WorkGraph, of v: Int, below common: Int?) -> [Int] {
        var result: [Int] = []
        var c = g.nodes[v].cluster
        switch g.nodes[v].kind {
        case .clusterTop(let own), .clusterBottom(let own): if own == c { c = g.clusters[own].parent }
        default: break
        }
        while let x = c, x != common { result.append(x); c = g.clusters[x].parent }
        return result
    }

    /// The cluster a bend at rank `r` runs inside while leaving or entering, if any; halfway
    /// along the edge the entered cluster takes over from the left one.
    private static func dummyCluster(_ g: WorkGraph, rank r: Int, from r0: Int, to r1: Int,
                                     exits: [Int], entries: [Int]) -> Int? {
        let leaving = exits.first { r <= ClusterBorders.boxRanks(g, g.clusters[$0]).upperBound }
        let entering = entries.first { r >= ClusterBorders.boxRanks(g, g.clusters[$0]).lowerBound }
        switch (leaving, entering) {
        case (let a?, let b?): return 2 * r < r0 + r1 ? a : b
        case (let a?, nil): return a
        case (nil, let b?): return b
        case (nil, nil): return nil
        }
    }
}