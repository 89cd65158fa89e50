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

/// A drawing with a natural size that is drawn scaled into the space it is given.
struct FlexibleContent {
    var natural: Size
    /// Items in natural coordinates (0,0 top-left).
    var items: [Item]
    /// Largest scale allowed (diagrams grow a little to fill a slide, images never upscale).
    var maxScale: Double
    var tag: Tag

    /// The block showing the content scaled to fit `width` x `height`, centred horizontally in `width`.
    func block(width: Double, height: Double, alignment: TextAlignment, line: Int,
               spaceAbove: Double, spaceBelow: Double) -> LaidBlock {
        let scale = max(0.05, min(maxScale, width / max(1, natural.width), height / max(1, natural.height)))
        let drawnWidth = natural.width * scale
        let x: Double
        switch alignment {
        case .left: x = 0
        case .center: x = (width - drawnWidth) / 2
        case .right: x = width - drawnWidth
        }
        let group = GroupItem(items, transform: Transform.translation(x, 0).concatenating(.scale(scale, scale)), tag: tag)
        var block = LaidBlock(items: [.group(group)], width: width, height: natural.height * scale,
                              spaceAbove: spaceAbove, spaceBelow: spaceBelow, line: line)
        block.flexible = self
        return block
    }
}

/// Moves items without adding groups, so dumps show final positions.
enum ItemMover {
    static func moved(_ item: Item, dx: Double, dy: Double) -> Item {
        if dx == 0 && dy == 0 { return item }
        let shift = Transform.translation(dx, dy)
        switch item {
        case .shape(var shape):
            shape.path = shape.path.transformed(by: shift)
            return .shape(shape)
        case .text(var text):
            text.box = text.box.offsetBy(dx: dx, dy: dy)
            return .text(text)
        case .group(var group):
            if group.transform.isIdentity {
                group.items = group.items.map { moved($0, dx: dx, dy: dy) }
                group.clip = group.clip?.transformed(by: shift)
            } else {
                group.transform = shift.concatenating(group.transform)
            }
            return .group(group)
        case .image(var image):
            image.rect = image.rect.offsetBy(dx: dx, dy: dy)
            return .image(image)
        }
    }
}
