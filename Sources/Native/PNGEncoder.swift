import CPNG
import Glibc

/// Encodes Cairo ARGB32 pixels as PNG with libpng's simplified writer in its fast mode
/// (no row filter, zlib level 3).
///
/// Cairo's own PNG writer lets libpng try all five row filters on every row at zlib's
/// default level; for a large, mostly flat diagram that costs ~10x more than drawing it.
/// The output is deterministic: the same pixels always give the same bytes.
enum PNGEncoder {
    /// Converts `height` rows of premultiplied native-endian ARGB32 at `pixels` (rows
    /// `stride` bytes apart) in place to straight-alpha RGBA, or to packed RGB when every
    /// pixel is opaque (a quarter less data to compress), then encodes them. The pixel
    /// memory holds no Cairo image afterwards.
    static func encode(
        pixels: UnsafeMutableRawPointer, width: Int, height: Int, stride: Int
    ) throws(NativeError) -> [UInt8] {
        let opaque = isOpaque(pixels, width: width, height: height, stride: stride)
        var image = png_image()
        image.version = UInt32(PNG_IMAGE_VERSION)
        image.width = UInt32(width)
        image.height = UInt32(height)
        // Like Cairo's writer: no sRGB/gAMA chunk, only the pixels.
        image.flags = UInt32(PNG_IMAGE_FLAG_FAST | PNG_IMAGE_FLAG_COLORSPACE_NOT_sRGB)
        let rowComponents: Int
        if opaque {
            packRGB(pixels, width: width, height: height, stride: stride)
            image.format = UInt32(PNG_FORMAT_FLAG_COLOR)
            rowComponents = width * 3
        } else {
            unpremultiplyRGBA(pixels, width: width, height: height, stride: stride)
            image.format = UInt32(PNG_FORMAT_FLAG_COLOR | PNG_FORMAT_FLAG_ALPHA)
            rowComponents = stride
        }
        // Stored deflate blocks plus chunk framing never exceed this; pages of the buffer
        // that the encoder does not reach are never touched, so never become resident.
        let raw = height * (width * (opaque ? 3 : 4) + 1)
        var capacity = raw + raw / 64 + 4096
        for _ in 0..<2 {
            guard let memory = malloc(capacity) else { throw .creationFailed("PNG buffer of \(capacity) bytes") }
            defer { free(memory) }
            var written = png_alloc_size_t(capacity)
            let ok = png_image_write_to_memory(&image, memory, &written, 0, pixels, Int32(rowComponents), nil)
            defer { png_image_free(&image) }
            if ok != 0 {
                return Array(UnsafeRawBufferPointer(start: memory, count: Int(written)))
            }
            guard Int(written) > capacity else { break }
            capacity = Int(written)
        }
        throw .creationFailed("PNG encoding: " + message(of: image))
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

    private static func message(of image: png_image) -> String {
        withUnsafeBytes(of: image.message) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
    }
}
