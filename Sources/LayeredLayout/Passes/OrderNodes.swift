/// Orders the nodes within each rank to reduce edge crossings.
///
/// What: an initial depth-first order, then up to `maxSweeps` alternating down/up sweeps
/// sorting each layer by the barycenter (or, every other pair of sweeps, the median) of its
/// neighbours in the fixed layer, each followed by a transpose pass of adjacent swaps
/// (Gansner et al. 1993 §3). Clusters stay contiguous and nested (LayerSorter), and sibling
/// clusters keep one left-to-right order across all ranks so their boxes cannot overlap.
/// The order with the fewest exact crossings (CrossingCount) is kept; ties keep input order.
/// Small graphs also try two more initial orders (from the bottom rank up, and right to
/// left), transpose again after clusters are unified, and polish the best order by sifting
/// each node through its cluster's run (exact deltas), keeping whichever start counts fewest.
/// Pre: SplitLongEdges ran. Post: `layers` and `order` hold the order; clusters contiguous.
enum OrderNodes {
    static let maxSweeps = 24
    static let patience = 4
    /// Graphs up to this many working nodes and edges get several starts and sifting.
    static let smallGraph = 1000

    static func run(_ g: inout WorkGraph) {
        let small = g.edges.count + g.nodes.count <= smallGraph
        var state = Ordering(g)
        var best = state.layers
        var bestCrossings = Int.max
        let starts: [Ordering.Start] = small ? [.downward, .upward, .downwardReversed] : [.downward]
        for start in starts {
            state.initialOrder(start)
            let (layers, crossings) = improve(&state, small: small)
            // Ties keep the earlier start, so declaration order wins when nothing is better.
            if crossings < bestCrossings {
                best = layers
                bestCrossings = crossings
            }
            if bestCrossings == 0 { break }
        }
        g.layers = best
        for layer in best { for (i, v) in layer.enumerated() { g.nodes[v].order = i } }
        assert(g.clusters.isEmpty || best.allSatisfy { state.sorter.isContiguous($0) },
               "clusters must stay contiguous in every rank")
    }

    /// Sweeps from the state's current order; the best order seen and its crossings. Small
    /// graphs then polish the best order by sifting and transposing while that pays.
    private static func improve(_ state: inout Ordering, small: Bool) -> ([[Int]], Int) {
        var best = state.layers
        var bestCrossings = state.crossings()
        var stale = 0
        var sweep = 0
        while sweep < maxSweeps && bestCrossings > 0 && stale < patience {
            let useMedian = sweep % 4 >= 2
            if sweep % 2 == 0 { state.sweepDown(median: useMedian) } else { state.sweepUp(median: useMedian) }
            state.transpose()
            state.unifyClusterOrder()
            if small { state.transpose() }
            let crossings = state.crossings()
            if crossings < bestCrossings {
                bestCrossings = crossings
                best = state.layers
                stale = 0
            } else {
                stale += 1
            }
            sweep += 1
        }
        guard small, bestCrossings > 0 else { return (best, bestCrossings) }
        state.layers = best
        state.refreshPositions()
        for _ in 0..<8 {
            state.refine(sift: true)
            let crossings = state.crossings()
            guard crossings < bestCrossings else { break }
            bestCrossings = crossings
            best = state.layers
        }
        return (best, bestCrossings)
    }
}

/// The working state of OrderNodes: layers plus each node's position.
struct Ordering {
    var layers: [[Int]]
    /// The layers as ranking left them (node id order): every initial order starts there.
    let rankedLayers: [[Int]]
    var position: [Int]
    /// Sort keys by node id, reused across layers.
    private var key: [Double]
    let up: [[Int]], down: [[Int]]
    let nodeCluster: [Int?]
    let clusterParent: [Int?]
    let sorter: LayerSorter
    let hasClusters: Bool
    /// For each bend of a long edge, the index of its chain (else -1).
    let chainOf: [Int]
    let chainCount: Int

    init(_ g: WorkGraph) {
        layers = g.layers
        rankedLayers = g.layers
        position = Array(repeating: 0, count: g.nodes.count)
        key = Array(repeating: 0, count: g.nodes.count)
        up = g.up
        down = g.down
        nodeCluster = g.nodes.map(\.cluster)
        clusterParent = g.clusters.map(\.parent)
        sorter = LayerSorter(g)
        hasClusters = !g.clusters.isEmpty
        var chains = Array(repeating: -1, count: g.nodes.count)
        // Only the bends passing other clusters (in the scope of both ends) share a key; those
        // still leaving or already entering a cluster of an end sort freely inside it.
        for (i, path) in g.paths.enumerated() where path.count > 2 {
            let scope = g.commonCluster(g.nodes[path[0]].cluster, g.nodes[path[path.count - 1]].cluster)
            for v in path.dropFirst().dropLast() where g.nodes[v].cluster == scope { chains[v] = i }
        }
        chainOf = chains
        chainCount = g.paths.count
        refreshPositions()
    }

    mutating func refreshPositions() {
        for layer in layers { for (i, v) in layer.enumerated() { position[v] = i } }
    }

    func crossings() -> Int { CrossingCount.total(layers: layers, down: down, position: position) }

    /// Where the initial depth-first order starts.
    enum Start { case downward, upward, downwardReversed }

    /// Depth-first from the top rank down (or the bottom rank up), in node id order.
    mutating func initialOrder(_ start: Start = .downward) {
        var visited = Array(repeating: false, count: position.count)
        var fresh = Array(repeating: [Int](), count: layers.count)
        let rankOf: [Int] = {
            var r = Array(repeating: 0, count: position.count)
            for (i, layer) in layers.enumerated() { for v in layer { r[v] = i } }
            return r
        }()
        let upward = start == .upward
        layers = rankedLayers
        let sources = upward ? Array(layers.reversed()) : layers
        for layer in sources {
            let firsts = start == .downwardReversed ? Array(layer.reversed()) : layer
            for first in firsts where !visited[first] {
                var stack = [first]
                while let v = stack.popLast() {
                    guard !visited[v] else { continue }
                    visited[v] = true
                    fresh[rankOf[v]].append(v)
                    let next = upward ? up[v] : down[v]
                    if start == .downwardReversed {
                        for w in next where !visited[w] { stack.append(w) }
                    } else {
                        for w in next.reversed() where !visited[w] { stack.append(w) }
                    }
                }
            }
        }
        layers = fresh
        refreshPositions()
        if hasClusters {
            let key = position.map(Double.init)
            for r in layers.indices { layers[r] = sorter.sort(layers[r], key: key) }
            refreshPositions()
            unifyClusterOrder()
        }
    }

    mutating func sweepDown(median: Bool) {
        for r in layers.indices.dropFirst() { reorder(r, by: up, fixedCount: layers[r - 1].count, median: median) }
    }

    mutating func sweepUp(median: Bool) {
        for r in layers.indices.dropLast().reversed() {
            reorder(r, by: down, fixedCount: layers[r + 1].count, median: median)
        }
    }

    private mutating func reorder(_ r: Int, by neighbours: [[Int]], fixedCount: Int, median: Bool) {
        let layer = layers[r]
        guard layer.count > 1 else { return }
        let scale = Double(max(1, fixedCount)) / Double(layer.count)
        for v in layer {
            let ns = neighbours[v]
            if ns.isEmpty {
                key[v] = Double(position[v]) * scale
            } else if median {
                let sorted = ns.map { position[$0] }.sorted()
                let m = sorted.count / 2
                key[v] = sorted.count % 2 == 1 ? Double(sorted[m]) : Double(sorted[m - 1] + sorted[m]) / 2
            } else {
                key[v] = Double(ns.reduce(0) { $0 + position[$1] }) / Double(ns.count)
            }
        }
        layers[r] = sorter.sort(layer, key: key)
        for (i, v) in layers[r].enumerated() { position[v] = i }
    }

    /// Swaps neighbours of the same cluster while that removes crossings.
    mutating func transpose() {
        for _ in 0..<4 {
            var improved = false
            for r in layers.indices where layers[r].count > 1 {
                for i in 0..<(layers[r].count - 1) {
                    let v = layers[r][i], w = layers[r][i + 1]
                    guard nodeCluster[v] == nodeCluster[w] else { continue }
                    if pairCrossings(w, v) < pairCrossings(v, w) {
                        layers[r].swapAt(i, i + 1)
                        position[v] = i + 1
                        position[w] = i
                        improved = true
                    }
                }
            }
            if !improved { return }
        }
    }

    /// Adjacent swaps, then (when `sift`) sifting, both inside one cluster's run and only
    /// when the exact count drops: they never move a node past a cluster block, so clusters
    /// stay contiguous and the sides long edges pass clusters on are kept.
    mutating func refine(sift: Bool) {
        transpose()
        if sift { self.sift(); transpose() }
    }

    /// Moves each node to the position of its same-cluster run with the fewest crossings
    /// against both neighbour layers (exact deltas by successive adjacent swaps).
    mutating func sift() {
        for r in layers.indices where layers[r].count > 1 {
            for v in layers[r] {
                var layer = layers[r]
                let i = position[v]
                var lo = i, hi = i
                while lo > 0 && nodeCluster[layer[lo - 1]] == nodeCluster[v] { lo -= 1 }
                while hi < layer.count - 1 && nodeCluster[layer[hi + 1]] == nodeCluster[v] { hi += 1 }
                guard lo < hi else { continue }
                var bestDelta = 0, bestAt = i, delta = 0
                for j in stride(from: i - 1, through: lo, by: -1) {
                    delta += pairCrossings(v, layer[j]) - pairCrossings(layer[j], v)
                    if delta < bestDelta { bestDelta = delta; bestAt = j }
                }
                delta = 0
                for j in (i + 1)..<(hi + 1) {
                    delta += pairCrossings(layer[j], v) - pairCrossings(v, layer[j])
                    if delta < bestDelta { bestDelta = delta; bestAt = j }
                }
                guard bestAt != i else { continue }
                layer.remove(at: i)
                layer.insert(v, at: bestAt)
                layers[r] = layer
                for k in min(i, bestAt)...max(i, bestAt) { position[layer[k]] = k }
            }
        }
    }

    /// Crossings among the segments of `v` and `w` when `v` is left of `w`.
    private func pairCrossings(_ v: Int, _ w: Int) -> Int {
        var count = 0
        for a in up[v] { for b in up[w] where position[a] > position[b] { count += 1 } }
        for a in down[v] { for b in down[w] where position[a] > position[b] { count += 1 } }
        return count
    }

    /// Gives sibling clusters one left-to-right order in every rank: by the mean relative
    /// position of all their nodes. The bends of one long edge share the mean position of
    /// their chain, so the edge passes every sibling cluster on one side, never through it.
    mutating func unifyClusterOrder() {
        guard hasClusters else { return }
        var sum = Array(repeating: 0.0, count: clusterParent.count)
        var count = Array(repeating: 0.0, count: clusterParent.count)
        var relative = Array(repeating: 0.0, count: position.count)
        for layer in layers {
            for (i, v) in layer.enumerated() {
                let p = (Double(i) + 0.5) / Double(layer.count)
                relative[v] = p
                var c = nodeCluster[v]
                while let x = c { sum[x] += p; count[x] += 1; c = clusterParent[x] }
            }
        }
        let clusterKey = sum.indices.map { count[$0] > 0 ? sum[$0] / count[$0] : 0 }
        var chainSum = Array(repeating: 0.0, count: chainCount), chainSize = Array(repeating: 0.0, count: chainCount)
        for v in relative.indices where chainOf[v] >= 0 {
            chainSum[chainOf[v]] += relative[v]
            chainSize[chainOf[v]] += 1
        }
        for v in relative.indices where chainOf[v] >= 0 { relative[v] = chainSum[chainOf[v]] / chainSize[chainOf[v]] }
        for r in layers.indices { layers[r] = sorter.sort(layers[r], key: relative, clusterKey: clusterKey) }
        refreshPositions()
    }
}
