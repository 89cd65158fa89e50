import Flowchart
import Geometry
import Scene

/// The group drawn for one node: its shape and its label, tagged `node` with the node's id.
enum NodeDrawing {
    static func item(_ node: FlowNode, box: Rect, label: MeasuredLabel, css: CSSStyle, theme: FlowchartTheme,
                     asset: AssetNodeLayout? = nil) -> Item {
        let paint = ShapePaint(css: css, declarations: node.style, fill: theme.nodeFill, stroke: theme.nodeStroke)
        if let asset {
            return group(node, AssetNodeDrawing.items(asset, box: box, label: label, paint: paint, theme: theme))
        }
        let paths = NodeShapePaths(node.shape, in: box)
        let border = paint.stroke?.color ?? theme.nodeStroke
        var items: [Item] = []
        switch paths.paint {
        case .normal: items.append(.shape(ShapeItem(path: paths.outer, fill: paint.fill, stroke: paint.stroke)))
        case .strokeOnly: items.append(.shape(ShapeItem(path: paths.outer, fill: nil, stroke: paint.stroke)))
        case .invisible: break
        case .fillOnly: items.append(.shape(ShapeItem(path: paths.outer, fill: paint.fill, stroke: nil)))
        case .solidLine:
            items.append(.shape(ShapeItem(path: paths.outer, fill: css.fill ?? theme.line, stroke: nil)))
        case .solidBorder:
            items.append(.shape(ShapeItem(path: paths.outer, fill: css.fill ?? border, stroke: nil)))
        }
        for layer in paths.layers {
            items.append(.shape(ShapeItem(path: layer, fill: paint.fill, stroke: paint.stroke)))
        }
        for detail in paths.details {
            items.append(.shape(ShapeItem(path: detail, fill: nil, stroke: paint.stroke)))
        }
        for solid in paths.solids {
            items.append(.shape(ShapeItem(path: solid, fill: border, stroke: nil)))
        }
        if !label.isEmpty, NodeShapeSizing.showsLabel(node.shape) {
            let offset = NodeShapeSizing.labelOffset(of: node.shape, box: box.size, label: label.size)
            items.append(.text(label.item(centeredAt: box.center + offset, tag: .class("node-label"))))
        }
        return group(node, items)
    }

    /// The node's group: tagged with its id, linked or with a tooltip when it has one.
    static func group(_ node: FlowNode, _ items: [Item]) -> Item {
        let link = node.link.flatMap { url in
            Link.allows(url) ? Link(url: url, tooltip: node.tooltip, target: node.linkTarget) : nil
        }
        return .group(GroupItem(items, tag: Tag(classes: ["node"], data: [Tag.KeyValue("id", node.id)]), link: link,
                                tooltip: link == nil ? node.tooltip : nil))
    }
}
