import Geometry

/// Cuts an edge route where it leaves its source outline and enters its target outline.
enum EdgeClipping {
    /// `points` with the start moved onto `start` (a closed outline) and the end onto `end`.
    /// Points inside an outline are dropped; an end on the node's bounding box but outside the
    /// outline is extended onto it; an end far outside, or never crossing it, is kept as it is.
    static func clip(_ points: [Point], start: [Point]?, end: [Point]?) -> [Point] {
        var result = points
        if let start { result = clipStart(result, outline: start) }
        if let end { result = Array(clipStart(Array(result.reversed()), outline: end).reversed()) }
        return result
    }

    private static func clipStart(_ points: [Point], outline: [Point]) -> [Point] {
        guard points.count >= 2, outline.count >= 3 else { return points }
        guard Intersection.contains(points[0], outline: outline) else {
            return extendStart(points, outline: outline)
        }
        for i in 0..<(points.count - 1) where !Intersection.contains(points[i + 1], outline: outline) {
            guard let hit = Intersection.exit(from: points[i], to: points[i + 1], outline: outline) else {
                continue
            }
            return [hit] + points[(i + 1)...]
        }
        return points
    }

    /// A route that stops on the node's bounding box (outside a diamond or circle) is extended
    /// along its first segment until it meets the true outline.
    private static func extendStart(_ points: [Point], outline: [Point]) -> [Point] {
        let box = Rect.bounding(outline)
        guard box.insetBy(dx: -1, dy: -1).contains(points[0]) else { return points }
        let direction = (points[0] - points[1]).normalized
        guard direction != .zero else { return points }
        let far = points[0] + direction * (box.width + box.height)
        guard let hit = Intersection.exit(from: far, to: points[1], outline: outline) else { return points }
        return [hit] + points[1...]
    }
}
