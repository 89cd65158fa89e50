import Foundation
import Scene

extension Color {
    /// `self` mixed with `other`: `amount` 0 is `self`, 1 is `other` (like Sass `mix(other, self, amount)`).
    func mixed(with other: Color, _ amount: Double) -> Color {
        func m(_ a: Double, _ b: Double) -> Double { a + (b - a) * amount }
        return Color(red: m(red, other.red), green: m(green, other.green), blue: m(blue, other.blue),
                     alpha: m(alpha, other.alpha))
    }

    /// The same colour with another alpha.
    func withAlpha(_ alpha: Double) -> Color {
        Color(red: red, green: green, blue: blue, alpha: alpha)
    }

    /// Relative luminance in 0...1 (sRGB, WCAG formula).
    var luminance: Double {
        func lin(_ c: Double) -> Double { c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        return 0.2126 * lin(red) + 0.7152 * lin(green) + 0.0722 * lin(blue)
    }
}
