import Geometry

/// Where every route crosses each light row (a rank holding only bends of long edges).
///
/// Why: `RoutePolyline` leaves out a plain bend in such a row when the straight shortcut stays
/// clear of boxes; but the shortcut crosses the row away from the bend, and if another route
/// passes the row in between (or within `margin` beyond), the two cross although the layered
/// order keeps them apart. This index answers that question per dropped bend.
struct LightRowPassages {
    /// Per rank: (x where a route crosses the row's line, edge), sorted; empty for other rows.
    private var passages: [[(x: Double, edge: Int)]]
    let margin: Double

    init(_ lines: [[Point]], _ g: WorkGraph) {
        margin = g.edgeSpacing
        passages = Array(repeating: [], count: g.rowTop.count)
        var rows: [(y: Double, rank: Int)] = []
        for r in g.rowTop.indices where r < g.rowBottom.count && g.rowBottom[r] - g.rowTop[r] <= 1 {
            rows.append((g.rowTop[r], r))
        }
        guard !rows.isEmpty else { return }
        rows.sort { ($0.y, $0.rank) < ($1.y, $1.rank) }
        for (e, line) in lines.enumerated() {
            for (p, q) in zip(line, line.dropFirst()) where abs(q.y - p.y) > 1e-9 {
                let lo = min(p.y, q.y), hi = max(p.y, q.y)
                var a = 0, b = rows.count
                while a < b { let mid = (a + b) / 2; if rows[mid].y < lo { a = mid + 1 } else { b = mid } }
                while a < rows.count, rows[a].y <= hi {
                    let t = (rows[a].y - p.y) / (q.y - p.y)
                    passages[rows[a].rank].append((p.x + (q.x - p.x) * t, e))
                    a += 1
                }
            }
        }
        for r in passages.indices where passages[r].count > 1 { passages[r].sort { ($0.x, $0.edge) < ($1.x, $1.edge) } }
    }

    /// Whether a route other than `edge` crosses row `rank` after `bend` (exclusive) and up to
    /// `margin` beyond `shortcut`, going from the bend's x towards the shortcut's.
    func blocks(edge: Int, rank: Int, bend: Double, shortcut: Double) -> Bool {
        guard rank >= 0, rank < passages.count, abs(shortcut - bend) > 1 else { return false }
        let row = passages[rank]
        let lo = shortcut > bend ? bend : shortcut - margin, hi = shortcut > bend ? shortcut + margin : bend
        var a = 0, b = row.count
        while a < b { let mid = (a + b) / 2; if row[mid].x <= lo { a = mid + 1 } else { b = mid } }
        while a < row.count, row[a].x < hi {
            if row[a].edge != edge { return true }
            a += 1
        }
        return false
    }
}
