import Geometry

/// Separates level runs of different routes that lie on one line in the gap between two rows.
///
/// Why: the level runs `RoutePolyline.flattened` makes sit at mid-height between their rows,
/// so two runs of one fan that overlap along x lie on top of each other. What: runs at the
/// same height whose x spans overlap form a group; the group is spread over the gap, a run
/// that leaves farther along its direction placed higher (it turns down last, so no other
/// run of the group crosses its descent). Runs going left are placed above runs going
/// right. A run's points move together, so its slopes follow. Deterministic: ties by edge id.
enum LevelRuns {
    private struct Run {
        var edge: Int
        var first: Int
        var last: Int
        var y: Double
        var entry: Double
        var exit: Double
        var lo: Double { min(entry, exit) }
        var hi: Double { max(entry, exit) }
        var goesLeft: Bool { exit < entry }
    }

    static func separate(_ points: inout [[Point]], rowTop: [Double], rowBottom: [Double]) {
        var runs: [Run] = []
        for (e, line) in points.enumerated() where line.count >= 4 {
            var i = 1
            while i < line.count - 2 {
                var j = i
                while j + 1 < line.count - 1, abs(line[j + 1].y - line[i].y) < 1e-6 { j += 1 }
                if j > i, abs(line[j].x - line[i].x) > 1 {
                    runs.append(Run(edge: e, first: i, last: j, y: line[i].y, entry: line[i].x, exit: line[j].x))
                }
                i = j + 1
            }
        }
        guard runs.count > 1 else { return }
        runs.sort { ($0.y, $0.lo, $0.edge) < ($1.y, $1.lo, $1.edge) }
        var start = 0
        while start < runs.count {
            var end = start + 1
            var reach = runs[start].hi
            while end < runs.count, abs(runs[end].y - runs[start].y) < 0.5, runs[end].lo < reach - 1 {
                reach = max(reach, runs[end].hi)
                end += 1
            }
            if end - start > 1 { spread(Array(runs[start..<end]), &points, rowTop: rowTop, rowBottom: rowBottom) }
            start = end
        }
    }

    private static func spread(_ group: [Run], _ points: inout [[Point]], rowTop: [Double], rowBottom: [Double]) {
        let y = group[0].y
        // The gap between two rows holding the runs; runs inside a row band stay.
        guard let r = rowBottom.indices.first(where: { $0 + 1 < rowTop.count && rowBottom[$0] <= y && y <= rowTop[$0 + 1] })
        else { return }
        let lo = rowBottom[r], hi = rowTop[r + 1]
        let room = (hi - lo) * 0.6
        guard room > 2 else { return }
        let ordered = group.sorted { a, b in
            if a.goesLeft != b.goesLeft { return a.goesLeft }
            let ka = a.goesLeft ? a.exit : -a.exit, kb = b.goesLeft ? b.exit : -b.exit
            return (ka, a.edge) < (kb, b.edge)
        }
        let step = min(8, room / Double(ordered.count - 1))
        let top = (lo + hi) / 2 - step * Double(ordered.count - 1) / 2
        for (k, run) in ordered.enumerated() {
            let level = top + step * Double(k)
            for i in run.first...run.last { points[run.edge][i].y = level }
        }
    }
}
