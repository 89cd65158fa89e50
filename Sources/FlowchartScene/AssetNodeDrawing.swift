import Flowchart
import Geometry
import Scene

/// The items of an image or icon node: the picture (or its placeholder) or the icon in its
/// frame, then the label on a light background above or below.
enum AssetNodeDrawing {
    static func items(_ layout: AssetNodeLayout, box: Rect, label: MeasuredLabel, paint: ShapePaint,
                      theme: FlowchartTheme) -> [Item] {
        var items: [Item] = []
        let rect = layout.assetRect(in: box)
        switch layout.kind {
        case .image(let source?):
            items.append(.image(ImageItem(source: source, rect: rect, tag: .class("node-image"))))
            if let stroke = paint.stroke {
                items.append(.shape(ShapeItem(path: .rect(rect), stroke: stroke, tag: .class("image-frame"))))
            }
        case .image(nil):
            items += placeholder(rect, paint: paint, theme: theme)
        case .icon(let glyph, let form):
            if let frame = frame(form, rect: rect) {
                // mermaid paints the frame in the node fill with a border of the same colour.
                let fill = paint.fill ?? theme.nodeFill
                let stroke = paint.stroke.map { $0.color == theme.nodeStroke ? StrokeStyle(color: fill, width: $0.width) : $0 }
                items.append(.shape(ShapeItem(path: frame, fill: fill, stroke: stroke, tag: .class("icon-frame"))))
            }
            if let glyph, let style = layout.glyphStyle {
                let glyphBox = Rect(center: rect.center, size: layout.glyphSize)
                items.append(.text(TextItem(spans: [TextSpan(String(glyph))], style: style, box: glyphBox,
                                            alignment: .center, tag: .class("icon"))))
            }
        }
        if !label.isEmpty {
            let labelRect = layout.labelRect(in: box)
            let background = labelRect.insetBy(dx: -2, dy: 0)
            items.append(.shape(ShapeItem(path: .rect(background), fill: theme.edgeLabelBackground, tag: .class("label-background"))))
            items.append(.text(label.item(centeredAt: labelRect.center, tag: .class("node-label"))))
        }
        return items
    }

    /// The outline of an icon's frame (`form`), nil when the icon stands alone.
    static func frame(_ form: String?, rect: Rect) -> Path? {
        switch form {
        case "square": return .rect(rect)
        case "circle": return .ellipse(in: rect)
        case "rounded": return .roundedRect(rect, radius: min(rect.width, rect.height) * 0.12)
        default: return nil
        }
    }

    /// A frame of the asked size with a cross: where a picture that was not loaded would be.
    static func placeholder(_ rect: Rect, paint: ShapePaint, theme: FlowchartTheme) -> [Item] {
        let color = paint.stroke?.color ?? theme.nodeStroke
        let border = StrokeStyle(color: color, width: 1, dash: [4, 3])
        var cross = Path.polyline([rect.origin, Point(x: rect.maxX, y: rect.maxY)])
        cross.append(.polyline([Point(x: rect.maxX, y: rect.minY), Point(x: rect.minX, y: rect.maxY)]))
        var faint = color
        faint.alpha *= 0.4
        return [
            .shape(ShapeItem(path: .rect(rect), fill: paint.fill ?? theme.nodeFill, stroke: border, tag: .class("image-placeholder"))),
            .shape(ShapeItem(path: cross, stroke: StrokeStyle(color: faint, width: 1), tag: .class("image-placeholder"))),
        ]
    }
}
