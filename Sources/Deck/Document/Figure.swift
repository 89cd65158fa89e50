import Foundation

/// A diagram or image with its optional caption, drawn at the largest size that fits a
/// height (never larger than its natural size, never wider than the text).
struct Figure {
    var content: FlexibleContent
    var caption: LaidBlock?
    var width: Double
    var line: Int

    /// The figure and caption stacked, the drawing at most `maxHeight` tall with its caption.
    func block(maxHeight: Double) -> LaidBlock {
        let room = maxHeight - (caption.map { $0.height + 6 } ?? 0)
        var drawing = content.block(width: width, height: max(10, room), alignment: .center, line: line,
                                    spaceAbove: 6, spaceBelow: 12)
        drawing.flexible = nil
        guard var caption else { return drawing }
        caption.spaceAbove = 6
        var stacked = SlideLayouter.stack([drawing, caption], width: width)
        stacked.spaceAbove = 6
        stacked.spaceBelow = 12
        return stacked
    }
}
