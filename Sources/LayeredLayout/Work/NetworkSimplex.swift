/// Optimal ranking of one connected DAG by the network simplex method of Gansner, Koutsofios,
/// North and Vo (1993), "A Technique for Drawing Directed Graphs", §2: minimise
/// Σ weight·(rank(head) − rank(tail)) subject to rank(head) − rank(tail) ≥ minLength.
/// Edges must be simple (no parallel edges) and the graph connected.
///
/// Pivot rule (fixed, so the same input gives the same ranks): the leaving edge is the tree
/// edge of lowest index with a negative cut value, the entering edge the non-tree edge of
/// least slack (then lowest index) crossing its cut. Each exchange costs what it touches:
/// the tree is numbered in postorder (`low`/`lim`, a subtree is one run of `nodeAtLim`), so
/// the entering search walks the smaller side of the cut, ranks shift on the smaller side,
/// only the subtree under the exchanged cycle is renumbered and only the cycle's cut values
/// are recomputed (see `NetworkSimplex+Exchange.swift`).
struct NetworkSimplex {
    let n: Int
    let tails: [Int], heads: [Int], minLength: [Int], weight: [Double]
    var incident: [[Int]]
    /// The tree edges at each node (kept up to date by exchanges).
    var treeIncident: [[Int]] = []
    private(set) var rank: [Int]
    var inTree: [Bool]
    var cut: [Double]
    /// Postorder number of each node, the smallest one in its subtree, the tree edge to its parent.
    var low: [Int], lim: [Int], parentEdge: [Int]
    /// The node numbered `lim` sits at `nodeAtLim[lim - 1]`.
    var nodeAtLim: [Int]
    /// Scratch marks of the nodes on the cycle being exchanged (all false between exchanges).
    var onCycle: [Bool]
    /// Bit e is set iff edge e is in the tree with a negative cut value.
    var negative: [UInt64]
    /// Exchanges made by the last `solve`.
    private(set) var iterations = 0

    init(nodeCount: Int, tails: [Int], heads: [Int], minLength: [Int], weight: [Double]) {
        n = nodeCount
        self.tails = tails; self.heads = heads; self.minLength = minLength; self.weight = weight
        incident = Array(repeating: [], count: nodeCount)
        for e in tails.indices { incident[tails[e]].append(e); incident[heads[e]].append(e) }
        rank = Array(repeating: 0, count: nodeCount)
        inTree = Array(repeating: false, count: tails.count)
        cut = Array(repeating: 0, count: tails.count)
        low = Array(repeating: 0, count: nodeCount)
        lim = Array(repeating: 0, count: nodeCount)
        parentEdge = Array(repeating: -1, count: nodeCount)
        nodeAtLim = Array(repeating: 0, count: nodeCount)
        onCycle = Array(repeating: false, count: nodeCount)
        negative = Array(repeating: 0, count: (tails.count + 63) / 64)
    }

    /// Runs to optimality or until `maxIterations` exchanges; returns ranks with minimum 0.
    mutating func solve(maxIterations: Int) -> [Int] {
        guard n > 1 else { return Array(repeating: 0, count: n) }
        longestPath()
        feasibleTree()
        treeIncident = Array(repeating: [], count: n)
        for e in tails.indices where inTree[e] { treeIncident[tails[e]].append(e); treeIncident[heads[e]].append(e) }
        number(from: 0, first: 1)
        for v in nodeAtLim where parentEdge[v] >= 0 { setCut(parentEdge[v], cutValue(child: v)) }
        iterations = 0
        while iterations < maxIterations, let leave = firstNegative() {
            guard let enter = enteringEdge(for: leave) else { break }
            exchange(leave, enter)
            iterations += 1
        }
        let lowest = rank.min() ?? 0
        return rank.map { $0 - lowest }
    }

    func slack(_ e: Int) -> Int { rank[heads[e]] - rank[tails[e]] - minLength[e] }

    mutating func shiftRank(_ v: Int, by delta: Int) { rank[v] += delta }

    /// Sets a tree edge's cut value and its bit in `negative`.
    mutating func setCut(_ e: Int, _ value: Double) {
        cut[e] = value
        let bit = UInt64(1) << UInt64(e & 63)
        if inTree[e] && value < -1e-9 { negative[e >> 6] |= bit } else { negative[e >> 6] &= ~bit }
    }

    private func firstNegative() -> Int? {
        for (i, word) in negative.enumerated() where word != 0 { return i * 64 + word.trailingZeroBitCount }
        return nil
    }

    /// Initial feasible ranks: every node as low as its successors allow.
    private mutating func longestPath() {
        var outs = Array(repeating: [Int](), count: n)
        var inDegree = Array(repeating: 0, count: n)
        for e in tails.indices { outs[tails[e]].append(e); inDegree[heads[e]] += 1 }
        var order: [Int] = []
        var queue = (0..<n).filter { inDegree[$0] == 0 }
        var head = 0
        while head < queue.count {
            let v = queue[head]; head += 1
            order.append(v)
            for e in outs[v] { inDegree[heads[e]] -= 1; if inDegree[heads[e]] == 0 { queue.append(heads[e]) } }
        }
        for v in order.reversed() {
            var r = Int.max
            for e in outs[v] { r = min(r, rank[heads[e]] - minLength[e]) }
            rank[v] = r == Int.max ? 0 : r
        }
    }

    /// Grows a spanning tree of tight edges, shifting the tree's ranks when it gets stuck.
    private mutating func feasibleTree() {
        var treeNode = Array(repeating: false, count: n)
        treeNode[0] = true
        var size = 1
        var stack = [0]
        while true {
            while let v = stack.popLast() {
                for e in incident[v] {
                    let other = tails[e] == v ? heads[e] : tails[e]
                    if !treeNode[other] && slack(e) == 0 {
                        treeNode[other] = true
                        inTree[e] = true
                        size += 1
                        stack.append(other)
                    }
                }
            }
            if size >= n { return }
            var best = -1, bestSlack = Int.max
            for e in tails.indices where treeNode[tails[e]] != treeNode[heads[e]] && slack(e) < bestSlack {
                best = e
                bestSlack = slack(e)
            }
            guard best >= 0 else { return }
            let delta = treeNode[tails[best]] ? bestSlack : -bestSlack
            for v in 0..<n where treeNode[v] { rank[v] += delta }
            stack = (0..<n).filter { treeNode[$0] }
        }
    }

    /// The cut value of the tree edge above `v`, from its other edges (child tree edges' cut
    /// values already known).
    func cutValue(child v: Int) -> Double {
        let e = parentEdge[v]
        let childIsTail = tails[e] == v
        var value = weight[e]
        for f in incident[v] where f != e {
            let pointsToHead = (tails[f] == v) == childIsTail
            value += pointsToHead ? weight[f] : -weight[f]
            if inTree[f] { value += pointsToHead ? -cut[f] : cut[f] }
        }
        return value
    }
}
