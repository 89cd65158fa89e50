import Flowchart
import Geometry
import Scene

/// The group drawn for one node: its shape and its label, tagged `node` with the node's id.
enum NodeDrawing {
    static func item(_ node: FlowNode, box: Rect, label: MeasuredLabel, css: CSSStyle, theme: FlowchartTheme) -> Item {
        let paint = ShapePaint(css: css, declarations: node.style, fill: theme.nodeFill, stroke: theme.nodeStroke)
        let paths = NodeShapePaths(node.shape, in: box)
        var items: [Item] = [.shape(ShapeItem(path: paths.outer, fill: paint.fill, stroke: paint.stroke))]
        for detail in paths.details {
            let fill = node.shape == .doubleCircle ? paint.fill : nil
            items.append(.shape(ShapeItem(path: detail, fill: fill, stroke: paint.stroke)))
        }
        if !label.isEmpty {
            let center = box.center + NodeShapeSizing.labelOffset(of: node.shape, box: box.size)
            items.append(.text(label.item(centeredAt: center, tag: .class("node-label"))))
        }
        return .group(GroupItem(items, tag: Tag(classes: ["node"], data: [Tag.KeyValue("id", node.id)])))
    }
}
