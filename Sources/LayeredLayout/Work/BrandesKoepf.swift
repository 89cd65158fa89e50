/// Horizontal coordinates by Brandes and Köpf (2001), "Fast and Simple Horizontal
/// Coordinate Assignment": four vertical alignments (up/down × left/right) that respect
/// type-1 conflicts (inner segments between edge points win; the chains of cluster sides
/// win over everything, so every cluster side is one straight block), compacted by a longest-path
/// pass over the block graph, aligned to the narrowest and balanced by the mean of the two
/// median candidates.
struct BrandesKoepf {
    let layers: [[Int]]
    let up: [[Int]], down: [[Int]]
    let width: [Double]
    let isEdgePoint: [Bool]
    /// Cluster side nodes: chains of these are never broken by a crossing segment.
    let isSide: [Bool]
    /// The single bend of an edge spanning two ranks (a label's rank, mostly).
    let isShortBend: [Bool]
    /// Minimum centre distance between `left` and `right` placed side by side.
    let separation: (_ left: Int, _ right: Int) -> Double

    func run() -> [Double] {
        let n = width.count
        let conflicts = typeOneConflicts()
        var candidates: [[Double]] = []
        for fromTop in [true, false] {
            for fromLeft in [true, false] {
                var lays = fromTop ? layers : layers.reversed()
                if !fromLeft { lays = lays.map { $0.reversed() } }
                let (root, align) = verticalAlignment(lays, neighbours: fromTop ? up : down, opposite: fromTop ? down : up,
                                                        conflicts: conflicts)
                var xs = compaction(lays, root: root, align: align, reversed: !fromLeft)
                if !fromLeft { xs = xs.map { -$0 } }
                candidates.append(xs)
            }
        }
        // Align every candidate to the narrowest one, then balance.
        func extent(_ xs: [Double]) -> (Double, Double) {
            var lo = Double.infinity, hi = -Double.infinity
            for layer in layers { for v in layer { lo = min(lo, xs[v] - width[v] / 2); hi = max(hi, xs[v] + width[v] / 2) } }
            return (lo, hi)
        }
        let extents = candidates.map(extent)
        guard let narrowest = extents.indices.min(by: { extents[$0].1 - extents[$0].0 < extents[$1].1 - extents[$1].0 })
        else { return Array(repeating: 0, count: n) }
        for i in candidates.indices {
            let fromLeft = i % 2 == 0
            let delta = fromLeft ? extents[narrowest].0 - extents[i].0 : extents[narrowest].1 - extents[i].1
            if delta != 0 && delta.isFinite { candidates[i] = candidates[i].map { $0 + delta } }
        }
        return (0..<n).map { v in
            let s = candidates.map { $0[v] }.sorted()
            return (s[1] + s[2]) / 2
        }
    }

    private static func key(_ a: Int, _ b: Int) -> Int64 { Int64(min(a, b)) << 32 | Int64(max(a, b)) }

    /// Non-inner segments crossing an inner segment (both ends edge points) are marked, then
    /// every segment crossing a cluster side chain.
    private func typeOneConflicts() -> Set<Int64> {
        var conflicts = Set<Int64>()
        mark(&conflicts) { isEdgePoint[$0] && isEdgePoint[$1] }
        if isSide.contains(true) { mark(&conflicts) { isSide[$0] && isSide[$1] } }
        return conflicts
    }

    /// Marks the segments crossing a segment for which `inner` holds (and not inner themselves).
    private func mark(_ conflicts: inout Set<Int64>, inner: (Int, Int) -> Bool) {
        var position = Array(repeating: 0, count: width.count)
        for layer in layers { for (i, v) in layer.enumerated() { position[v] = i } }
        for r in layers.indices.dropFirst() {
            let layer = layers[r]
            let previousCount = layers[r - 1].count
            var k0 = 0, scan = 0
            for (i, v) in layer.enumerated() {
                let upper = up[v].first(where: { inner($0, v) })
                let k1 = upper.map { position[$0] } ?? previousCount
                guard upper != nil || i == layer.count - 1 else { continue }
                for s in layer[scan...i] {
                    for u in up[s] where (position[u] < k0 || k1 < position[u]) && !inner(u, s) {
                        conflicts.insert(Self.key(u, s))
                    }
                }
                scan = i + 1
                k0 = k1
            }
        }
    }

    /// A box joins the block of a long edge's bends only when that edge is its only one on
    /// that side: aligning a box with one of several long edges ties blocks across many ranks
    /// and makes dense drawings several times wider than their widest rank.
    private func mayAlign(_ v: Int, _ w: Int, neighbours: [[Int]], opposite: [[Int]]) -> Bool {
        if isEdgePoint[v] == isEdgePoint[w] { return true }
        if isEdgePoint[v] ? isShortBend[v] : isShortBend[w] { return true }
        return isEdgePoint[v] ? opposite[w].count == 1 : neighbours[v].count == 1
    }

    private func verticalAlignment(_ lays: [[Int]], neighbours: [[Int]], opposite: [[Int]],
                                   conflicts: Set<Int64>) -> ([Int], [Int]) {
        let n = width.count
        var root = Array(0..<n), align = Array(0..<n)
        var position = Array(repeating: 0, count: n)
        for layer in lays { for (i, v) in layer.enumerated() { position[v] = i } }
        for layer in lays {
            var previous = -1
            for v in layer {
                let ws = neighbours[v].sorted { position[$0] < position[$1] }
                guard !ws.isEmpty else { continue }
                let lowMedian = (ws.count - 1) / 2, highMedian = ws.count / 2
                for i in lowMedian...highMedian {
                    let w = ws[i]
                    if align[v] == v && previous < position[w] && !conflicts.contains(Self.key(v, w))
                        && mayAlign(v, w, neighbours: neighbours, opposite: opposite) {
                        align[w] = v
                        root[v] = root[w]
                        align[v] = root[v]
                        previous = position[w]
                    }
                }
            }
        }
        return (root, align)
    }

    /// Longest path over the block graph, then each block pulled towards its successors.
    private func compaction(_ lays: [[Int]], root: [Int], align: [Int], reversed: Bool) -> [Double] {
        let n = width.count
        var successors = Array(repeating: [(Int, Double)](), count: n)
        var inDegree = Array(repeating: 0, count: n)
        for layer in lays where layer.count > 1 {
            for i in 1..<layer.count {
                let u = layer[i - 1], v = layer[i]
                let d = reversed ? separation(v, u) : separation(u, v)
                successors[root[u]].append((root[v], d))
                inDegree[root[v]] += 1
            }
        }
        var order: [Int] = []
        var queue: [Int] = []
        for layer in lays { for v in layer where root[v] == v && inDegree[v] == 0 { queue.append(v) } }
        var head = 0
        while head < queue.count {
            let b = queue[head]; head += 1
            order.append(b)
            for (s, _) in successors[b] {
                inDegree[s] -= 1
                if inDegree[s] == 0 { queue.append(s) }
            }
        }
        var xs = Array(repeating: 0.0, count: n)
        for b in order { for (s, d) in successors[b] { xs[s] = max(xs[s], xs[b] + d) } }
        for b in order.reversed() where !successors[b].isEmpty {
            let limit = successors[b].reduce(Double.infinity) { min($0, xs[$1.0] - $1.1) }
            if limit > xs[b] && limit.isFinite { xs[b] = limit }
        }
        return (0..<n).map { xs[root[$0]] }
    }
}
