import Geometry
import Scene

/// Re-places a finished drawing: scaled to fit a box (`--width`/`--height`) or centred on
/// a paper page with margins (`--paper`). The drawing's items are wrapped in one scaled
/// group, so every backend draws the result alike; metadata is kept.
enum FrameFitting {
    /// `frame` scaled (up or down, aspect kept) so it fits `width` × `height`; a nil side
    /// does not constrain. Unchanged when neither is given.
    static func fitted(_ frame: Frame, width: Double?, height: Double?) -> Frame {
        guard frame.size.width > 0, frame.size.height > 0 else { return frame }
        let factors = [width.map { $0 / frame.size.width }, height.map { $0 / frame.size.height }].compactMap { $0 }
        guard let factor = factors.min(), factor.isFinite, factor > 0 else { return frame }
        let size = Size(width: frame.size.width * factor, height: frame.size.height * factor)
        return placed(frame, scale: factor, offset: .zero, page: size)
    }

    /// `frame` centred on a `paper` page inside the margins, shrunk to fit when larger
    /// (never enlarged).
    static func onPaper(_ frame: Frame, paper: PaperSize, landscape: Bool) -> Frame {
        let (w, h) = paper.points
        let page = landscape ? Size(width: h, height: w) : Size(width: w, height: h)
        let room = Size(width: page.width - 2 * PaperSize.margin, height: page.height - 2 * PaperSize.margin)
        guard frame.size.width > 0, frame.size.height > 0 else { return frame }
        let factor = min(1, room.width / frame.size.width, room.height / frame.size.height)
        let offset = Point(x: (page.width - frame.size.width * factor) / 2,
                           y: (page.height - frame.size.height * factor) / 2)
        return placed(frame, scale: factor, offset: offset, page: page)
    }

    private static func placed(_ frame: Frame, scale: Double, offset: Point, page: Size) -> Frame {
        var result = frame
        result.size = page
        let transform = Transform.translation(offset.x, offset.y).concatenating(.scale(scale, scale))
        result.items = [.group(GroupItem(frame.items, transform: transform))]
        return result
    }
}
