/// Encodes Cairo ARGB32 pixels as PNG: no row filter, zlib level 3 with a 16K-entry hash
/// (memLevel 6), the zlib stream compressed in row segments on all cores (`ZlibSegments`).
///
/// Cairo's own PNG writer lets libpng try all five row filters on every row at zlib's
/// default level; for a large, mostly flat diagram that costs ~10x more than drawing it.
/// Measured on the flagship (bench/README.md): filters other than None, Z_RLE and levels
/// 1-3 change little, but zlib re-bases its whole hash table every 32 KiB of input, so the
/// default 64K-entry table (memLevel 8) costs ~25% more than memLevel 6 for the same size.
/// The output is deterministic: the same pixels always give the same bytes.
enum PNGEncoder {
    static let level: Int32 = 3
    static let memoryLevel: Int32 = 6

    /// Converts `height` rows of premultiplied native-endian ARGB32 at `pixels` (rows
    /// `stride` bytes apart) in place to straight-alpha RGBA, or to packed RGB when every
    /// pixel is opaque (a quarter less data to compress), then encodes them. The pixel
    /// memory holds no Cairo image afterwards.
    static func encode(
        pixels: UnsafeMutableRawPointer, width: Int, height: Int, stride: Int
    ) throws(NativeError) -> [UInt8] {
        let opaque = isOpaque(pixels, width: width, height: height, stride: stride)
        if opaque {
            packRGB(pixels, width: width, height: height, stride: stride)
        } else {
            unpremultiplyRGBA(pixels, width: width, height: height, stride: stride)
        }
        let zlib = try ZlibSegments(base: UnsafeRawPointer(pixels), pitch: opaque ? width * 3 : stride,
                                    rowBytes: width * (opaque ? 3 : 4), rows: height, level: level,
                                    memoryLevel: memoryLevel).compress()
        return PNGFile.bytes(width: width, height: height, hasAlpha: !opaque, zlibStream: zlib)
    }

    /// Whether every pixel has alpha 255 (eight words at a time, then the rest of the row).
    static func isOpaque(_ pixels: UnsafeMutableRawPointer, width: Int, height: Int, stride: Int) -> Bool {
        let wide = width / 8
        for y in 0..<height {
            let row = UnsafeRawPointer(pixels + y * stride)
            var lanes = SIMD8<UInt32>(repeating: 0xFF00_0000)
            for i in 0..<wide { lanes &= row.loadUnaligned(fromByteOffset: 32 * i, as: SIMD8<UInt32>.self) }
            var all: UInt32 = 0xFF00_0000
            for lane in 0..<8 { all &= lanes[lane] }
            for x in (8 * wide)..<width { all &= row.load(fromByteOffset: 4 * x, as: UInt32.self) }
            if all != 0xFF00_0000 { return false }
        }
        return true
    }

    /// Opaque ARGB32 words to R, G, B bytes, packed rows `width * 3` bytes apart. Every
    /// write lands before the next unread word, so in place is safe.
    static func packRGB(_ pixels: UnsafeMutableRawPointer, width: Int, height: Int, stride: Int) {
        var out = pixels.assumingMemoryBound(to: UInt8.self)
        for y in 0..<height {
            var word = (pixels + y * stride).assumingMemoryBound(to: UInt32.self)
            let end = word + width
            while word < end {
                let value = word.pointee
                out[0] = UInt8(truncatingIfNeeded: value >> 16)
                out[1] = UInt8(truncatingIfNeeded: value >> 8)
                out[2] = UInt8(truncatingIfNeeded: value)
                out += 3
                word += 1
            }
        }
    }

    /// Premultiplied ARGB32 words to straight R, G, B, A bytes, rounding as Cairo's own
    /// PNG writer does, so the decoded pixels are the same as before.
    static func unpremultiplyRGBA(_ pixels: UnsafeMutableRawPointer, width: Int, height: Int, stride: Int) {
        for y in 0..<height {
            let words = (pixels + y * stride).assumingMemoryBound(to: UInt32.self)
            let bytes = (pixels + y * stride).assumingMemoryBound(to: UInt8.self)
            for x in 0..<width {
                let word = words[x]
                let alpha = word >> 24
                var red = (word >> 16) & 0xFF, green = (word >> 8) & 0xFF, blue = word & 0xFF
                if alpha == 0 {
                    red = 0; green = 0; blue = 0
                } else if alpha != 255 {
                    red = (red * 255 + alpha / 2) / alpha
                    green = (green * 255 + alpha / 2) / alpha
                    blue = (blue * 255 + alpha / 2) / alpha
                }
                bytes[4 * x] = UInt8(truncatingIfNeeded: red)
                bytes[4 * x + 1] = UInt8(truncatingIfNeeded: green)
                bytes[4 * x + 2] = UInt8(truncatingIfNeeded: blue)
                bytes[4 * x + 3] = UInt8(truncatingIfNeeded: alpha)
            }
        }
    }
}
