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
        let bk = BrandesKoepf(layers: g.layers, up: g.up, down: g.down, width: g.nodes.map(\.width),
                              isEdgePoint: g.nodes.map(\.isEdgePoint), isSide: g.nodes.map(\.isSide),
                              separation: { separation(frozen, $0, $1) })
        let xs = bk.run()
        for v in g.nodes.indices { g.nodes[v].x = xs[v] }
        assert(g.layers.allSatisfy { layer in
            zip(layer, layer.dropFirst()).allSatisfy { g.nodes[$1].x - g.nodes[$0].x >= separation(g, $0, $1) - 1e-6 }
        }, "neighbours must keep their separation")
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
        for c in g.clusters {
            let top = g.nodes[c.top].rank, bottom = g.nodes[c.bottom].rank
            padTop[top] = max(padTop[top], c.insets.top)
            padBottom[bottom] = max(padBottom[bottom], c.insets.bottom)
        }
        var rowY = Array(repeating: 0.0, count: count)
        rowY[0] = height[0] / 2
        for r in 1..<max(1, count) {
            var gap = light[r - 1] || light[r] ? g.rankSpacing / 2 : g.rankSpacing
            if padBottom[r - 1] + padTop[r] > 0 { gap = max(gap, padBottom[r - 1] + padTop[r] + g.rankSpacing) }
            rowY[r] = rowY[r - 1] + height[r - 1] / 2 + gap + height[r] / 2
        }
        // Stretch clusters shorter than their minimum length (inner first) below their top row.
        for (_, cluster) in g.clusters.enumerated().sorted(by: { ($0.element.depth, $0.offset) > ($1.element.depth, $1.offset) }) {
            let top = g.nodes[cluster.top], bottom = g.nodes[cluster.bottom]
            let length = rowY[bottom.rank] + bottom.height / 2 + cluster.insets.bottom
                - (rowY[top.rank] - top.height / 2 - cluster.insets.top)
            let deficit = cluster.minimumLength - length
            guard deficit > 0 else { continue }
            for r in (top.rank + 1)..<count { rowY[r] += deficit }
        }
        for v in g.nodes.indices { g.nodes[v].y = rowY[g.nodes[v].rank] }
    }
}
