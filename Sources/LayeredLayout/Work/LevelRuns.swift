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
        let gaps = Gaps(points, rowTop: rowTop, rowBottom: rowBottom)
        var start = 0
        while start < runs.count {
            var end = start + 1
            var reach = runs[start].hi
            while end < runs.count, abs(runs[end].y - runs[start].y) < 0.5, runs[end].lo < reach - 1 {
                reach = max(reach, runs[end].hi)
                end += 1
            }
            spread(Array(runs[start..<end]), &points, gaps: gaps)
            start = end
        }
    }

    /// The gaps between consecutive rows and, per gap, the route segments reaching into it
    /// (found once: moving a run keeps it and its slopes in its gap).
    private struct Gaps {
        var lo: [Double] = []
        var hi: [Double] = []
        var segments: [[(edge: Int, index: Int)]] = []

        init(_ points: [[Point]], rowTop: [Double], rowBottom: [Double]) {
            for r in rowBottom.indices where r + 1 < rowTop.count {
                lo.append(rowBottom[r])
                hi.append(rowTop[r + 1])
            }
            segments = Array(repeating: [], count: lo.count)
            for (e, line) in points.enumerated() {
                for (i, (p, q)) in zip(line, line.dropFirst()).enumerated() {
                    let top = min(p.y, q.y), bottom = max(p.y, q.y)
                    var k = first(reaching: top)
                    while k < lo.count, lo[k] <= bottom {
                        if hi[k] >= top { segments[k].append((e, i)) }
                        k += 1
                    }
                }
            }
        }

        /// The first gap whose bottom is at or below `y` (rows, and so gaps, go down in order).
        func first(reaching y: Double) -> Int {
            var a = 0, b = hi.count
            while a < b { let mid = (a + b) / 2; if hi[mid] < y { a = mid + 1 } else { b = mid } }
            return a
        }
    }

    /// Proper-crossing tests one group may spend on choosing its height (pieces × segments);
    /// a bigger group keeps the middle of its gap.
    private static let searchBudget = 50_000

    private static func spread(_ group: [Run], _ points: inout [[Point]], gaps: Gaps) {
        let y = group[0].y
        // The gap between two rows holding the runs; runs inside a row band stay.
        let r = gaps.first(reaching: y)
        guard r < gaps.lo.count, gaps.lo[r] <= y else { return }
        let lo = gaps.lo[r], hi = gaps.hi[r]
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
        let edges = Set(ordered.map(\.edge))
        // Other routes' segments in the gap within the runs' x extent (only those can cross
        // the runs and their slopes).
        var left = Double.infinity, right = -Double.infinity
        for run in ordered {
            for i in (run.first - 1)...(run.last + 1) { left = min(left, points[run.edge][i].x); right = max(right, points[run.edge][i].x) }
        }
        var band: [(Point, Point)] = []
        for (f, i) in gaps.segments[r] where !edges.contains(f) {
            let p = points[f][i], q = points[f][i + 1]
            if max(p.x, q.x) >= left && min(p.x, q.x) <= right { band.append((p, q)) }
        }
        let pieces = ordered.reduce(0) { $0 + $1.last - $1.first + 2 }
        guard pieces * band.count <= searchBudget else { return }
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
