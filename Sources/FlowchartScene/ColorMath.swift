import Scene

/// The colour operations mermaid's themes derive colours with (after the `khroma` library's
/// semantics): HSL adjustments in percentage points, darken/lighten on lightness, channel
/// inversion and weighted mixing. Results keep full precision; nothing is rounded to bytes.
enum ColorMath {
    /// Hue in degrees (0..<360), saturation and lightness in percent (0...100).
    struct HSL: Equatable {
        var hue: Double
        var saturation: Double
        var lightness: Double
    }

    static func hsl(of color: Color) -> HSL {
        let r = color.red, g = color.green, b = color.blue
        let high = max(r, g, b), low = min(r, g, b)
        let l = (high + low) / 2
        guard high - low > 1e-12 else { return HSL(hue: 0, saturation: 0, lightness: l * 100) }
        let d = high - low
        let s = l > 0.5 ? d / (2 - high - low) : d / (high + low)
        var h: Double
        if high == r {
            h = (g - b) / d + (g < b ? 6 : 0)
        } else if high == g {
            h = (b - r) / d + 2
        } else {
            h = (r - g) / d + 4
        }
        h *= 60
        return HSL(hue: h, saturation: s * 100, lightness: l * 100)
    }

    static func color(_ hsl: HSL, alpha: Double = 1) -> Color {
        Color.fromHSL(hue: hsl.hue, saturation: hsl.saturation / 100, lightness: hsl.lightness / 100, alpha: alpha)
    }

    /// Hue rotated by `hue` degrees, saturation and lightness moved by percentage points
    /// (clamped to 0...100), like `khroma.adjust(color, { h, s, l })`.
    static func adjust(_ color: Color, hue: Double = 0, saturation: Double = 0, lightness: Double = 0) -> Color {
        var value = hsl(of: color)
        value.hue = ((value.hue + hue).truncatingRemainder(dividingBy: 360) + 360).truncatingRemainder(dividingBy: 360)
        value.saturation = min(100, max(0, value.saturation + saturation))
        value.lightness = min(100, max(0, value.lightness + lightness))
        return self.color(value, alpha: color.alpha)
    }

    static func darken(_ color: Color, _ amount: Double) -> Color { adjust(color, lightness: -amount) }

    static func lighten(_ color: Color, _ amount: Double) -> Color { adjust(color, lightness: amount) }

    /// Each channel mirrored (`255 - c`); alpha kept.
    static func invert(_ color: Color) -> Color {
        Color(red: 1 - color.red, green: 1 - color.green, blue: 1 - color.blue, alpha: color.alpha)
    }

    /// `weight` (0...1) of `a` and the rest of `b`, channel by channel.
    static func mix(_ a: Color, _ b: Color, weight: Double) -> Color {
        let w = min(1, max(0, weight))
        return Color(red: a.red * w + b.red * (1 - w), green: a.green * w + b.green * (1 - w),
                     blue: a.blue * w + b.blue * (1 - w), alpha: a.alpha * w + b.alpha * (1 - w))
    }

    /// mermaid's `mkBorder`: a desaturated, darker (lighter in dark mode) variant of a fill.
    static func border(for color: Color, darkMode: Bool) -> Color {
        adjust(color, saturation: -40, lightness: darkMode ? 10 : -10)
    }
}
