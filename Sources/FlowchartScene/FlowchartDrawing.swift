import Geometry
import LayeredLayout
import Scene

/// A drawn flowchart with the layout it came from (in frame coordinates).
public struct FlowchartDrawing: Hashable, Sendable {
    public var frame: Frame
    /// The layout result moved by `offset` into frame coordinates.
    public var layout: LayoutResult
    /// Where the layout's origin sits in the frame (padding, title).
    public var offset: Point

    public init(frame: Frame, layout: LayoutResult, offset: Point) {
        self.frame = frame
        self.layout = layout
        self.offset = offset
    }
}
