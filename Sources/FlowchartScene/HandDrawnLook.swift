import Geometry
import Scene

/// mermaid's `look: handDrawn`, our way: every stroked outline is redrawn as two slightly
/// wobbly strokes (as if traced twice by hand) over its unchanged fill; text stays crisp.
/// The wobble comes from a fixed-seed generator advanced in display-list order, so the
/// same diagram gives the same bytes on every run and machine.
enum HandDrawnLook {
    /// Largest sideways offset of a traced point, in diagram units.
    static let roughness = 1.2
    /// Outlines are traced through a point about this often.
    static let step = 18.0

    static func sketched(_ items: [Item]) -> [Item] {
        var random = SeededRandom(seed: 0x7E11_15D2_A3C4_0001)
        return items.map { sketch($0, &random) }
    }

    private static func sketch(_ item: Item, _ random: inout SeededRandom) -> Item {
        switch item {
        case .text, .image:
            return item
        case .group(var group):
            group.items = group.items.map { sketch($0, &random) }
            return .group(group)
        case .shape(let shape):
            guard let stroke = shape.stroke else { return item }
            var parts: [Item] = []
            if let fill = shape.fill {
                parts.append(.shape(ShapeItem(path: shape.path, fill: fill, tag: shape.tag)))
            }
            for _ in 0..<2 {
                let path = traced(shape.path, &random)
                parts.append(.shape(ShapeItem(path: path, stroke: stroke, tag: shape.tag)))
            }
            return .group(GroupItem(parts, tag: Tag(classes: ["hand-drawn"])))
        }
    }

    /// One wobbly trace of `path`: each flattened subpath resampled every `step` units,
    /// every point moved sideways at random, then a smooth curve through them.
    static func traced(_ path: Path, _ random: inout SeededRandom) -> Path {
        var result = Path()
        for polyline in path.flattened(segmentsPerCurve: 8) {
            var points: [Point] = []
            for (a, b) in zip(polyline, polyline.dropFirst()) {
                let pieces = max(1, Int((a.distance(to: b) / step).rounded(.up)))
                for i in 0..<pieces { points.append(a.lerp(to: b, Double(i) / Double(pieces))) }
            }
            if let last = polyline.last { points.append(last) }
            let amount = min(roughness, max(0.3, boundsSize(polyline) / 40))
            let jittered = points.map { p in
                Point(x: p.x + random.unit() * amount, y: p.y + random.unit() * amount)
            }
            result.append(EdgeCurve.path(through: jittered))
        }
        return result
    }

    private static func boundsSize(_ points: [Point]) -> Double {
        guard let first = points.first else { return 0 }
        var low = first, high = first
        for p in points {
            low = Point(x: min(low.x, p.x), y: min(low.y, p.y))
            high = Point(x: max(high.x, p.x), y: max(high.y, p.y))
        }
        return max(high.x - low.x, high.y - low.y)
    }
}
