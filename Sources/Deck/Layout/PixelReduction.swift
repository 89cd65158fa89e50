import Native

/// Shrinks an image by a whole factor (each n×n block averaged, colours weighted by their
/// opacity) until it has at most a given number of pixels: what bounds image filters' memory.
enum PixelReduction {
    static func reduced(_ image: PixelImage, toAtMost maximum: Int) -> (image: PixelImage, factor: Int) {
        let count = image.width * image.height
        guard count > maximum, maximum > 0 else { return (image, 1) }
        var factor = 2
        while (image.width + factor - 1) / factor * ((image.height + factor - 1) / factor) > maximum { factor += 1 }
        let width = (image.width + factor - 1) / factor, height = (image.height + factor - 1) / factor
        var pixels = [UInt32](repeating: 0, count: width * height)
        for y in 0..<height {
            for x in 0..<width {
                var r = 0, g = 0, b = 0, a = 0, n = 0
                for sy in (y * factor)..<min(image.height, (y + 1) * factor) {
                    for sx in (x * factor)..<min(image.width, (x + 1) * factor) {
                        let p = image.pixels[sy * image.width + sx]
                        let alpha = Int(p >> 24)
                        r += Int((p >> 16) & 0xFF) * alpha
                        g += Int((p >> 8) & 0xFF) * alpha
                        b += Int(p & 0xFF) * alpha
                        a += alpha
                        n += 1
                    }
                }
                guard a > 0, n > 0 else { continue }
                let channel = { (sum: Int) in UInt32(min(255, (sum + a / 2) / a)) }
                pixels[y * width + x] = UInt32((a + n / 2) / n) << 24 | channel(r) << 16 | channel(g) << 8 | channel(b)
            }
        }
        return (PixelImage(width: width, height: height, pixels: pixels), factor)
    }
}
