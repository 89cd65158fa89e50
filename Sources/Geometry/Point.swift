/// A point (or vector) in a 2-D user space whose y axis points down.
public struct Point: Hashable, Sendable, CustomStringConvertible {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }

    public static let zero = Point(x: 0, y: 0)

    public static func + (a: Point, b: Point) -> Point { Point(x: a.x + b.x, y: a.y + b.y) }
    public static func - (a: Point, b: Point) -> Point { Point(x: a.x - b.x, y: a.y - b.y) }
    public static func * (a: Point, k: Double) -> Point { Point(x: a.x * k, y: a.y * k) }
    public static func / (a: Point, k: Double) -> Point { Point(x: a.x / k, y: a.y / k) }

    /// Euclidean length of the vector.
    public var length: Double { (x * x + y * y).squareRoot() }

    public func distance(to other: Point) -> Double { (other - self).length }

    /// The vector scaled to length 1 (zero stays zero).
    public var normalized: Point {
        let l = length
        return l > 0 ? self / l : .zero
    }

    public func dot(_ other: Point) -> Double { x * other.x + y * other.y }
    public func cross(_ other: Point) -> Double { x * other.y - y * other.x }

    /// Linear interpolation: `t == 0` gives self, `t == 1` gives `other`.
    public func lerp(to other: Point, _ t: Double) -> Point { self + (other - self) * t }

    public var description: String { "(\(x.formatted2), \(y.formatted2))" }
}

/// A width and a height.
public struct Size: Hashable, Sendable, CustomStringConvertible {
    public var width: Double
    public var height: Double

    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    public static let zero = Size(width: 0, height: 0)

    public var description: String { "\(width.formatted2)x\(height.formatted2)" }
}

/// Space around a rectangle's content.
public struct Insets: Hashable, Sendable {
    public var top: Double
    public var left: Double
    public var bottom: Double
    public var right: Double

    public init(top: Double, left: Double, bottom: Double, right: Double) {
        self.top = top
        self.left = left
        self.bottom = bottom
        self.right = right
    }

    public init(all value: Double) {
        self.init(top: value, left: value, bottom: value, right: value)
    }

    public static let zero = Insets(all: 0)
}

extension Double {
    /// The value with at most two decimals and no trailing zeros, for stable text dumps.
    public var formatted2: String {
        let rounded = (self * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        var text = String(format2: rounded)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }
}

extension String {
    /// Two-decimal fixed formatting without Foundation.
    init(format2 value: Double) {
        let negative = value < 0
        let scaled = Int((abs(value) * 100).rounded())
        let whole = scaled / 100
        let frac = scaled % 100
        self = (negative ? "-" : "") + "\(whole)." + (frac < 10 ? "0" : "") + "\(frac)"
    }
}
