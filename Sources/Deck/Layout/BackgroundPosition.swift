import Geometry

/// Where a background image sits in its box: CSS `background-position` as Marp's
/// `backgroundPosition` directive takes it (`center`, `top left`, `right 20%`, `30% 70%`,
/// `10px bottom`). Each axis is a share of the free room (0 = left/top, 1 = right/bottom)
/// or an offset in px from the left/top edge.
struct BackgroundPosition: Hashable {
    enum Axis: Hashable {
        case fraction(Double)
        case offset(Double)

        func origin(room: Double) -> Double {
            switch self {
            case .fraction(let f): room * f
            case .offset(let px): px
            }
        }
    }

    var x: Axis = .fraction(0.5)
    var y: Axis = .fraction(0.5)

    static let center = BackgroundPosition()

    /// Parses one or two CSS values; nil for anything else (three- and four-value forms too).
    init?(css text: String) {
        let words = text.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
        guard (1...2).contains(words.count) else { return nil }
        var horizontal: Axis?, vertical: Axis?, free: [Axis] = []
        for word in words {
            switch word {
            case "left": guard horizontal == nil else { return nil }; horizontal = .fraction(0)
            case "right": guard horizontal == nil else { return nil }; horizontal = .fraction(1)
            case "top": guard vertical == nil else { return nil }; vertical = .fraction(0)
            case "bottom": guard vertical == nil else { return nil }; vertical = .fraction(1)
            case "center": free.append(.fraction(0.5))
            default:
                if let p = ImageSpec.percent(word) ?? (word.hasPrefix("-") ? ImageSpec.percent(String(word.dropFirst())).map({ -$0 }) : nil) {
                    free.append(.fraction(p))
                } else if let px = ImageSpec.length(word), px.isFinite {
                    free.append(.offset(px))
                } else {
                    return nil
                }
            }
        }
        // Lengths and percentages are x then y; keywords say their own axis.
        if horizontal == nil, !free.isEmpty { horizontal = free.removeFirst() }
        if vertical == nil, !free.isEmpty { vertical = free.removeFirst() }
        guard free.isEmpty || free.allSatisfy({ $0 == .fraction(0.5) }) else { return nil }
        x = horizontal ?? .fraction(0.5)
        y = vertical ?? .fraction(0.5)
    }

    private init() {}

    /// The rectangle of `size` placed in `box`.
    func place(_ size: Size, in box: Rect) -> Rect {
        Rect(x: box.minX + x.origin(room: box.width - size.width), y: box.minY + y.origin(room: box.height - size.height),
             width: size.width, height: size.height)
    }
}
