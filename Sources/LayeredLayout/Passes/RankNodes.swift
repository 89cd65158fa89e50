/// Assigns every node an integer rank.
///
/// What: merges parallel edges (weights add, the longest minimum length wins), splits the
/// graph into connected components and ranks each by network simplex (Gansner et al. 1993,
/// see `NetworkSimplex`), honouring `minLength` and `weight`; each component starts at 0.
/// Pre: the graph is a DAG (BreakCycles). Post: rank(to) − rank(from) ≥ minLength for every
/// edge and the smallest rank is 0.
enum RankNodes {
    static func run(_ g: inout WorkGraph) {
        let n = g.nodes.count
        guard n > 0 else { return }
        // Merge parallel edges; the dictionary is only looked up, order comes from the array.
        var merged: [(from: Int, to: Int, minLength: Int, weight: Double)] = []
        var index: [Int: Int] = [:]
        for e in g.edges {
            let key = e.from * n + e.to
            if let i = index[key] {
                merged[i].minLength = max(merged[i].minLength, e.minLength)
                merged[i].weight += e.weight
            } else {
                index[key] = merged.count
                merged.append((e.from, e.to, e.minLength, e.weight))
            }
        }
        // Connected components by union-find.
        var parent = Array(0..<n)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        for e in merged {
            let a = find(e.from), b = find(e.to)
            if a != b { parent[max(a, b)] = min(a, b) }
        }
        var componentOf = Array(repeating: -1, count: n)
        var members: [[Int]] = []
        for v in 0..<n {
            let root = find(v)
            if componentOf[root] < 0 { componentOf[root] = members.count; members.append([]) }
            componentOf[v] = componentOf[root]
            members[componentOf[v]].append(v)
        }
        var edgesOf = Array(repeating: [Int](), count: members.count)
        for (i, e) in merged.enumerated() { edgesOf[componentOf[e.from]].append(i) }
        var local = Array(repeating: 0, count: n)
        for (c, nodes) in members.enumerated() {
            for (i, v) in nodes.enumerated() { local[v] = i }
            let edges = edgesOf[c].map { merged[$0] }
            var simplex = NetworkSimplex(nodeCount: nodes.count, tails: edges.map { local[$0.from] },
                                         heads: edges.map { local[$0.to] }, minLength: edges.map(\.minLength),
                                         weight: edges.map(\.weight))
            let ranks = simplex.solve(maxIterations: 4 * nodes.count + 100)
            for (i, v) in nodes.enumerated() { g.nodes[v].rank = ranks[i] }
        }
        assert(g.edges.allSatisfy { g.nodes[$0.to].rank - g.nodes[$0.from].rank >= $0.minLength },
               "ranking must honour every minimum length")
    }
}
