import Scene

/// A Marp image filter from an image's alt text (`![grayscale](x.png)`, `![blur:4px](x.png)`),
/// with Marpit's default amount when none is given.
enum ImageFilter: Hashable {
    case blur(radius: Double)
    case brightness(Double)
    case contrast(Double)
    case dropShadow(dx: Double, dy: Double, blur: Double, color: Color)
    case grayscale(Double)
    case hueRotate(degrees: Double)
    case invert(Double)
    case opacity(Double)
    case saturate(Double)
    case sepia(Double)

    /// The filter names Marp reads from alt text.
    static let names: Set<String> = ["blur", "brightness", "contrast", "drop-shadow", "grayscale", "hue-rotate",
                                     "invert", "opacity", "saturate", "sepia"]

    /// Marpit's default shadow: `0,5px,10px,rgba(0,0,0,.4)`.
    static let defaultShadow = ImageFilter.dropShadow(dx: 0, dy: 5, blur: 10, color: Color(red: 0, green: 0, blue: 0, alpha: 0.4))

    /// The filter `name` (lowercased) with its argument, if any; nil when the argument is not
    /// one the filter takes.
    init?(name: String, argument: String?) {
        let value = argument.flatMap { $0.isEmpty ? nil : $0 }
        switch name {
        case "blur":
            guard let radius = Self.length(value ?? "10px"), radius >= 0 else { return nil }
            self = .blur(radius: radius)
        case "brightness": guard let v = Self.amount(value ?? "1.5") else { return nil }; self = .brightness(v)
        case "contrast": guard let v = Self.amount(value ?? "2") else { return nil }; self = .contrast(v)
        case "grayscale": guard let v = Self.amount(value ?? "1") else { return nil }; self = .grayscale(min(1, v))
        case "invert": guard let v = Self.amount(value ?? "1") else { return nil }; self = .invert(min(1, v))
        case "opacity": guard let v = Self.amount(value ?? ".5") else { return nil }; self = .opacity(min(1, v))
        case "saturate": guard let v = Self.amount(value ?? "2") else { return nil }; self = .saturate(v)
        case "sepia": guard let v = Self.amount(value ?? "1") else { return nil }; self = .sepia(min(1, v))
        case "hue-rotate":
            guard let degrees = Self.angle(value ?? "180deg") else { return nil }
            self = .hueRotate(degrees: degrees)
        case "drop-shadow":
            guard let value else { self = Self.defaultShadow; return }
            guard let shadow = Self.shadow(value) else { return nil }
            self = shadow
        default: return nil
        }
    }

    /// `0.5`, `.5` or `50%`, never negative.
    static func amount(_ text: String) -> Double? {
        let v = text.hasSuffix("%") ? Double(text.dropLast()).map { $0 / 100 } : Double(text)
        guard let v, v.isFinite, v >= 0 else { return nil }
        return v
    }

    /// `90deg`, `0.25turn`, `1.5rad`, or a bare `0`.
    static func angle(_ text: String) -> Double? {
        let units: [(String, Double)] = [("deg", 1), ("grad", 0.9), ("rad", 180 / Double.pi), ("turn", 360)]
        for (suffix, factor) in units where text.hasSuffix(suffix) {
            guard let v = Double(text.dropLast(suffix.count)), v.isFinite else { return nil }
            return v * factor
        }
        return Double(text) == 0 ? 0 : nil
    }

    /// A CSS length in px (`4px`, `4`, `0.5em`).
    static func length(_ text: String) -> Double? {
        guard let v = ImageSpec.length(text), v.isFinite else { return nil }
        return v
    }

    /// `dx,dy[,blur][,color]` as Marp writes it in alt text (commas, no spaces).
    static func shadow(_ text: String) -> ImageFilter? {
        var lengths: [Double] = []
        var color = Color(red: 0, green: 0, blue: 0, alpha: 0.4)
        var parts: [String] = []
        var depth = 0, current = ""
        for character in text {  // split at commas outside rgba(…)
            if character == "(" { depth += 1 } else if character == ")" { depth -= 1 }
            if character == ",", depth == 0 { parts.append(current); current = "" } else { current.append(character) }
        }
        parts.append(current)
        for part in parts where !part.isEmpty {
            if let v = length(part), lengths.count < 3 {
                lengths.append(v)
            } else if let parsed = Color(css: part) {
                color = parsed
            } else {
                return nil
            }
        }
        guard lengths.count >= 2 else { return nil }
        return .dropShadow(dx: lengths[0], dy: lengths[1], blur: lengths.count > 2 ? max(0, lengths[2]) : 0, color: color)
    }
}
