import Geometry
import Scene

/// Cuts a laid-out paragraph of equally tall lines into runs of lines: each item goes with
/// the line its middle falls in, moved up to the top of the run.
struct LineSlicer {
    var block: LaidBlock
    var lineHeight: Double

    /// A slicer when the block is a stack of `lineHeight` lines (no taller inline images), else nil.
    init?(_ block: LaidBlock, lineHeight: Double) {
        guard lineHeight > 0, block.height > 0 else { return nil }
        let count = (block.height / lineHeight).rounded()
        guard count >= 1, abs(count * lineHeight - block.height) < 0.5 else { return nil }
        self.block = block
        self.lineHeight = lineHeight
    }

    var lineCount: Int { Int((block.height / lineHeight).rounded()) }

    /// Lines `range` as a block of their own.
    func slice(_ range: Range<Int>) -> LaidBlock {
        let top = Double(range.lowerBound) * lineHeight
        let bottom = Double(range.upperBound) * lineHeight
        let kept = block.items.filter { item in
            guard let middle = Self.middle(item) else { return false }
            return middle >= top && middle < bottom
        }
        var piece = block
        piece.items = kept.map { ItemMover.moved($0, dx: 0, dy: -top) }
        piece.height = bottom - top
        piece.anchors = block.anchors.filter { $0.y >= top && $0.y < bottom }.map { PageAnchor(name: $0.name, y: $0.y - top) }
        piece.marks = []
        return piece
    }

    /// The vertical middle of what an item draws.
    static func middle(_ item: Item) -> Double? {
        switch item {
        case .text(let text): return text.box.midY
        case .shape(let shape): return shape.path.bounds.midY
        case .image(let image): return image.rect.midY
        case .group(let group):
            guard group.transform.isIdentity else { return nil }
            let middles = group.items.compactMap(middle)
            return middles.isEmpty ? nil : middles.reduce(0, +) / Double(middles.count)
        }
    }
}
