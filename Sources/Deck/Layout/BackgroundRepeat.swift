import Geometry

/// CSS `background-repeat` as Marp's `backgroundRepeat` directive takes it: whether the
/// `backgroundImage` is tiled across the slide, along one axis or both.
enum BackgroundRepeat: Hashable {
    case noRepeat, repeatBoth, repeatX, repeatY

    /// Most tiles drawn for one slide; a smaller picture repeats only this often.
    static let maximumTiles = 4096

    /// `no-repeat`, `repeat`, `repeat-x`, `repeat-y`, and the two-value forms (`repeat no-repeat`).
    init?(css text: String) {
        let words = text.lowercased().split(whereSeparator: \.isWhitespace)
        switch words.count == 1 ? String(words[0]) : words.joined(separator: " ") {
        case "no-repeat", "no-repeat no-repeat": self = .noRepeat
        case "repeat", "repeat repeat": self = .repeatBoth
        case "repeat-x", "repeat no-repeat": self = .repeatX
        case "repeat-y", "no-repeat repeat": self = .repeatY
        default: return nil
        }
    }

    /// Copies of `tile` (its position kept) covering `area` along the repeated axes, in rows
    /// from the top left; at most `maximumTiles`.
    func tiles(of tile: Rect, over area: Rect) -> [Rect] {
        guard tile.width > 0, tile.height > 0 else { return [tile] }
        func starts(_ origin: Double, _ step: Double, _ lower: Double, _ upper: Double, _ repeats: Bool) -> [Double] {
            guard repeats else { return [origin] }
            var value = origin - ((origin - lower) / step).rounded(.up) * step
            var values: [Double] = []
            while value < upper, values.count < Self.maximumTiles {
                values.append(value)
                value += step
            }
            return values
        }
        let xs = starts(tile.minX, tile.width, area.minX, area.maxX, self == .repeatBoth || self == .repeatX)
        let ys = starts(tile.minY, tile.height, area.minY, area.maxY, self == .repeatBoth || self == .repeatY)
        var result: [Rect] = []
        for y in ys {
            for x in xs where result.count < Self.maximumTiles {
                result.append(Rect(x: x, y: y, width: tile.width, height: tile.height))
            }
        }
        return result
    }
}
