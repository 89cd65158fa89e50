import Geometry
import Scene

/// The one place deck layout creates image items.
enum ImageItems {
    /// An image drawn into `rect`.
    static func item(_ source: ImageSource, rect: Rect) -> Item {
        .image(ImageItem(source: source, rect: rect, tag: .class("image")))
    }
}
