import Flowchart
import Geometry
import Scene

/// The groups drawn for one edge: the line with its markers (`edge`) and its label (`edge-label`).
struct EdgeDrawing {
    var edge: FlowEdge
    var css: CSSStyle
    var theme: FlowchartTheme
    var fromName: String
    var toName: String
    /// How the line passes through the route points (`flowchart.curve` or the edge's own).
    var curve: EdgeCurveKind = .smooth
    /// What the line must not pass through, and which way ranks advance.
    var router = EdgeCurveRouter(obstacles: [], ranksHorizontal: false)

    /// Width and dash of the line, by stroke kind, then `linkStyle`.
    var stroke: StrokeStyle {
        var width = 1.0
        var dash: [Double] = []
        switch edge.stroke {
        case .normal, .invisible: break
        case .thick: width = 3.5
        case .dotted: dash = [2, 2]
        }
        var color = css.stroke ?? theme.line
        if let opacity = css.opacity { color.alpha *= opacity }
        let speed = Self.dashSpeed(edge.animation) ?? css.dashSpeed
        if speed != nil, dash.isEmpty { dash = Self.animatedDash }
        return StrokeStyle(color: color, width: css.strokeWidth ?? width, dash: css.dash ?? dash, dashSpeed: speed)
    }

    /// Dashes of an animated edge, as mermaid draws them.
    static let animatedDash: [Double] = [9, 5]

    /// How fast an animated edge's dashes move (mermaid moves them 900 px in 25 s, or in 50 s
    /// when slow); nil when the edge is not animated.
    static func dashSpeed(_ animation: String?) -> Double? {
        switch animation?.lowercased() {
        case nil, "false", "none": nil
        case "slow": 18
        default: 36
        }
    }

    var tag: Tag {
        Tag(classes: ["edge"], data: [Tag.KeyValue("from", fromName), Tag.KeyValue("to", toName)])
    }

    /// The clipped route, or nil when nothing is left to draw.
    static func clippedRoute(_ points: [Point], start: [Point]?, end: [Point]?) -> [Point]? {
        let clipped = EdgeClipping.clip(points, start: start, end: end)
        guard clipped.count >= 2, let first = clipped.first, let last = clipped.last,
              first.distance(to: last) > 0.01 || clipped.count > 2 else { return nil }
        return clipped
    }

    /// The edge line and markers for a route already clipped to the endpoint outlines.
    func lineItem(route: [Point]) -> Item {
        let style = stroke
        var points = route
        var items: [Item] = []
        var heads: [ShapeItem] = []
        if route.count >= 2, edge.endArrow != .none {
            let tip = route[route.count - 1]
            heads += ArrowheadShape.items(edge.endArrow, tip: tip, direction: tip - route[route.count - 2],
                                          color: style.color, strokeWidth: style.width)
            points = EdgeCurve.shortenEnd(points, by: ArrowheadShape.inset(edge.endArrow, strokeWidth: style.width))
        }
        if route.count >= 2, edge.startArrow != .none {
            let tip = route[0]
            heads += ArrowheadShape.items(edge.startArrow, tip: tip, direction: tip - route[1],
                                          color: style.color, strokeWidth: style.width)
            points = EdgeCurve.shortenStart(points, by: ArrowheadShape.inset(edge.startArrow, strokeWidth: style.width))
        }
        if style.width > 0 {
            items.append(.shape(ShapeItem(path: router.path(through: points, kind: curve), stroke: style, tag: .class("edge-path"))))
            items += heads.map(Item.shape)
        }
        return .group(GroupItem(items, tag: tag))
    }

    /// The label's background and text in `box`.
    func labelItem(_ label: MeasuredLabel, box: Rect) -> Item {
        let background = ShapeItem(path: Path.rect(box), fill: theme.edgeLabelBackground)
        let text = label.item(centeredAt: box.center, tag: .class("edge-label-text"))
        return .group(GroupItem([.shape(background), .text(text)],
                                tag: Tag(classes: ["edge-label"], data: tag.data)))
    }

    /// Where a label goes when the layout gave no rectangle: the middle of the route.
    static func fallbackLabelBox(route: [Point], size: Size) -> Rect {
        let total = zip(route, route.dropFirst()).reduce(0) { $0 + $1.0.distance(to: $1.1) }
        var remaining = total / 2
        for (a, b) in zip(route, route.dropFirst()) {
            let length = a.distance(to: b)
            if remaining <= length, length > 0 {
                return Rect(center: a.lerp(to: b, remaining / length), size: size)
            }
            remaining -= length
        }
        return Rect(center: route.first ?? .zero, size: size)
    }
}
