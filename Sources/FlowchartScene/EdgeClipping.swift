import Geometry

/// Cuts an edge route where it leaves its source outline and enters its target outline.
enum EdgeClipping {
    /// `points` with the start moved onto `start` (a closed outline) and the end onto `end`.
    /// Points inside an outline are dropped; an end that starts outside its outline, or never
    /// crosses it, is kept as it is.
    static func clip(_ points: [Point], start: [Point]?, end: [Point]?) -> [Point] {
        var result = points
        if let start { result = clipStart(result, outline: start) }
        if let end { result = Array(clipStart(Array(result.reversed()), outline: end).reversed()) }
        return result
    }

    private static func clipStart(_ points: [Point], outline: [Point]) -> [Point] {
        guard points.count >= 2, outline.count >= 3,
              Intersection.contains(points[0], outline: outline) else { return points }
        for i in 0..<(points.count - 1) where !Intersection.contains(points[i + 1], outline: outline) {
            guard let hit = Intersection.exit(from: points[i], to: points[i + 1], outline: outline) else {
                continue
            }
            return [hit] + points[(i + 1)...]
        }
        return points
    }
}
