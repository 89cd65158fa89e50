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
        guard !runs.isEmpty else { return }
        runs.sort { ($0.y, $0.lo, $0.edge) < ($1.y, $1.lo, $1.edge) }
        var start = 0
        while start < runs.count {
            var end = start + 1
            var reach = runs[start].hi
            while end < runs.count, abs(runs[end].y - runs[start].y) < 0.5, runs[end].lo < reach - 1 {
                reach = max(reach, runs[end].hi)
                end += 1
            }
            spread(Array(runs[start..<end]), &points, rowTop: rowTop, rowBottom: rowBottom)
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
        let step = ordered.count > 1 ? min(8, room / Double(ordered.count - 1)) : 0
        let block = step * Double(ordered.count - 1)
        let mid = (lo + hi) / 2
        func place(_ shift: Double) {
            let top = mid - block / 2 + shift
            for (k, run) in ordered.enumerated() {
                for i in run.first...run.last { points[run.edge][i].y = top + step * Double(k) }
            }
        }
        place(0)
        // The block moves up or down in the gap when that crosses fewer other routes.
        let edges = ordered.map(\.edge)
        // Other routes' segments in the gap (only those can cross the runs and slopes).
        var band: [(Point, Point)] = []
        for (f, other) in points.enumerated() where !edges.contains(f) {
            for (r, q) in zip(other, other.dropFirst()) where max(r.y, q.y) >= lo && min(r.y, q.y) <= hi { band.append((r, q)) }
        }
        var best = (score: crossings(ordered, band, points), shift: 0.0)
        let slack = max(0, (room - block) / 2)
        guard best.score > 0, slack > 1 else { return }
        for k in [-4, -3, -2, -1, 1, 2, 3, 4] {
            let shift = slack * Double(k) / 4
            place(shift)
            let score = crossings(ordered, band, points)
            if score < best.score { best = (score, shift) }
        }
        place(best.shift)
    }

    /// Proper crossings between the pieces of the runs (with their slopes) and other routes.
    private static func crossings(_ runs: [Run], _ band: [(Point, Point)], _ points: [[Point]]) -> Int {
        var count = 0
        for run in runs {
            let line = points[run.edge]
            for i in (run.first - 1)...run.last {
                let p = line[i], q = line[i + 1]
                for (r, s) in band where properlyCross(p, q, r, s) { count += 1 }
            }
        }
        return count
    }

    private static func properlyCross(_ p: Point, _ q: Point, _ r: Point, _ s: Point) -> Bool {
        guard max(p.x, q.x) >= min(r.x, s.x), max(r.x, s.x) >= min(p.x, q.x),
              max(p.y, q.y) >= min(r.y, s.y), max(r.y, s.y) >= min(p.y, q.y) else { return false }
        func side(_ a: Point, _ b: Point, _ c: Point) -> Double { (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x) }
        let d1 = side(r, s, p), d2 = side(r, s, q), d3 = side(p, q, r), d4 = side(p, q, s)
        return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))
    }
}
