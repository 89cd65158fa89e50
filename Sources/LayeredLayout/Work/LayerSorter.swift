/// Sorts one layer by a key while keeping each cluster's nodes contiguous, nested clusters
/// inside their parents (the hierarchical sort of Sander 1996 / dagre's sortSubgraph).
/// A cluster is placed as one block at the mean key of its nodes, or at `clusterKey`.
struct LayerSorter {
    let clusterParent: [Int?]
    let clusterDepth: [Int]
    let nodeCluster: [Int?]

    init(_ g: WorkGraph) {
        clusterParent = g.clusters.map(\.parent)
        clusterDepth = g.clusters.map(\.depth)
        nodeCluster = g.nodes.map(\.cluster)
    }

    /// The layer reordered by `key` (ties keep the current order).
    func sort(_ layer: [Int], key: [Double], clusterKey: [Double]? = nil) -> [Int] {
        arrange(layer, scope: nil, depth: -1, key: key, clusterKey: clusterKey)
    }

    /// The child cluster of `scope` holding `v`, or nil when `v` sits directly in `scope`.
    private func group(of v: Int, scope: Int?, depth: Int) -> Int? {
        guard var c = nodeCluster[v], c != scope else { return nil }
        while clusterDepth[c] > depth + 1, let p = clusterParent[c] { c = p }
        return c
    }

    private func arrange(_ members: [Int], scope: Int?, depth: Int, key: [Double], clusterKey: [Double]?) -> [Int] {
        var items: [(key: Double, first: Int, node: Int, group: Int)] = []
        var groups: [[Int]] = []
        var groupCluster: [Int] = []
        var sums: [Double] = []
        for (i, v) in members.enumerated() {
            if let c = group(of: v, scope: scope, depth: depth) {
                // Few child clusters per scope: a linear search beats hashing here.
                if let gi = groupCluster.firstIndex(of: c) {
                    groups[gi].append(v)
                    sums[gi] += key[v]
                } else {
                    items.append((0, i, -1, groups.count))
                    groups.append([v])
                    groupCluster.append(c)
                    sums.append(key[v])
                }
            } else {
                items.append((key[v], i, v, -1))
            }
        }
        if groups.isEmpty {
            items.sort { ($0.key, $0.first) < ($1.key, $1.first) }
            return items.map(\.node)
        }
        for i in items.indices where items[i].group >= 0 {
            let gi = items[i].group
            items[i].key = clusterKey?[groupCluster[gi]] ?? sums[gi] / Double(groups[gi].count)
        }
        items.sort { ($0.key, $0.first) < ($1.key, $1.first) }
        var result: [Int] = []
        result.reserveCapacity(members.count)
        for item in items {
            if item.group < 0 {
                result.append(item.node)
            } else {
                let c = groupCluster[item.group]
                result += arrange(groups[item.group], scope: c, depth: clusterDepth[c], key: key, clusterKey: clusterKey)
            }
        }
        return result
    }

    /// Whether every cluster's nodes form one contiguous run in `layer` (nested).
    func isContiguous(_ layer: [Int]) -> Bool {
        var closed = Array(repeating: false, count: clusterParent.count)
        var open: [Int] = []
        for v in layer {
            var chain: [Int] = []
            var c = nodeCluster[v]
            while let x = c { chain.append(x); c = clusterParent[x] }
            chain.reverse()
            var common = 0
            while common < chain.count, common < open.count, chain[common] == open[common] { common += 1 }
            for x in open[common...] { closed[x] = true }
            open.removeLast(open.count - common)
            for x in chain[common...] {
                if closed[x] { return false }
                open.append(x)
            }
        }
        return true
    }
}
