import Geometry
@testable import LayeredLayout
import Testing

/// Level runs of one fan that lie on one line are pulled apart.
@Suite struct LevelRunsTests {
    @Test func overlappingRunsOfAFanAreStacked() {
        // Two routes leave ports 10 apart, run left at the same height and go down.
        func route(port: Double, to x: Double) -> [Point] {
            [Point(x: 0, y: 0), Point(x: port, y: 20), Point(x: port - 5, y: 40), Point(x: x + 5, y: 40),
             Point(x: x, y: 60), Point(x: x, y: 100)]
        }
        var lines = [route(port: 0, to: -200), route(port: -10, to: -500)]
        LevelRuns.separate(&lines, rowTop: [-10, 60], rowBottom: [20, 100])
        let near = lines[0][2].y, far = lines[1][2].y
        #expect(near != far)
        // The run going farther turns first (higher), so the nearer one never crosses its descent.
        #expect(far < near)
        #expect(lines[0][3].y == near && lines[1][3].y == far)
        #expect(lines.allSatisfy { $0[2].y > 20 && $0[2].y < 60 })
    }

    @Test func runsApartAlongXStay() {
        var lines = [[Point(x: 0, y: 0), Point(x: 0, y: 20), Point(x: -5, y: 40), Point(x: -50, y: 40), Point(x: -55, y: 60), Point(x: -55, y: 90)],
                     [Point(x: 100, y: 0), Point(x: 100, y: 20), Point(x: 105, y: 40), Point(x: 150, y: 40), Point(x: 155, y: 60), Point(x: 155, y: 90)]]
        let before = lines
        LevelRuns.separate(&lines, rowTop: [-10, 60], rowBottom: [20, 100])
        #expect(lines == before)
    }

    /// A run that would cut a sibling's straight line at mid-gap moves up in the gap.
    @Test func runMovesOffASiblingsLine() {
        // Row 0 ends at y 0, row 1 starts at y 100; the run goes far left at mid-gap (50).
        var lines = [[Point(x: 0, y: -20), Point(x: 0, y: 0), Point(x: -10, y: 50), Point(x: -400, y: 50),
                      Point(x: -410, y: 100), Point(x: -410, y: 130)],
                     [Point(x: 20, y: -20), Point(x: 20, y: 0), Point(x: -60, y: 100)]]
        func crosses(_ a: [Point], _ b: [Point]) -> Bool {
            zip(a, a.dropFirst()).contains { p, q in
                zip(b, b.dropFirst()).contains { r, s in
                    func side(_ o: Point, _ u: Point, _ v: Point) -> Double { (u.x - o.x) * (v.y - o.y) - (u.y - o.y) * (v.x - o.x) }
                    return side(r, s, p) * side(r, s, q) < 0 && side(p, q, r) * side(p, q, s) < 0
                }
            }
        }
        #expect(crosses(lines[0], lines[1]))
        LevelRuns.separate(&lines, rowTop: [-40, 100], rowBottom: [0, 140])
        #expect(!crosses(lines[0], lines[1]))
        #expect(lines[0][2].y == lines[0][3].y && lines[0][2].y > 0 && lines[0][2].y < 50)
    }
}
