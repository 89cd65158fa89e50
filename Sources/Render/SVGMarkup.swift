import Geometry
import Scene

/// Small, deterministic pieces of SVG text: escaping, numbers, paths, colours and tags.
enum SVGMarkup {
    /// Text safe inside XML content and double-quoted attributes. Characters XML 1.0 forbids
    /// (control characters other than tab and newline) are dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            default:
                let v = scalar.value
                if v < 0x20 || v == 0xFFFE || v == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// At most two decimals, no trailing zeros, never `-0`.
    static func number(_ value: Double) -> String {
        value.isFinite ? value.formatted2 : "0"
    }

    static func pathData(_ path: Path) -> String {
        var parts: [String] = []
        for element in path.elements {
            switch element {
            case .move(let p): parts.append("M\(number(p.x)) \(number(p.y))")
            case .line(let p): parts.append("L\(number(p.x)) \(number(p.y))")
            case .cubic(let c1, let c2, let p):
                parts.append("C\(number(c1.x)) \(number(c1.y)) \(number(c2.x)) \(number(c2.y)) \(number(p.x)) \(number(p.y))")
            case .close: parts.append("Z")
            }
        }
        return parts.joined(separator: " ")
    }

    static func transform(_ t: Transform) -> String {
        "matrix(\([t.a, t.b, t.c, t.d, t.tx, t.ty].map(number).joined(separator: " ")))"
    }

    /// `#rrggbb`, opacity separately (both renderers agree on it, unlike `#rrggbbaa`).
    static func rgb(_ color: Color) -> String {
        String(Color(red: color.red, green: color.green, blue: color.blue).hex.prefix(7))
    }

    /// ` fill="…"` (and ` fill-opacity` when translucent), or ` fill="none"`.
    static func fill(_ color: Color?) -> String {
        guard let color else { return " fill=\"none\"" }
        return " fill=\"\(rgb(color))\"" + (color.alpha < 1 ? " fill-opacity=\"\(number(color.alpha))\"" : "")
    }

    static func stroke(_ style: StrokeStyle?) -> String {
        guard let style else { return "" }
        var out = " stroke=\"\(rgb(style.color))\" stroke-width=\"\(number(style.width))\""
        if style.color.alpha < 1 { out += " stroke-opacity=\"\(number(style.color.alpha))\"" }
        if !style.dash.isEmpty { out += " stroke-dasharray=\"\(style.dash.map(number).joined(separator: " "))\"" }
        switch style.lineCap {
        case .butt: break
        case .round: out += " stroke-linecap=\"round\""
        case .square: out += " stroke-linecap=\"square\""
        }
        switch style.lineJoin {
        case .miter: break
        case .round: out += " stroke-linejoin=\"round\""
        case .bevel: out += " stroke-linejoin=\"bevel\""
        }
        return out
    }

    /// A SMIL `<animate>` moving the dashes of an animated stroke forward along the path by one
    /// dash period per cycle (so the loop is seamless); nil for a still or solid stroke.
    /// Static renderers (rsvg-convert, print) ignore it and show the dashes still.
    static func dashAnimation(_ style: StrokeStyle) -> String? {
        let period = style.dash.reduce(0, +)
        guard let speed = style.dashSpeed, speed > 0, speed.isFinite, period > 0, period.isFinite else { return nil }
        let seconds = period / speed
        return "<animate attributeName=\"stroke-dashoffset\" values=\"\(number(period));0\" "
            + "dur=\"\(number(max(seconds, 0.01)))s\" repeatCount=\"indefinite\"/>"
    }

    /// ` class="…" data-key="…"` for a tag (empty for an empty tag).
    static func tag(_ tag: Tag) -> String {
        var out = ""
        let classes = tag.classes.filter { !$0.isEmpty }
        if !classes.isEmpty { out += " class=\"\(escape(classes.joined(separator: " ")))\"" }
        for entry in tag.data {
            let key = dataKey(entry.key)
            if !key.isEmpty { out += " data-\(key)=\"\(escape(entry.value))\"" }
        }
        return out
    }

    /// A `data-*` suffix reduced to characters valid in an XML name and in HTML data attributes.
    static func dataKey(_ key: String) -> String {
        String(key.lowercased().unicodeScalars.filter {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" || $0 == "."
        }.map(Character.init))
    }

    /// A CSS font-family list: the family, then the fallback families Pango used for some of
    /// its characters (so viewers pick the same glyphs), then a generic family, so viewers
    /// without our fonts stay close.
    static func fontFamily(_ family: String, fallbacks: [String] = []) -> String {
        let generic = family.lowercased().contains("mono") ? "monospace" : "sans-serif"
        let names = ([family] + fallbacks).map { $0.contains(" ") ? "'\($0)'" : $0 }
        return (names + [generic]).joined(separator: ", ")
    }

    /// The rectangle a path traces, when it is exactly one closed axis-aligned rectangle
    /// (four corners, optionally returning to the first, then close).
    static func axisAlignedRectangle(_ path: Path) -> Rect? {
        var corners: [Point] = []
        for (index, element) in path.elements.enumerated() {
            switch element {
            case .move(let p) where index == 0: corners.append(p)
            case .line(let p): corners.append(p)
            case .close where index == path.elements.count - 1: break
            default: return nil
            }
        }
        guard path.elements.last == .close else { return nil }
        if corners.count == 5, corners[4] == corners[0] { corners.removeLast() }
        guard corners.count == 4 else { return nil }
        let box = Rect.bounding(corners)
        guard box.width > 0, box.height > 0 else { return nil }
        let onCorner = corners.allSatisfy { ($0.x == box.minX || $0.x == box.maxX) && ($0.y == box.minY || $0.y == box.maxY) }
        let distinct = Set(corners.map { "\($0.x),\($0.y)" }).count == 4
        let sidesAxisAligned = (0..<4).allSatisfy { i in
            let a = corners[i], b = corners[(i + 1) % 4]
            return a.x == b.x || a.y == b.y
        }
        return onCorner && distinct && sidesAxisAligned ? box : nil
    }
}
