/// The network simplex solver as it was before the local exchanges (full O(V+E) work per
/// exchange, same pivot rule), kept as the reference the fast solver must agree with.
struct ReferenceSimplex {
    let n: Int
    let tails: [Int], heads: [Int], minLength: [Int], weight: [Double]
    private var incident: [[Int]]
    /// The tree edges at each node (kept up to date by exchanges).
    private var treeIncident: [[Int]] = []
    private(set) var rank: [Int]
    private var inTree: [Bool]
    private var cut: [Double]
    private var low: [Int], lim: [Int], parentEdge: [Int]
    private var postorder: [Int] = []
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
    }

    /// Runs to optimality or until `maxIterations` exchanges; returns ranks with minimum 0.
    mutating func solve(maxIterations: Int) -> [Int] {
        guard n > 1 else { return Array(repeating: 0, count: n) }
        longestPath()
        feasibleTree()
        treeIncident = Array(repeating: [], count: n)
        for e in tails.indices where inTree[e] { treeIncident[tails[e]].append(e); treeIncident[heads[e]].append(e) }
        computeLowLim()
        computeCutValues()
        iterations = 0
        while iterations < maxIterations, let leave = inTree.indices.first(where: { inTree[$0] && cut[$0] < -1e-9 }) {
            guard let enter = enteringEdge(for: leave) else { break }
            exchange(leave, enter)
            iterations += 1
        }
        let lowest = rank.min() ?? 0
        return rank.map { $0 - lowest }
    }

    /// Swaps tree edge `leave` for `enter`. Only the cut values of the edges on the cycle
    /// `enter` closes change; they are recomputed child first, the others are kept.
    private mutating func exchange(_ leave: Int, _ enter: Int) {
        var cycle: [Int] = []
        var x = tails[enter]
        let target = heads[enter]
        func parent(_ v: Int) -> Int { tails[parentEdge[v]] == v ? heads[parentEdge[v]] : tails[parentEdge[v]] }
        while !(low[x] <= lim[target] && lim[target] <= lim[x]), parentEdge[x] >= 0 { cycle.append(parentEdge[x]); x = parent(x) }
        let lca = x
        var y = target
        while y != lca, parentEdge[y] >= 0 { cycle.append(parentEdge[y]); y = parent(y) }
        inTree[leave] = false
        inTree[enter] = true
        treeIncident[tails[leave]].removeAll { $0 == leave }
        treeIncident[heads[leave]].removeAll { $0 == leave }
        treeIncident[tails[enter]].append(enter)
        treeIncident[heads[enter]].append(enter)
        computeLowLim()
        var changed = cycle.filter { $0 != leave } + [enter]
        func child(_ e: Int) -> Int { parentEdge[tails[e]] == e ? tails[e] : heads[e] }
        changed.sort { lim[child($0)] < lim[child($1)] }
        for e in changed { cut[e] = cutValue(child: child(e)) }
        cut[leave] = 0
        updateRanks()
        #if DEBUG
        let incremental = cut
        computeCutValues()
        assert(tails.indices.allSatisfy { !inTree[$0] || abs(cut[$0] - incremental[$0]) < 1e-6 },
               "incremental cut values must match a full recomputation")
        #endif
    }

    private func slack(_ e: Int) -> Int { rank[heads[e]] - rank[tails[e]] - minLength[e] }

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

    /// Postorder numbering of the tree rooted at node 0 (low = smallest lim in the subtree).
    private mutating func computeLowLim() {
        var visited = Array(repeating: false, count: n)
        postorder.removeAll(keepingCapacity: true)
        var next = 1
        var stack: [(node: Int, index: Int)] = [(0, 0)]
        visited[0] = true
        parentEdge[0] = -1
        low[0] = next
        while !stack.isEmpty {
            let (v, i) = stack[stack.count - 1]
            if i < treeIncident[v].count {
                stack[stack.count - 1].index += 1
                let e = treeIncident[v][i]
                let w = tails[e] == v ? heads[e] : tails[e]
                guard !visited[w] else { continue }
                visited[w] = true
                parentEdge[w] = e
                low[w] = next
                stack.append((w, 0))
            } else {
                lim[v] = next
                next += 1
                postorder.append(v)
                stack.removeLast()
            }
        }
    }

    private mutating func computeCutValues() {
        for v in postorder where parentEdge[v] >= 0 { cut[parentEdge[v]] = cutValue(child: v) }
    }

    /// The cut value of the tree edge above `v`, from its other edges (child tree edges' cut
    /// values already known).
    private func cutValue(child v: Int) -> Double {
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

    private func enteringEdge(for leave: Int) -> Int? {
        let v = tails[leave], w = heads[leave]
        let flip = lim[v] > lim[w]
        let root = flip ? w : v
        func isBelow(_ x: Int) -> Bool { low[root] <= lim[x] && lim[x] <= lim[root] }
        var best: Int?
        var bestSlack = Int.max
        for f in tails.indices where !inTree[f] && flip == isBelow(tails[f]) && flip != isBelow(heads[f]) {
            let s = slack(f)
            if s < bestSlack { best = f; bestSlack = s }
        }
        return best
    }

    /// Re-derives ranks from the tree so every tree edge is tight.
    private mutating func updateRanks() {
        for v in postorder.reversed() {
            let e = parentEdge[v]
            guard e >= 0 else { continue }
            if tails[e] == v {
                rank[v] = rank[heads[e]] - minLength[e]
            } else {
                rank[v] = rank[tails[e]] + minLength[e]
            }
        }
    }
}
