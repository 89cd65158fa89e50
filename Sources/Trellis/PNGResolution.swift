/// Adds a PNG `pHYs` chunk (physical pixel size) so viewers and word processors show a
/// PNG rendered at `--scale 2` at its diagram size: 96 dpi times the scale.
enum PNGResolution {
    /// `png` with a `pHYs` chunk of `dotsPerInch` right after IHDR; unchanged when `png`
    /// is not a PNG starting with IHDR or already has a `pHYs`.
    static func stamped(_ png: [UInt8], dotsPerInch: Double) -> [UInt8] {
        // Signature (8) + IHDR length, type, 13 data bytes, CRC = 33 bytes.
        let afterHeader = 33
        guard png.count > afterHeader, Array(png[12..<16]) == Array("IHDR".utf8),
              !containsChunk("pHYs", in: png), dotsPerInch.isFinite, dotsPerInch > 0 else { return png }
        let perMeter = UInt32(min(Double(UInt32.max), (dotsPerInch / 0.0254).rounded()))
        var data = bigEndian(perMeter) + bigEndian(perMeter)
        data.append(1)  // unit: metre
        let type = Array("pHYs".utf8)
        let chunk = bigEndian(UInt32(data.count)) + type + data + bigEndian(crc32(type + data))
        return Array(png[..<afterHeader]) + chunk + Array(png[afterHeader...])
    }

    static func containsChunk(_ name: String, in png: [UInt8]) -> Bool {
        let type = Array(name.utf8)
        var offset = 8
        while offset + 8 <= png.count {
            let length = Int(png[offset]) << 24 | Int(png[offset + 1]) << 16 | Int(png[offset + 2]) << 8 | Int(png[offset + 3])
            if Array(png[(offset + 4)..<(offset + 8)]) == type { return true }
            offset += 12 + length
        }
        return false
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(truncatingIfNeeded: value >> 24), UInt8(truncatingIfNeeded: value >> 16),
         UInt8(truncatingIfNeeded: value >> 8), UInt8(truncatingIfNeeded: value)]
    }

    /// CRC-32 (ISO-HDLC, reflected polynomial 0xEDB88320), as the PNG specification defines.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 != 0 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
