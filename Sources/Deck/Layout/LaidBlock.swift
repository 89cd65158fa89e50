import Geometry
import Scene

/// A laid-out block: items relative to its top-left corner, its size, CSS-like margins that
/// collapse with its neighbours', the Markdown line it came from and the anchors in it.
struct LaidBlock {
    var items: [Item]
    var width: Double
    var height: Double
    /// Width actually drawn (the widest line), for blocks centred as a whole.
    var contentWidth: Double?
    var spaceAbove: Double = 0
    var spaceBelow: Double = 0
    /// 1-based deck line of the Markdown block (0 when unknown).
    var line: Int
    var anchors: [PageAnchor] = []
    /// Where inner Markdown blocks (list items, blocks in quotes and columns) start: y and
    /// deck line, so that an overflow names the innermost block that crosses the edge.
    var marks: [LineMark] = []
    /// Whether flexible content sits inside (columns): it can shrink when the slide overflows.
    var hasNestedFlexible = false
    /// Content that scales to the room left on the slide (diagrams, unsized images).
    var flexible: FlexibleContent?

    /// The block's items and anchors moved by (dx, dy).
    func moved(dx: Double, dy: Double) -> (items: [Item], anchors: [PageAnchor]) {
        (items.map { ItemMover.moved($0, dx: dx, dy: dy) },
         anchors.map { PageAnchor(name: $0.name, y: $0.y + dy) })
    }

    /// This block's own mark and its inner marks, moved down by `dy`.
    func allMarks(dy: Double) -> [LineMark] {
        (line > 0 ? [LineMark(y: dy, line: line)] : []) + marks.map { LineMark(y: $0.y + dy, line: $0.line) }
    }
}

/// The top of an inner Markdown block and its deck line.
struct LineMark: Hashable {
    var y: Double
    var line: Int
}
