import Geometry
import Scene

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
