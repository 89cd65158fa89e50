import Geometry

/// Makes cluster boxes hold their content and keeps them clear of their neighbours.
///
/// What: Brandes–Köpf separates neighbours rank by rank, but a cluster's box spans all its
/// ranks. This pass solves the constraints "content ≥ box edge + inset" and "item left of a
/// cluster in any rank ≤ its box edge − gap" by one longest-path sweep over the constraint
/// DAG (in the spirit of the compaction step of Sander 1996, "Layout of compound directed
/// graphs"), starting from the Brandes–Köpf positions so nodes only move right when needed.
/// Then it sets each box tight around its content.
/// Pre: coordinates assigned, clusters contiguous with one sibling order in all ranks.
/// Post: every box contains its members and child boxes with their insets; sibling boxes
/// and boxes versus non-member nodes do not overlap.
enum SeparateClusters {
    static func run(_ g: inout WorkGraph) {
        guard !g.clusters.isEmpty else { return }
        let n = g.nodes.count
        let total = n + 2 * g.clusters.count
        func leftOf(_ c: Int) -> Int { n + 2 * c }
        func rightOf(_ c: Int) -> Int { n + 2 * c + 1 }
        var value = Array(repeating: -Double.infinity, count: total)
        for v in 0..<n { value[v] = g.nodes[v].x }
        var successors = Array(repeating: [(Int, Double)](), count: total)
        var inDegree = Array(repeating: 0, count: total)
        func require(_ a: Int, _ b: Int, _ d: Double) {
            successors[a].append((b, d))
            inDegree[b] += 1
        }
        for v in 0..<n {
            guard let c = g.nodes[v].cluster else { continue }
            let half = g.nodes[v].width / 2
            require(leftOf(c), v, g.clusters[c].insets.left + half)
            require(v, rightOf(c), half + g.clusters[c].insets.right)
        }
        for (c, cluster) in g.clusters.enumerated() {
            guard let p = cluster.parent else { continue }
            require(leftOf(p), leftOf(c), g.clusters[p].insets.left)
            require(rightOf(c), rightOf(p), g.clusters[p].insets.right)
        }
        // Neighbouring items of one scope in a rank: nodes, or the boxes of child clusters.
        for layer in g.layers {
            for (a, b) in zip(layer, layer.dropFirst()) {
                let common = g.commonCluster(g.nodes[a].cluster, g.nodes[b].cluster)
                let gap = AssignCoordinates.separation(g, a, b) - (g.nodes[a].width + g.nodes[b].width) / 2
                    - insetsBetween(g, a, b, common)
                var leftItem = a, rightItem = b
                var d = gap
                if let c = outermost(g, g.nodes[a].cluster, below: common) { leftItem = rightOf(c) } else { d += g.nodes[a].width / 2 }
                if let c = outermost(g, g.nodes[b].cluster, below: common) { rightItem = leftOf(c) } else { d += g.nodes[b].width / 2 }
                require(leftItem, rightItem, d)
            }
        }
        var queue = (0..<total).filter { inDegree[$0] == 0 }
        var head = 0
        while head < queue.count {
            let a = queue[head]; head += 1
            for (b, d) in successors[a] {
                if value[a] > -Double.infinity { value[b] = max(value[b], value[a] + d) }
                inDegree[b] -= 1
                if inDegree[b] == 0 { queue.append(b) }
            }
        }
        for v in 0..<n { g.nodes[v].x = value[v] }
        for c in g.clusters.indices { g.clusters[c].reserved = (value[leftOf(c)], value[rightOf(c)]) }
        setBoxes(&g)
        assert(g.nodes.allSatisfy { node in
            guard let c = node.cluster else { return true }
            let box = g.clusters[c].box
            switch node.kind {
            case .spine, .clusterTop, .clusterBottom: return true
            default: break
            }
            return node.width == 0
                || (node.x - node.width / 2 >= box.minX - 1e-6 && node.x + node.width / 2 <= box.maxX + 1e-6)
        }, "cluster boxes must hold their members")
    }

    /// The insets of the cluster borders between `a` and `b` below their common cluster.
    private static func insetsBetween(_ g: WorkGraph, _ a: Int, _ b: Int, _ common: Int?) -> Double {
        var d = 0.0
        var c = g.nodes[a].cluster
        while let x = c, x != common { d += g.clusters[x].insets.right; c = g.clusters[x].parent }
        c = g.nodes[b].cluster
        while let x = c, x != common { d += g.clusters[x].insets.left; c = g.clusters[x].parent }
        return d
    }

    /// The child of `common` holding `cluster`, or nil when `cluster` is `common` itself.
    private static func outermost(_ g: WorkGraph, _ cluster: Int?, below common: Int?) -> Int? {
        var c = cluster
        var last: Int?
        while let x = c, x != common { last = x; c = g.clusters[x].parent }
        return last
    }

    /// Tight boxes around the content (not the border rows and spines), innermost first;
    /// a box shorter than its minimum length grows within its reserved border rows.
    private static func setBoxes(_ g: inout WorkGraph) {
        let count = g.clusters.count
        var bounds = Array(repeating: Rect?.none, count: count)
        func extend(_ c: Int, _ r: Rect) { bounds[c] = bounds[c].map { $0.union(r) } ?? r }
        for node in g.nodes {
            guard let c = node.cluster, node.kind != .spine else { continue }
            switch node.kind {
            case .clusterTop, .clusterBottom: continue // the title; its x is free, see below
            default: break
            }
            let insets = g.clusters[c].insets
            extend(c, Rect(x: node.x - node.width / 2 - insets.left, y: node.y - node.height / 2 - insets.top,
                           width: node.width + insets.left + insets.right, height: node.height + insets.top + insets.bottom))
        }
        let innerFirst = g.clusters.indices.sorted { (g.clusters[$0].depth, $0) > (g.clusters[$1].depth, $1) }
        for c in innerFirst {
            let cluster = g.clusters[c]
            let top = g.nodes[cluster.top], bottom = g.nodes[cluster.bottom]
            let reservedTop = top.y - top.height / 2 - cluster.insets.top
            let reservedBottom = bottom.y + bottom.height / 2 + cluster.insets.bottom
            var box = bounds[c] ?? Rect(x: top.x - cluster.insets.left, y: reservedTop,
                                        width: cluster.insets.left + cluster.insets.right, height: 0)
            // A title row (top for TB, bottom for BT) belongs to the box.
            if top.height > 0 { box = box.union(Rect(x: box.minX, y: reservedTop, width: box.width, height: 0)) }
            if bottom.height > 0 { box = box.union(Rect(x: box.minX, y: reservedBottom, width: box.width, height: 0)) }
            if box.width < cluster.minimumWidth {
                let (left, right) = cluster.reserved
                var x0 = box.midX - cluster.minimumWidth / 2
                if left.isFinite && right.isFinite { x0 = max(left, min(x0, right - cluster.minimumWidth)) }
                box = Rect(x: x0, y: box.minY, width: cluster.minimumWidth, height: box.height)
            }
            if box.height < cluster.minimumLength {
                let grow = cluster.minimumLength - box.height
                var y0 = box.minY - grow / 2
                y0 = max(reservedTop, min(y0, reservedBottom - cluster.minimumLength))
                box = Rect(x: box.minX, y: y0, width: box.width, height: cluster.minimumLength)
            }
            g.clusters[c].box = box
            if let p = cluster.parent {
                let i = g.clusters[p].insets
                extend(p, Rect(x: box.minX - i.left, y: box.minY - i.top, width: box.width + i.left + i.right,
                               height: box.height + i.top + i.bottom))
            }
        }
    }
}
