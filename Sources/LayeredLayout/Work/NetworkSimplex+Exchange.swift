/// The exchange step of `NetworkSimplex`: entering-edge search, the tree swap and the local
/// updates of ranks, postorder numbers and cut values that keep each step proportional to
/// the part of the tree it changes.
extension NetworkSimplex {
    /// Numbers the subtree of `root` in postorder from `first`, setting the parent edges below
    /// it (its own parent edge is kept). With `reuse`, a node off the exchanged cycle reached
    /// by its old parent edge has the same subtree as before, so its subtree's numbers are
    /// only shifted to start at the new position (kept as they are when they already do).
    mutating func number(from root: Int, first: Int, reuse: Bool = false) {
        var next = first
        let old = reuse ? Array(nodeAtLim[(first - 1)..<lim[root]]) : []
        var stack: [(node: Int, index: Int)] = [(root, 0)]
        low[root] = first
        while let (v, i) = stack.last {
            if i < treeIncident[v].count {
                stack[stack.count - 1].index += 1
                let e = treeIncident[v][i]
                guard e != parentEdge[v] else { continue }
                let w = tails[e] == v ? heads[e] : tails[e]
                if reuse && !onCycle[w] && parentEdge[w] == e {
                    let lo = low[w], hi = lim[w], d = next - lo
                    if d != 0 {
                        for l in lo...hi {
                            let u = old[l - first]
                            low[u] += d
                            lim[u] += d
                            nodeAtLim[lim[u] - 1] = u
                        }
                    }
                    next = hi + d + 1
                    continue
                }
                parentEdge[w] = e
                low[w] = next
                stack.append((w, 0))
            } else {
                lim[v] = next
                nodeAtLim[next - 1] = v
                next += 1
                stack.removeLast()
            }
        }
    }

    /// Calls `body` on every node of the subtree numbered `lo...hi`, or of its complement,
    /// whichever is smaller.
    func forSmallerSide(_ lo: Int, _ hi: Int, _ body: (_ node: Int, _ inside: Bool) -> Void) {
        if (hi - lo + 1) * 2 <= n {
            for l in lo...hi { body(nodeAtLim[l - 1], true) }
        } else {
            for l in 1..<lo { body(nodeAtLim[l - 1], false) }
            for l in stride(from: hi + 1, through: n, by: 1) { body(nodeAtLim[l - 1], false) }
        }
    }

    /// The non-tree edge of least slack (lowest index on ties) that crosses the cut of tree
    /// edge `leave` in the direction that can replace it. Every crossing edge has exactly one
    /// end on each side, so the edges of the smaller side are enough.
    func enteringEdge(for leave: Int) -> Int? {
        let v = tails[leave], w = heads[leave]
        let flip = lim[v] > lim[w]
        let root = flip ? w : v
        let lo = low[root], hi = lim[root]
        var best = -1, bestSlack = Int.max
        forSmallerSide(lo, hi) { x, _ in
            for f in incident[x] where !inTree[f] {
                let tailBelow = lo <= lim[tails[f]] && lim[tails[f]] <= hi
                let headBelow = lo <= lim[heads[f]] && lim[heads[f]] <= hi
                guard flip == tailBelow && flip != headBelow else { continue }
                let s = slack(f)
                if s < bestSlack || (s == bestSlack && f < best) { best = f; bestSlack = s }
            }
        }
        return best >= 0 ? best : nil
    }

    /// Swaps tree edge `leave` for `enter`. The side of `leave`'s cut away from `enter`'s
    /// other end shifts to make `enter` tight (ranks matter only up to a common offset, so the
    /// smaller side moves); the subtree holding the cycle `enter` closes is renumbered and the
    /// cut values on that cycle recomputed child first; all others are unchanged.
    mutating func exchange(_ leave: Int, _ enter: Int) {
        var cycle: [Int] = []
        func parent(_ v: Int) -> Int { tails[parentEdge[v]] == v ? heads[parentEdge[v]] : tails[parentEdge[v]] }
        var x = tails[enter]
        let target = heads[enter]
        while !(low[x] <= lim[target] && lim[target] <= lim[x]), parentEdge[x] >= 0 { cycle.append(parentEdge[x]); x = parent(x) }
        let lca = x
        var y = target
        while y != lca, parentEdge[y] >= 0 { cycle.append(parentEdge[y]); y = parent(y) }

        let child = lim[tails[leave]] < lim[heads[leave]] ? tails[leave] : heads[leave]
        let lo = low[child], hi = lim[child]
        let tailBelow = lo <= lim[tails[enter]] && lim[tails[enter]] <= hi
        let delta = tailBelow ? slack(enter) : -slack(enter)
        var moves: [(node: Int, by: Int)] = []
        forSmallerSide(lo, hi) { v, inside in moves.append((v, inside ? delta : -delta)) }
        for move in moves { shiftRank(move.node, by: move.by) }

        inTree[leave] = false
        setCut(leave, 0)
        inTree[enter] = true
        treeIncident[tails[leave]].removeAll { $0 == leave }
        treeIncident[heads[leave]].removeAll { $0 == leave }
        treeIncident[tails[enter]].append(enter)
        treeIncident[heads[enter]].append(enter)
        for e in cycle { onCycle[tails[e]] = true; onCycle[heads[e]] = true }
        number(from: lca, first: low[lca], reuse: true)
        for e in cycle { onCycle[tails[e]] = false; onCycle[heads[e]] = false }
        var changed = cycle.filter { $0 != leave } + [enter]
        func lower(_ e: Int) -> Int { parentEdge[tails[e]] == e ? tails[e] : heads[e] }
        changed.sort { lim[lower($0)] < lim[lower($1)] }
        for e in changed { setCut(e, cutValue(child: lower(e))) }
        #if DEBUG
        if n <= 200 { checkAgainstFullRecomputation() }
        #endif
    }

    #if DEBUG
    /// Debug check on small graphs: numbering, cut values, the negative set and tightness
    /// must match what a from-scratch computation gives.
    private func checkAgainstFullRecomputation() {
        var full = self
        full.number(from: 0, first: 1)
        for v in full.nodeAtLim where full.parentEdge[v] >= 0 { full.setCut(full.parentEdge[v], full.cutValue(child: v)) }
        assert(full.parentEdge == parentEdge && full.low == low && full.lim == lim,
               "local renumbering must give the numbers of a full one")
        assert(tails.indices.allSatisfy { !inTree[$0] || abs(cut[$0] - full.cut[$0]) < 1e-6 },
               "incremental cut values must match a full recomputation")
        assert(full.negative == negative, "the negative-cut set must match the cut values")
        assert(tails.indices.allSatisfy { !inTree[$0] || slack($0) == 0 }, "tree edges must stay tight")
        assert((1...n).allSatisfy { lim[nodeAtLim[$0 - 1]] == $0 }, "nodeAtLim must invert lim")
    }
    #endif
}
