/// Gives every node its centre (x, y) in internal coordinates.
///
/// What: x by Brandes–Köpf (`BrandesKoepf`) with a separation of half the two widths plus a
/// gap (`nodeSpacing` between boxes, `edgeSpacing` when an edge point or border is involved)
/// plus the insets of every cluster border passed between the two; y row by row from the
/// tallest box of each rank, rows `rankSpacing` apart (half that next to a row of only borders and bends), or more
/// when cluster paddings meet.
/// Pre: OrderNodes ran. Post: neighbours in a rank are at least their separation apart.
enum AssignCoordinates {
    static func run(_ g: inout WorkGraph) {
        assignX(&g)
        assignY(&g)
    }

    /// Minimum centre distance between `left` and `right`, adjacent in one rank.
    static func separation(_ g: WorkGraph, _ left: Int, _ right: Int) -> Double {
        let a = g.nodes[left], b = g.nodes[right]
        let gapA = a.isSolid ? g.nodeSpacing : g.edgeSpacing
        let gapB = b.isSolid ? g.nodeSpacing : g.edgeSpacing
        var d = (a.width + b.width) / 2 + (gapA + gapB) / 2
        let common = g.commonCluster(a.cluster, b.cluster)
        var c = a.cluster
        while let x = c, x != common { d += g.clusters[x].insets.right; c = g.clusters[x].parent }
        c = b.cluster
        while let x = c, x != common { d += g.clusters[x].insets.left; c = g.clusters[x].parent }
        return d
    }

    private static func assignX(_ g: inout WorkGraph) {
        let frozen = g
        let bk = BrandesKoepf(layers: g.layers, up: g.up, down: g.down, width: g.nodes.map(\.width),
                              isEdgePoint: g.nodes.map(\.isEdgePoint),
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
