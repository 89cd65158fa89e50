import Geometry

/// Encoded image bytes and their format. Renderers decode them (PNG/JPEG as pixels,
/// SVG as vectors through librsvg); the scene never holds decoded pixels.
public struct ImageSource: Hashable, Sendable {
    /// The encoding of `bytes`.
    public enum Format: String, Hashable, Sendable {
        case png, jpeg, svg
    }
    public var bytes: [UInt8]
    public var format: Format
    /// Natural size in pixels (SVG: its width/height or viewBox), when known.
    public var naturalSize: Size?

    public init(bytes: [UInt8], format: Format, naturalSize: Size? = nil) {
        self.bytes = bytes
        self.format = format
        self.naturalSize = naturalSize
    }
}

/// An image drawn scaled into `rect` (aspect ratio is the producer's business: it passes
/// the rect it wants filled), optionally clipped by the enclosing group.
public struct ImageItem: Hashable, Sendable {
    public var source: ImageSource
    public var rect: Rect
    public var tag: Tag

    public init(source: ImageSource, rect: Rect, tag: Tag = Tag()) {
        self.source = source
        self.rect = rect
        self.tag = tag
    }
}
