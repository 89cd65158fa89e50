/// An affine transform `x' = a*x + c*y + tx`, `y' = b*x + d*y + ty` (Cairo's and SVG's matrix order).
public struct Transform: Hashable, Sendable {
    public var a: Double, b: Double, c: Double, d: Double, tx: Double, ty: Double

    public init(a: Double, b: Double, c: Double, d: Double, tx: Double, ty: Double) {
        self.a = a; self.b = b; self.c = c; self.d = d; self.tx = tx; self.ty = ty
    }

    public static let identity = Transform(a: 1, b: 0, c: 0, d: 1, tx: 0, ty: 0)

    public static func translation(_ dx: Double, _ dy: Double) -> Transform {
        Transform(a: 1, b: 0, c: 0, d: 1, tx: dx, ty: dy)
    }

    public static func scale(_ sx: Double, _ sy: Double) -> Transform {
        Transform(a: sx, b: 0, c: 0, d: sy, tx: 0, ty: 0)
    }

    public var isIdentity: Bool { self == .identity }

    public func apply(_ p: Point) -> Point {
        Point(x: a * p.x + c * p.y + tx, y: b * p.x + d * p.y + ty)
    }

    /// `self` applied after `first`.
    public func concatenating(_ first: Transform) -> Transform {
        Transform(a: a * first.a + c * first.b, b: b * first.a + d * first.b,
                  c: a * first.c + c * first.d, d: b * first.c + d * first.d,
                  tx: a * first.tx + c * first.ty + tx, ty: b * first.tx + d * first.ty + ty)
    }
}
