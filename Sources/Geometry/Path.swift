/// One drawing command of a `Path`.
public enum PathElement: Hashable, Sendable {
    case move(Point)
    case line(Point)
    /// A cubic Bézier: two control points, then the end point.
    case cubic(Point, Point, Point)
    case close
}

/// A vector outline made of move/line/cubic/close commands, in user units.
public struct Path: Hashable, Sendable {
    public var elements: [PathElement]

    public init(_ elements: [PathElement] = []) {
        self.elements = elements
    }

    public var isEmpty: Bool { elements.isEmpty }

    public mutating func move(to p: Point) { elements.append(.move(p)) }
    public mutating func line(to p: Point) { elements.append(.line(p)) }
    public mutating func curve(to p: Point, control1: Point, control2: Point) {
        elements.append(.cubic(control1, control2, p))
    }
    public mutating func close() { elements.append(.close) }

    /// Appends another path's elements.
    public mutating func append(_ other: Path) { elements.append(contentsOf: other.elements) }

    /// A closed polygon through the points.
    public static func polygon(_ points: [Point]) -> Path {
        guard let first = points.first else { return Path() }
        var path = Path([.move(first)])
        for p in points.dropFirst() { path.line(to: p) }
        path.close()
        return path
    }

    /// An open polyline through the points.
    public static func polyline(_ points: [Point]) -> Path {
        guard let first = points.first else { return Path() }
        var path = Path([.move(first)])
        for p in points.dropFirst() { path.line(to: p) }
        return path
    }

    public static func rect(_ r: Rect) -> Path {
        polygon([Point(x: r.minX, y: r.minY), Point(x: r.maxX, y: r.minY),
                 Point(x: r.maxX, y: r.maxY), Point(x: r.minX, y: r.maxY)])
    }

    /// A rectangle with circular corners of radius `radius` (clamped to half the short side).
    public static func roundedRect(_ r: Rect, radius: Double) -> Path {
        let k = min(radius, r.width / 2, r.height / 2)
        guard k > 0 else { return rect(r) }
        let c = k * 0.5522847498  // cubic approximation of a quarter circle
        var p = Path()
        p.move(to: Point(x: r.minX + k, y: r.minY))
        p.line(to: Point(x: r.maxX - k, y: r.minY))
        p.curve(to: Point(x: r.maxX, y: r.minY + k), control1: Point(x: r.maxX - k + c, y: r.minY),
                control2: Point(x: r.maxX, y: r.minY + k - c))
        p.line(to: Point(x: r.maxX, y: r.maxY - k))
        p.curve(to: Point(x: r.maxX - k, y: r.maxY), control1: Point(x: r.maxX, y: r.maxY - k + c),
                control2: Point(x: r.maxX - k + c, y: r.maxY))
        p.line(to: Point(x: r.minX + k, y: r.maxY))
        p.curve(to: Point(x: r.minX, y: r.maxY - k), control1: Point(x: r.minX + k - c, y: r.maxY),
                control2: Point(x: r.minX, y: r.maxY - k + c))
        p.line(to: Point(x: r.minX, y: r.minY + k))
        p.curve(to: Point(x: r.minX + k, y: r.minY), control1: Point(x: r.minX, y: r.minY + k - c),
                control2: Point(x: r.minX + k - c, y: r.minY))
        p.close()
        return p
    }

    /// An ellipse inscribed in a rectangle, as four cubic arcs.
    public static func ellipse(in r: Rect) -> Path {
        let cx = r.midX, cy = r.midY, rx = r.width / 2, ry = r.height / 2
        let kx = rx * 0.5522847498, ky = ry * 0.5522847498
        var p = Path()
        p.move(to: Point(x: cx + rx, y: cy))
        p.curve(to: Point(x: cx, y: cy + ry), control1: Point(x: cx + rx, y: cy + ky), control2: Point(x: cx + kx, y: cy + ry))
        p.curve(to: Point(x: cx - rx, y: cy), control1: Point(x: cx - kx, y: cy + ry), control2: Point(x: cx - rx, y: cy + ky))
        p.curve(to: Point(x: cx, y: cy - ry), control1: Point(x: cx - rx, y: cy - ky), control2: Point(x: cx - kx, y: cy - ry))
        p.curve(to: Point(x: cx + rx, y: cy), control1: Point(x: cx + kx, y: cy - ry), control2: Point(x: cx + rx, y: cy - ky))
        p.close()
        return p
    }

    public func transformed(by t: Transform) -> Path {
        Path(elements.map { element in
            switch element {
            case .move(let p): return .move(t.apply(p))
            case .line(let p): return .line(t.apply(p))
            case .cubic(let c1, let c2, let p): return .cubic(t.apply(c1), t.apply(c2), t.apply(p))
            case .close: return .close
            }
        })
    }

    /// The path as polylines (one per subpath), cubics flattened into `segmentsPerCurve` chords.
    /// A closed subpath repeats its first point at the end.
    public func flattened(segmentsPerCurve: Int = 16) -> [[Point]] {
        var result: [[Point]] = []
        var current: [Point] = []
        for element in elements {
            switch element {
            case .move(let p):
                if current.count > 1 { result.append(current) }
                current = [p]
            case .line(let p):
                current.append(p)
            case .cubic(let c1, let c2, let p):
                let p0 = current.last ?? c1
                for i in 1...max(1, segmentsPerCurve) {
                    let t = Double(i) / Double(max(1, segmentsPerCurve))
                    current.append(Bezier.point(p0, c1, c2, p, t))
                }
            case .close:
                if let first = current.first { current.append(first) }
                if current.count > 1 { result.append(current) }
                current = current.first.map { [$0] } ?? []
            }
        }
        if current.count > 1 { result.append(current) }
        return result
    }

    /// Bounding box of the flattened path (control points do not widen it).
    public var bounds: Rect {
        Rect.bounding(flattened().flatMap { $0 })
    }
}

/// Cubic Bézier evaluation.
public enum Bezier {
    public static func point(_ p0: Point, _ c1: Point, _ c2: Point, _ p1: Point, _ t: Double) -> Point {
        let u = 1 - t
        let a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t
        return Point(x: a * p0.x + b * c1.x + c * c2.x + d * p1.x,
                     y: a * p0.y + b * c1.y + c * c2.y + d * p1.y)
    }
}
