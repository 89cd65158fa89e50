import Testing
import Scene
@testable import Deck

/// Chunks of fixed-height parts plus a per-chunk overhead (a code panel's padding, a
/// table's repeated header).
private struct FixedChunks: ChunkSource {
    var partHeights: [[Double]]
    var overhead: [Double]
    var calls: [(Int, Range<Int>)] = []

    mutating func chunk(_ unit: Int, _ range: Range<Int>) -> LaidBlock {
        calls.append((unit, range))
        let height = overhead[unit] + partHeights[unit][range].reduce(0, +)
        return LaidBlock(items: [], width: 100, height: height, line: unit + 1)
    }

    mutating func height(_ unit: Int, _ range: Range<Int>) -> Double {
        chunk(unit, range).height
    }

    mutating func fitted(_ unit: Int, height: Double) -> LaidBlock {
        LaidBlock(items: [], width: 100, height: height, line: unit + 1)
    }
}

private func unit(_ height: Double, keep: Bool = false, below: Double = 0) -> BreakableUnit {
    BreakableUnit(whole: LaidBlock(items: [], width: 100, height: height, spaceBelow: below, line: 0), keepWithNext: keep)
}

private func splittable(_ parts: [Double], overhead: Double, minHead: Int = 1, minTail: Int = 1) -> BreakableUnit {
    var u = BreakableUnit(whole: LaidBlock(items: [], width: 100, height: overhead + parts.reduce(0, +), line: 0))
    u.parts = parts.count
    u.minHead = minHead
    u.minTail = minTail
    return u
}

/// Which units (and part ranges) each page holds.
private func layout(_ units: [BreakableUnit], parts: [[Double]], overhead: [Double], body: Double)
    -> (pages: [[String]], oversized: [Int]) {
    var breaker = PageBreaker(units: units, bodyHeight: body, source: FixedChunks(partHeights: parts, overhead: overhead))
    let pages = breaker.run().map { page in
        page.map { p in units[p.unit].parts > 1 ? "\(p.unit):\(p.range.lowerBound)-\(p.range.upperBound)" : "\(p.unit)" }
    }
    return (pages, breaker.oversized)
}

@Suite struct DocumentBreakTests {
    @Test func breaksBetweenBlocksWithCollapsedMargins() {
        let units = [unit(40, below: 10), unit(40, below: 10), unit(40)]
        // 40 + 10 + 40 = 90 fits in 100; the third needs 140.
        let result = layout(units, parts: [[], [], []], overhead: [0, 0, 0], body: 100)
        #expect(result.pages == [["0", "1"], ["2"]])
    }

    @Test func headingMovesToTheNextPageWithItsBlock() {
        // A heading that fits at the bottom of page 1 but whose paragraph does not.
        let units = [unit(70), unit(10, keep: true), unit(30)]
        let result = layout(units, parts: [[], [], []], overhead: [0, 0, 0], body: 100)
        #expect(result.pages == [["0"], ["1", "2"]])
        // Without keep-with-next the heading would stay behind.
        let loose = layout([unit(70), unit(10), unit(30)], parts: [[], [], []], overhead: [0, 0, 0], body: 100)
        #expect(loose.pages == [["0", "1"], ["2"]])
    }

    @Test func chainedHeadingsStayWithTheFirstBlock() {
        let units = [unit(60), unit(10, keep: true), unit(10, keep: true), unit(30)]
        let result = layout(units, parts: [[], [], [], []], overhead: [0, 0, 0, 0], body: 100)
        #expect(result.pages == [["0"], ["1", "2", "3"]])
    }

    @Test func splitsATableBetweenRowsWithItsHeaderOnEachPiece() {
        // 10 rows of 10 under a 15 header: the header is repeated on every chunk.
        let rows = Array(repeating: 10.0, count: 10)
        let units = [unit(50), splittable(rows, overhead: 15, minHead: 2, minTail: 1)]
        let result = layout(units, parts: [[], rows], overhead: [0, 15], body: 100)
        // Page 1: 50 + 15 + 3 rows = 95; page 2: 15 + 7 rows = 85.
        #expect(result.pages == [["0", "1:0-3"], ["1:3-10"]])
    }

    @Test func keepsOrphansAndWidows() {
        // Four lines of 10; room for one line after the first block: nothing is split off.
        let lines = [10.0, 10, 10, 10]
        let units = [unit(85), splittable(lines, overhead: 0, minHead: 2, minTail: 2)]
        let result = layout(units, parts: [[], lines], overhead: [0, 0], body: 100)
        #expect(result.pages == [["0"], ["1:0-4"]])
        // Room for three lines: two go, two follow (not three and a widow).
        let roomy = layout([unit(65), splittable(lines, overhead: 0, minHead: 2, minTail: 2)], parts: [[], lines],
                           overhead: [0, 0], body: 100)
        #expect(roomy.pages == [["0", "1:0-2"], ["1:2-4"]])
    }

    @Test func unsplittableDiagramGoesWholeToTheNextPage() {
        let units = [unit(60), unit(80), unit(20)]
        let result = layout(units, parts: [[], [], []], overhead: [0, 0, 0], body: 100)
        #expect(result.pages == [["0"], ["1", "2"]])
        #expect(result.oversized.isEmpty)
    }

    @Test func figureShrinksALittleToFinishAPage() {
        var figure = unit(50)
        figure.minShrink = 0.75
        // 40 points left: 80 % of the figure, so it shrinks and stays.
        #expect(layout([unit(60), figure, unit(10)], parts: [[], [], []], overhead: [0, 0, 0], body: 100).pages
            == [["0", "1"], ["2"]])
        // 30 points left: 60 %, too small; it moves on.
        #expect(layout([unit(70), figure, unit(10)], parts: [[], [], []], overhead: [0, 0, 0], body: 100).pages
            == [["0"], ["1", "2"]])
    }

    @Test func blockTallerThanAPageIsPlacedAloneAndReported() {
        let units = [unit(30), unit(150), unit(20)]
        let result = layout(units, parts: [[], [], []], overhead: [0, 0, 0], body: 100)
        #expect(result.pages == [["0"], ["1"], ["2"]])
        #expect(result.oversized == [1])
    }

    @Test func longCodeRunsOverSeveralPages() {
        let lines = Array(repeating: 12.0, count: 20)
        let units = [splittable(lines, overhead: 10, minHead: 3, minTail: 2)]
        let result = layout(units, parts: [lines], overhead: [10], body: 100)
        // 10 + 7 * 12 = 94 per page.
        #expect(result.pages == [["0:0-7"], ["0:7-14"], ["0:14-20"]])
    }

    @Test func pageBreakMarkerStartsANewPage() {
        var second = unit(10)
        second.breakBefore = true
        let result = layout([unit(10), second], parts: [[], []], overhead: [0, 0], body: 100)
        #expect(result.pages == [["0"], ["1"]])
    }
}

@Suite struct CodeWrappingTests {
    @Test func longLinesWrapAtSpacesWithAnIndent() {
        let wrapping = CodeWrapping(maxWidth: 20) { Double($0.count) }
        let lines = wrapping.wrap(["short", "sigilctl backup restore leveldb --shard one"])
        #expect(lines.map(\.text) == ["short", "sigilctl backup ", "  restore leveldb ", "  --shard one"])
        #expect(lines.map(\.origin) == [0, 1, 1, 1])
    }

    @Test func wordsLongerThanTheLineAreCut() {
        let wrapping = CodeWrapping(maxWidth: 10) { Double($0.count) }
        let lines = wrapping.wrap(["abcdefghijklmnopqrstuvwxyz"])
        #expect(lines.map(\.text) == ["abcdefghij", "  klmnopqr", "  stuvwxyz"])
    }
}
