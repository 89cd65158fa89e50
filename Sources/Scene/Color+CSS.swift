extension Color {
    /// Parses a CSS colour: a named colour, `transparent`, `#rgb`, `#rgba`, `#rrggbb`,
    /// `#rrggbbaa`, `rgb()`, `rgba()`, `hsl()`, `hsla()` (commas or spaces, `/ alpha`,
    /// percentages). A trailing `!important` is ignored. Nil when not understood.
    public init?(css text: String) {
        var value = text.lowercased().trimmingCSSSpaces()
        if value.hasSuffix("!important") {
            value = String(value.dropLast("!important".count)).trimmingCSSSpaces()
        }
        if value == "transparent" {
            self = .transparent
            return
        }
        if value.hasPrefix("#") {
            guard let color = Color.parseHex(String(value.dropFirst())) else { return nil }
            self = color
            return
        }
        if let open = value.firstIndex(of: "("), value.hasSuffix(")") {
            let name = String(value[..<open]).trimmingCSSSpaces()
            let inner = value[value.index(after: open)..<value.index(before: value.endIndex)]
            guard let color = Color.parseFunction(name, String(inner)) else { return nil }
            self = color
            return
        }
        guard let rgb = CSSNamedColors.table[value] else { return nil }
        self.init(rgb: rgb)
    }

    private static func parseHex(_ digits: String) -> Color? {
        guard digits.allSatisfy(\.isHexDigit) else { return nil }
        let chars = Array(digits)
        func byte(_ s: String) -> Double? { UInt8(s, radix: 16).map { Double($0) / 255 } }
        switch chars.count {
        case 3, 4:
            let parts = chars.compactMap { byte(String([$0, $0])) }
            guard parts.count == chars.count else { return nil }
            return Color(red: parts[0], green: parts[1], blue: parts[2], alpha: parts.count == 4 ? parts[3] : 1)
        case 6, 8:
            var parts: [Double] = []
            var i = 0
            while i + 1 < chars.count {
                if let b = byte(String(chars[i...i + 1])) { parts.append(b) }
                i += 2
            }
            guard parts.count == chars.count / 2 else { return nil }
            return Color(red: parts[0], green: parts[1], blue: parts[2], alpha: parts.count == 4 ? parts[3] : 1)
        default:
            return nil
        }
    }

    private static func parseFunction(_ name: String, _ arguments: String) -> Color? {
        let tokens = arguments.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "/" || $0 == "\t" })
            .map(String.init)
        guard tokens.count == 3 || tokens.count == 4 else { return nil }
        var alpha = 1.0
        if tokens.count == 4 {
            guard let a = number(tokens[3], percentScale: 1) else { return nil }
            alpha = min(1, max(0, a))
        }
        switch name {
        case "rgb", "rgba":
            let channels = tokens.prefix(3).compactMap { number($0, percentScale: 255) }
            guard channels.count == 3 else { return nil }
            let c = channels.map { min(1, max(0, $0 / 255)) }
            return Color(red: c[0], green: c[1], blue: c[2], alpha: alpha)
        case "hsl", "hsla":
            let hueText = tokens[0].hasSuffix("deg") ? String(tokens[0].dropLast(3)) : tokens[0]
            guard let hue = Double(hueText),
                  let s = number(tokens[1], percentScale: 1), let l = number(tokens[2], percentScale: 1)
            else { return nil }
            return fromHSL(hue: hue, saturation: min(1, max(0, s)), lightness: min(1, max(0, l)), alpha: alpha)
        default:
            return nil
        }
    }

    /// A number, or a percentage mapped onto `0...percentScale`.
    private static func number(_ token: String, percentScale: Double) -> Double? {
        if token.hasSuffix("%") {
            return Double(token.dropLast()).map { $0 / 100 * percentScale }
        }
        return Double(token)
    }

    /// A colour from hue (degrees), saturation and lightness (0...1).
    public static func fromHSL(hue: Double, saturation s: Double, lightness l: Double, alpha: Double = 1) -> Color {
        let h = (hue.truncatingRemainder(dividingBy: 360) + 360).truncatingRemainder(dividingBy: 360) / 360
        let q = l < 0.5 ? l * (1 + s) : l + s - l * s
        let p = 2 * l - q
        func channel(_ t0: Double) -> Double {
            var t = t0
            if t < 0 { t += 1 }
            if t > 1 { t -= 1 }
            if t < 1.0 / 6 { return p + (q - p) * 6 * t }
            if t < 0.5 { return q }
            if t < 2.0 / 3 { return p + (q - p) * (2.0 / 3 - t) * 6 }
            return p
        }
        return Color(red: channel(h + 1.0 / 3), green: channel(h), blue: channel(h - 1.0 / 3), alpha: alpha)
    }
}

extension String {
    func trimmingCSSSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\n" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\n" { s.removeLast() }
        return String(s)
    }
}
