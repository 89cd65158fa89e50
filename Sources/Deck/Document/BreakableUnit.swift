/// What the page breaker knows of a unit: its whole block and how it may be split.
struct BreakableUnit {
    var whole: LaidBlock
    /// Parts it can be split between (1: never split).
    var parts = 1
    /// Fewest parts left at the bottom of a page and carried to the next (orphans, widows).
    var minHead = 1
    var minTail = 1
    /// Headings stay on the page of what follows them.
    var keepWithNext = false
    /// Starts a new page (`<!-- pagebreak -->`).
    var breakBefore = false
    /// Smallest scale a figure may take to finish a page instead of moving to the next (1: none).
    var minShrink = 1.0
}

/// One placed chunk: which unit, which of its parts, the block drawn and its top on the page.
struct Placement {
    var unit: Int
    var range: Range<Int>
    var block: LaidBlock
    var y: Double
}
