/// Gives every node its centre (x, y) in internal coordinates.
///
/// What: x by Brandes–Köpf (`BrandesKoepf`) with a separation of half the two widths plus a
/// gap (`nodeSpacing` between boxes, `edgeSpacing` when an edge point is involved; a cluster
/// side keeps its inset from its content, see `separation`); y row by row from the
/// tallest box of each rank, rows `rankSpacing` apart (half that next to a row of only borders and bends), or more
/// when cluster paddings meet.
/// Pre: OrderNodes ran. Post: neighbours in a rank are at least their separation apart.
enum AssignCoordinates {
    static func run(_ g: inout WorkGraph) {
        assignX(&g)
        assignY(&g)
    }

    /// Minimum centre distance between `left` and `right`, adjacent in one rank: half the two
    /// widths plus the inset of a cluster side next to its own content, else the mean of the
    /// two gaps (`nodeSpacing` for boxes, `clusterGap` for cluster sides, `edgeSpacing` else).
    static func separation(_ g: WorkGraph, _ left: Int, _ right: Int) -> Double {
        let a = g.nodes[left], b = g.nodes[right]
        let d = (a.width + b.width) / 2
        if case .borderLeft(let c) = a.kind {
            if case .borderRight(let own) = b.kind, own == c {
                return d + g.clusters[c].insets.left + g.clusters[c].insets.right
            }
            return d + g.clusters[c].insets.left
        }
        if case .borderRight(let c) = b.kind { return d + g.clusters[c].insets.right }
        return d + (gap(g, a) + gap(g, b)) / 2
    }

    /// Room a cluster side keeps from its neighbours outside the cluster.
    static func clusterGap(_ g: WorkGraph) -> Double { 2 * g.edgeSpacing }

    private static func gap(_ g: WorkGraph, _ node: WorkGraph.Node) -> Double {
        node.isSolid ? g.nodeSpacing : node.isSide ? clusterGap(g) : g.edgeSpacing
    }

    private static func assignX(_ g: inout WorkGraph) {
        let frozen = g
        var short = Array(repeating: false, count: g.nodes.count)
        for path in g.paths where path.count == 3 { short[path[1]] = true }
        let bk = BrandesKoepf(layers: g.layers, up: g.up, down: g.down, width: g.nodes.map(\.width),
                              isEdgePoint: g.nodes.map(\.isEdgePoint), isSide: g.nodes.map(\.isSide),
                              isShortBend: short,
                              separation: { separation(frozen, $0, $1) })
        let xs = bk.run()
        for v in g.nodes.indices { g.nodes[v].x = xs[v] }
        centerLooseNodes(&g)
        assert(g.layers.allSatisfy { layer in
            zip(layer, layer.dropFirst()).allSatisfy { g.nodes[$1].x - g.nodes[$0].x >= separation(g, $0, $1) - 1e-6 }
        }, "neighbours must keep their separation")
    }

    /// Moves every node that is in line with none of its neighbours towards the median of
    /// their positions, within the room its rank neighbours leave (so a box whose edges all
    /// bend sits over the middle of its fan). A few alternating sweeps.
    static func centerLooseNodes(_ g: inout WorkGraph) {
        for sweep in 0..<4 {
            let ranks = sweep % 2 == 0 ? Array(g.layers.indices) : Array(g.layers.indices.reversed())
            for r in ranks {
                let layer = g.layers[r]
                for (i, v) in layer.enumerated() where !g.nodes[v].isSide {
                    let neighbours = g.up[v] + g.down[v]
                    let x = g.nodes[v].x
                    guard !neighbours.isEmpty, !neighbours.contains(where: { abs(g.nodes[$0].x - x) < 1e-6 }) else { continue }
                    let sorted = neighbours.map { g.nodes[$0].x }.sorted()
                    let m = sorted.count / 2
                    var target = sorted.count % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2
                    if i > 0 { target = max(target, g.nodes[layer[i - 1]].x + separation(g, layer[i - 1], v)) }
                    if i + 1 < layer.count { target = min(target, g.nodes[layer[i + 1]].x - separation(g, v, layer[i + 1])) }
                    if (i == 0 || target >= g.nodes[layer[i - 1]].x + separation(g, layer[i - 1], v) - 1e-9)
                        && (i + 1 == layer.count || target <= g.nodes[layer[i + 1]].x - separation(g, v, layer[i + 1]) + 1e-9) {
                        g.nodes[v].x = target
                    }
                }
            }
        }
    }

    private static func assignY(_ g: inout WorkGraph) {
        let count = g.layers.count
        guard count > 0 else { return }
        var height = Array(repeating: 0.0, count: count)
        var padTop = Array(repeating: 0.0, count: count), padBottom = Array(repeating: 0.0, count: count)
        // Rows holding only borders and edge bends need less room than rows of boxes.
        var light = Array(repeating: true, count: count)
        for node in g.nodes {
            height[node.rank] = max(height[node.rank], node.height)
            if node.isSolid || node.isLabel {
                light[node.rank] = false
            }
        }
        // Room above and below each box, its nested boxes starting on the same row included.
        let innerFirst = g.clusters.indices.sorted { (g.clusters[$0].depth, $0) > (g.clusters[$1].depth, $1) }
        let rows = g.clusters.map { ClusterBorders.boxRanks(g, $0) }
        var totalTop = g.clusters.map(\.insets.top), totalBottom = g.clusters.map(\.insets.bottom)
        for c in innerFirst {
            let rank = rows[c]
            padTop[rank.lowerBound] = max(padTop[rank.lowerBound], totalTop[c])
            padBottom[rank.upperBound] = max(padBottom[rank.upperBound], totalBottom[c])
            guard let p = g.clusters[c].parent else { continue }
            if rows[p].lowerBound == rank.lowerBound { totalTop[p] = max(totalTop[p], totalTop[c] + g.clusters[p].insets.top) }
            if rows[p].upperBound == rank.upperBound {
                totalBottom[p] = max(totalBottom[p], totalBottom[c] + g.clusters[p].insets.bottom)
            }
        }
        var rowY = Array(repeating: 0.0, count: count)
        rowY[0] = height[0] / 2
        for r in 1..<max(1, count) {
            var gap = light[r - 1] || light[r] ? g.rankSpacing / 2 : g.rankSpacing
            if padBottom[r - 1] + padTop[r] > 0 { gap = max(gap, padBottom[r - 1] + padTop[r] + g.rankSpacing) }
            rowY[r] = rowY[r - 1] + height[r - 1] / 2 + gap + height[r] / 2
        }
        // Stretch boxes shorter than their minimum length (inner first) below their last row.
        for c in innerFirst {
            let rank = rows[c]
            let length = rowY[rank.upperBound] + height[rank.upperBound] / 2 + totalBottom[c]
                - (rowY[rank.lowerBound] - height[rank.lowerBound] / 2 - totalTop[c])
            let deficit = g.clusters[c].minimumLength - length
            guard deficit > 0 else { continue }
            for r in (rank.upperBound + 1)..<max(rank.upperBound + 1, count) { rowY[r] += deficit }
        }
        g.rowTop = (0..<count).map { rowY[$0] - height[$0] / 2 }
        g.rowBottom = (0..<count).map { rowY[$0] + height[$0] / 2 }
        for v in g.nodes.indices { g.nodes[v].y = rowY[g.nodes[v].rank] }
    }
}
