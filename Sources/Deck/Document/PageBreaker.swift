/// Distributes units over pages of a fixed body height: breaks between units, inside
/// splittable units at part boundaries (respecting orphans and widows), keeps headings with
/// what follows, and starts an oversized unsplittable unit on a fresh page (it overflows there).
struct PageBreaker<Source: ChunkSource> {
    var units: [BreakableUnit]
    var bodyHeight: Double
    var source: Source
    /// Units taller than a page that could not be split.
    var oversized: [Int] = []

    private let epsilon = 0.01

    init(units: [BreakableUnit], bodyHeight: Double, source: Source) {
        self.units = units
        self.bodyHeight = bodyHeight
        self.source = source
    }

    mutating func run() -> [[Placement]] {
        var pages: [[Placement]] = [[]]
        var y = 0.0
        var below = 0.0
        var index = 0
        var start = 0
        func newPage() {
            pages.append([])
            y = 0
            below = 0
        }
        while index < units.count {
            let unit = units[index]
            let empty = pages[pages.count - 1].isEmpty
            if unit.breakBefore, start == 0, !empty {
                newPage()
                continue
            }
            let gap = empty ? 0 : max(below, unit.whole.spaceAbove)
            let height = start == 0 ? unit.whole.height : source.height(index, start..<unit.parts)
            let fits = y + gap + height <= bodyHeight + epsilon
            let keeps = !unit.keepWithNext || empty
                || y + gap + height + followingHeight(after: index) <= bodyHeight + epsilon
            if fits && keeps {
                let block = start == 0 ? unit.whole : source.chunk(index, start..<unit.parts)
                pages[pages.count - 1].append(Placement(unit: index, range: start..<unit.parts, block: block, y: y + gap))
                y += gap + block.height
                below = unit.whole.spaceBelow
                index += 1
                start = 0
                continue
            }
            let room = bodyHeight - y - gap
            if !fits, keeps, !empty, unit.minShrink < 1, room >= unit.whole.height * unit.minShrink {
                let smaller = source.fitted(index, height: room)
                if smaller.height <= room + epsilon {
                    pages[pages.count - 1].append(Placement(unit: index, range: 0..<unit.parts, block: smaller, y: y + gap))
                    y += gap + smaller.height
                    below = unit.whole.spaceBelow
                    index += 1
                    continue
                }
            }
            let splittable = unit.parts > 1 && !unit.keepWithNext
            if splittable, let end = splitEnd(index, from: start, room: room, forced: empty) {
                let chunk = source.chunk(index, start..<end)
                pages[pages.count - 1].append(Placement(unit: index, range: start..<end, block: chunk, y: y + gap))
                start = end
                newPage()
                continue
            }
            if !empty {
                newPage()
                continue
            }
            // Alone on a page and still too tall: it overflows the bottom margin.
            oversized.append(index)
            let block = start == 0 ? unit.whole : source.chunk(index, start..<unit.parts)
            pages[pages.count - 1].append(Placement(unit: index, range: start..<unit.parts, block: block, y: 0))
            y = block.height
            below = unit.whole.spaceBelow
            index += 1
            start = 0
        }
        if pages.count > 1, pages[pages.count - 1].isEmpty { pages.removeLast() }
        return pages
    }

    /// The most parts from `start` that fit in `room`, leaving `minTail` for the next page;
    /// on an empty page (`forced`) at least one part even if the minimums cannot be kept.
    private mutating func splitEnd(_ index: Int, from start: Int, room: Double, forced: Bool) -> Int? {
        let unit = units[index]
        let head = start == 0 ? unit.minHead : 1
        var low = start + head, high = unit.parts - unit.minTail
        if forced {
            low = start + 1
            high = unit.parts - 1
        }
        guard low <= high else { return nil }
        if source.height(index, start..<low) > room + epsilon {
            if forced, !oversized.contains(index) { oversized.append(index) }
            return forced ? low : nil
        }
        // Heights grow with the part count: binary search for the last that fits.
        while low < high {
            let mid = (low + high + 1) / 2
            if source.height(index, start..<mid) <= room + epsilon { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// Height that must follow a heading on its page: the gap and the next unit's smallest
    /// first chunk (the next heading's own requirement for chains of headings), at most a page.
    private mutating func followingHeight(after index: Int) -> Double {
        guard index + 1 < units.count else { return 0 }
        let unit = units[index], next = units[index + 1]
        let gap = max(unit.whole.spaceBelow, next.whole.spaceAbove)
        var height: Double
        if next.keepWithNext {
            height = next.whole.height + followingHeight(after: index + 1)
        } else if next.parts > 1, next.parts >= next.minHead + next.minTail {
            height = source.height(index + 1, 0..<next.minHead)
        } else {
            height = next.whole.height * next.minShrink
        }
        return min(gap + height, bodyHeight * 0.6)
    }
}
