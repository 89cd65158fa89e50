import Geometry
import Scene

/// Reads an image's format and pixel size from its first bytes (PNG, JPEG, SVG).
enum ImageProbe {
    static func source(_ bytes: [UInt8], path: String) -> ImageSource? {
        if bytes.count > 24, bytes[0] == 0x89, bytes[1] == 0x50, bytes[2] == 0x4E, bytes[3] == 0x47 {
            let w = be32(bytes, 16), h = be32(bytes, 20)
            return ImageSource(bytes: bytes, format: .png, naturalSize: Size(width: Double(w), height: Double(h)))
        }
        if bytes.count > 4, bytes[0] == 0xFF, bytes[1] == 0xD8 {
            return ImageSource(bytes: bytes, format: .jpeg, naturalSize: jpegSize(bytes))
        }
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self)
        if path.lowercased().hasSuffix(".svg") || head.contains("<svg") {
            return ImageSource(bytes: bytes, format: .svg, naturalSize: svgSize(head))
        }
        return nil
    }

    private static func be32(_ b: [UInt8], _ i: Int) -> UInt32 {
        UInt32(b[i]) << 24 | UInt32(b[i + 1]) << 16 | UInt32(b[i + 2]) << 8 | UInt32(b[i + 3])
    }

    /// The size in the first start-of-frame marker.
    private static func jpegSize(_ b: [UInt8]) -> Size? {
        var i = 2
        while i + 9 < b.count {
            guard b[i] == 0xFF else { i += 1; continue }
            let marker = b[i + 1]
            if marker == 0xD8 || marker == 0x01 || (0xD0...0xD7).contains(marker) || marker == 0xFF { i += 1; continue }
            let length = Int(b[i + 2]) << 8 | Int(b[i + 3])
            if (0xC0...0xCF).contains(marker), marker != 0xC4, marker != 0xC8, marker != 0xCC {
                let h = Int(b[i + 5]) << 8 | Int(b[i + 6])
                let w = Int(b[i + 7]) << 8 | Int(b[i + 8])
                return Size(width: Double(w), height: Double(h))
            }
            i += 2 + length
        }
        return nil
    }

    /// `width`/`height` of the root element, else its `viewBox`.
    private static func svgSize(_ text: String) -> Size? {
        guard let start = text.range(of: "<svg") else { return nil }
        let tag = text[start.upperBound...].prefix { $0 != ">" }
        func attribute(_ name: String) -> String? {
            guard let r = tag.range(of: " " + name + "=") ?? tag.range(of: "\n" + name + "=") else { return nil }
            let rest = tag[r.upperBound...]
            guard let quote = rest.first else { return nil }
            let value = rest.dropFirst().prefix { $0 != quote }
            return String(value)
        }
        if let w = attribute("width").flatMap(ImageSpec.length), let h = attribute("height").flatMap(ImageSpec.length) {
            return Size(width: w, height: h)
        }
        if let box = attribute("viewBox") {
            let parts = box.split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) }
            if parts.count == 4 { return Size(width: parts[2], height: parts[3]) }
        }
        return nil
    }
}
