import Scene

/// Parses the colours a user types on the command line: `transparent`, `#rgb`, `#rrggbb`,
/// `#rrggbbaa` and the common CSS colour names.
public enum ColorParser {
    public static func parse(_ text: String) -> Color? {
        let value = text.trimmingCharacters(in: " ").lowercased()
        if value == "transparent" || value == "none" { return .transparent }
        if let rgb = named[value] { return Color(rgb: rgb) }
        guard value.hasPrefix("#") else { return nil }
        let digits = Array(value.dropFirst())
        guard digits.allSatisfy(\.isHexDigit) else { return nil }
        let hex = String(digits)
        switch digits.count {
        case 3:
            guard let v = UInt32(hex.map { "\($0)\($0)" }.joined(), radix: 16) else { return nil }
            return Color(rgb: v)
        case 6:
            guard let v = UInt32(hex, radix: 16) else { return nil }
            return Color(rgb: v)
        case 8:
            guard let v = UInt32(hex, radix: 16) else { return nil }
            return Color(rgb: v >> 8, alpha: Double(v & 0xFF) / 255)
        default:
            return nil
        }
    }

    private static let named: [String: UInt32] = [
        "white": 0xFFFFFF, "black": 0x000000, "red": 0xFF0000, "green": 0x008000, "blue": 0x0000FF,
        "gray": 0x808080, "grey": 0x808080, "lightgray": 0xD3D3D3, "lightgrey": 0xD3D3D3,
        "whitesmoke": 0xF5F5F5, "ivory": 0xFFFFF0, "beige": 0xF5F5DC, "yellow": 0xFFFF00,
        "orange": 0xFFA500, "navy": 0x000080, "silver": 0xC0C0C0,
    ]
}

extension String {
    fileprivate func trimmingCharacters(in set: Character) -> String {
        var s = Substring(self)
        while s.first == set { s.removeFirst() }
        while s.last == set { s.removeLast() }
        return String(s)
    }
}
