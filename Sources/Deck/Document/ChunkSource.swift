/// Lays out a chunk of a splittable unit: the parts in `range` as one block (a code block's
/// lines, a table's rows under its repeated header, a list's items, a paragraph's lines).
protocol ChunkSource {
    mutating func chunk(_ unit: Int, _ range: Range<Int>) -> LaidBlock
    /// The height of `chunk(unit, range)`, maybe without laying it out.
    mutating func height(_ unit: Int, _ range: Range<Int>) -> Double
    /// A shrinkable unit (a figure) drawn at most `height` tall.
    mutating func fitted(_ unit: Int, height: Double) -> LaidBlock
}
