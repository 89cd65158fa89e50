/// The real nodes of each rank in order of their left side, to find the few boxes a route
/// segment can meet without scanning the whole rank (dummies included) for every segment.
struct RankBoxes {
    private struct Entry {
        var node: Int
        var left: Double
        /// The largest right side among this entry and those before it (sorted, searchable).
        var reach: Double
    }

    private var ranks: [[Entry]]

    init(_ g: WorkGraph) {
        ranks = g.layers.map { layer in
            var row: [Entry] = []
            for v in layer {
                guard case .real = g.nodes[v].kind else { continue }
                let half = (g.nodes[v].width - g.nodes[v].loopExtent) / 2
                let x = g.boxCenter(v).x
                row.append(Entry(node: v, left: x - half, reach: x + half))
            }
            row.sort { ($0.left, $0.node) < ($1.left, $1.node) }
            for i in row.indices.dropFirst() { row[i].reach = max(row[i].reach, row[i - 1].reach) }
            return row
        }
    }

    /// The real nodes of rank `r` whose box may reach into the x range `lo`...`hi`, in x order.
    func nodes(rank r: Int, from lo: Double, to hi: Double) -> [Int] {
        guard r >= 0, r < ranks.count else { return [] }
        let row = ranks[r]
        var a = 0, b = row.count
        while a < b { let mid = (a + b) / 2; if row[mid].reach < lo { a = mid + 1 } else { b = mid } }
        var result: [Int] = []
        while a < row.count, row[a].left <= hi {
            result.append(row[a].node)
            a += 1
        }
        return result
    }
}
