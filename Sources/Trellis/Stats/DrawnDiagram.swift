import Geometry
import Scene

/// What a drawing shows, read back from a `Frame`'s tags (`node`, `edge` + `edge-path`,
/// `edge-label`, `cluster` + `cluster-title`), the same way external tools read our SVG.
struct DrawnDiagram {
    struct Edge {
        var from: String
        var to: String
        /// The drawn line, flattened into a polyline.
        var points: [Point]
    }

    var nodes: [(id: String, box: Rect)] = []
    var edges: [Edge] = []
    var labels: [Rect] = []
    var clusters: [(id: String, box: Rect, title: Rect?)] = []

    init(_ frame: Frame) {
        for item in frame.items { visit(item, transform: .identity) }
    }

    private mutating func visit(_ item: Item, transform: Transform) {
        guard case .group(let group) = item else { return }
        let t = transform.concatenating(group.transform)
        let classes = group.tag.classes
        if classes.contains("node") {
            let boxes = Self.shapes(in: group.items, transform: t).map { $0.path.bounds }
            let texts = Self.texts(in: group.items, transform: t).map(\.box)
            if let box = (boxes.isEmpty ? texts : boxes).reduce(nil, { ($0?.union($1)) ?? $1 }) {
                nodes.append((group.tag.value("id"), box))
            }
            return
        }
        if classes.contains("edge") && !classes.contains("invisible") {
            let line = Self.shapes(in: group.items, transform: t).first { $0.tag.classes.contains("edge-path") }
            if let line, let points = line.path.flattened(segmentsPerCurve: 12).first {
                edges.append(Edge(from: group.tag.value("from"), to: group.tag.value("to"), points: points))
            }
            return
        }
        if classes.contains("edge-label") {
            let boxes = Self.shapes(in: group.items, transform: t).map { $0.path.bounds }
            if let box = boxes.reduce(nil, { ($0?.union($1)) ?? $1 }) { labels.append(box) }
            return
        }
        if classes.contains("cluster") {
            let direct = group.items.compactMap { item -> ShapeItem? in
                if case .shape(let shape) = item { return shape.transformed(t) }
                return nil
            }
            let title = Self.texts(in: group.items, transform: t).first { $0.tag.classes.contains("cluster-title") }
            if let box = direct.first?.path.bounds {
                clusters.append((group.tag.value("id"), box, title?.box))
            }
        }
        for child in group.items { visit(child, transform: t) }
    }

    private static func shapes(in items: [Item], transform: Transform) -> [ShapeItem] {
        items.flatMap { item -> [ShapeItem] in
            switch item {
            case .shape(let shape): return [shape.transformed(transform)]
            case .group(let group): return shapes(in: group.items, transform: transform.concatenating(group.transform))
            case .text, .image: return []
            }
        }
    }

    private static func texts(in items: [Item], transform: Transform) -> [TextItem] {
        items.flatMap { item -> [TextItem] in
            switch item {
            case .text(var text):
                let corners = [text.box.origin, Point(x: text.box.maxX, y: text.box.maxY)].map(transform.apply)
                text.box = Rect.bounding(corners)
                return [text]
            case .group(let group): return texts(in: group.items, transform: transform.concatenating(group.transform))
            case .shape, .image: return []
            }
        }
    }
}

extension ShapeItem {
    fileprivate func transformed(_ t: Transform) -> ShapeItem {
        var copy = self
        if !t.isIdentity { copy.path = path.transformed(by: t) }
        return copy
    }
}

extension Tag {
    /// The value of a `data-*` entry, or "" when absent.
    fileprivate func value(_ key: String) -> String {
        data.first { $0.key == key }?.value ?? ""
    }
}
