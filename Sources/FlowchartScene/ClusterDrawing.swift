import Flowchart
import Geometry
import Scene

/// The group drawn for one subgraph: its box and its title centred at the top inside it.
enum ClusterDrawing {
    static func item(_ subgraph: FlowSubgraph, box: Rect, title: MeasuredLabel, css: CSSStyle,
                     theme: FlowchartTheme) -> Item {
        let paint = ShapePaint(css: css, declarations: subgraph.style, fill: theme.clusterFill, stroke: theme.clusterStroke)
        var items: [Item] = [.shape(ShapeItem(path: Path.rect(box), fill: paint.fill, stroke: paint.stroke))]
        if !title.isEmpty {
            let center = Point(x: box.midX, y: box.minY + FlowchartMeasurement.clusterTitleGap + title.size.height / 2)
            items.append(.text(title.item(centeredAt: center, tag: .class("cluster-title"))))
        }
        return .group(GroupItem(items, tag: Tag(classes: ["cluster"], data: [Tag.KeyValue("id", subgraph.id)])))
    }
}
