import Geometry
import Scene

/// The one place deck layout creates image items.
enum ImageItems {
    /// An image drawn into `rect`. Until the renderers draw `Item.image`, a tagged grey
    /// placeholder box stands in.
    static func item(_ source: ImageSource, rect: Rect) -> Item {
        let tag = Tag(classes: ["image"], data: [Tag.KeyValue("format", source.format.rawValue)])
        return .group(GroupItem([.shape(ShapeItem(path: .rect(rect), fill: Color(rgb: 0xDDDDDD),
                                                  stroke: StrokeStyle(color: Color(rgb: 0x999999))))], tag: tag))
    }
}
