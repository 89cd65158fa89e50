import Geometry

/// The cloud (arcs bulging out of the box's core) and the bang (arcs scooped into the box).
enum BumpyShapes {
    enum Kind { case cloud, bang }

    /// Depth of the bulges or scoops for a box of that size.
    static func depth(_ kind: Kind, box: Size) -> Double {
        min(box.width, box.height) * (kind == .cloud ? 0.12 : 0.15)
    }

    /// Corner and side points on a rectangle, clockwise from the top-left: `across` gaps along
    /// the top and bottom, `down` along the sides.
    static func ring(_ r: Rect, across: Int, down: Int) -> [Point] {
        var points: [Point] = []
        for i in 0..<across { points.append(Point(x: r.minX + r.width * Double(i) / Double(across), y: r.minY)) }
        for i in 0..<down { points.append(Point(x: r.maxX, y: r.minY + r.height * Double(i) / Double(down))) }
        for i in 0..<across { points.append(Point(x: r.maxX - r.width * Double(i) / Double(across), y: r.maxY)) }
        for i in 0..<down { points.append(Point(x: r.minX, y: r.maxY - r.height * Double(i) / Double(down))) }
        return points
    }

    /// A cloud bulges out of its core (the box inset by the bulge depth); a bang's arcs run
    /// between points on the box itself and scoop inwards by the same depth.
    static func outline(_ kind: Kind, in box: Rect) -> Path {
        let e = depth(kind, box: box.size)
        let base = kind == .cloud ? box.insetBy(dx: e, dy: e) : box
        let aspect = base.width / max(base.height, 1)
        let across = max(2, Int((aspect * (kind == .cloud ? 1.2 : 1.6)).rounded()) + (kind == .cloud ? 0 : 1))
        let down = kind == .cloud ? (aspect > 2.5 ? 1 : 2) : 2
        let points = ring(base, across: across, down: down)
        guard let first = points.first else { return Path.rect(box) }
        var path = Path()
        path.move(to: first)
        for (i, a) in points.enumerated() {
            let b = points[(i + 1) % points.count]
            // Clockwise travel on screen: the outside is on the left. Scoops stay shallow enough
            // that the two meeting at a corner do not cross.
            let scoop = min(e, 0.16 * a.distance(to: b))
            ShapeCurves.bulge(&path, from: a, to: b, sagitta: kind == .cloud ? e : -scoop)
        }
        path.close()
        return path
    }
}
