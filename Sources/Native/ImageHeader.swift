/// Pixel dimensions read from a PNG or JPEG header without decoding, so an image too large
/// to decode safely is refused before any pixel memory is allocated.
enum ImageHeader {
    /// Largest side and area accepted (Cairo's own side limit is 32767).
    static let maximumSide = 32767
    static let maximumPixels = 50_000_000

    /// Throws when the header announces a size past the limits; silent when it cannot tell
    /// (the decoder then reports what is wrong).
    static func checkSize(_ bytes: [UInt8], format: DecodedImage.Format) throws(NativeError) {
        guard let (width, height) = dimensions(bytes, format: format) else { return }
        guard width <= maximumSide, height <= maximumSide, width * height <= maximumPixels else {
            throw .imageDecodeFailed("\(width)x\(height) pixels is too large (at most \(maximumSide) a side, \(maximumPixels) in all)")
        }
    }

    static func dimensions(_ bytes: [UInt8], format: DecodedImage.Format) -> (Int, Int)? {
        func big(_ at: Int, _ count: Int) -> Int? {
            guard at >= 0, at + count <= bytes.count else { return nil }
            return bytes[at..<(at + count)].reduce(0) { $0 << 8 | Int($1) }
        }
        switch format {
        case .png:
            guard bytes.count >= 24, Array(bytes[12..<16]) == Array("IHDR".utf8),
                  let width = big(16, 4), let height = big(20, 4) else { return nil }
            return (width, height)
        case .jpeg:
            // Walk the marker segments to the first start-of-frame (SOF0…SOF15 but DHT, JPG, DAC).
            var i = 2
            while i + 9 < bytes.count {
                guard bytes[i] == 0xFF else { return nil }
                let marker = bytes[i + 1]
                if marker == 0xFF { i += 1; continue }
                if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                    guard let height = big(i + 5, 2), let width = big(i + 7, 2) else { return nil }
                    return (width, height)
                }
                guard let length = big(i + 2, 2), length >= 2 else { return nil }
                i += 2 + length
            }
            return nil
        case .svg:
            return nil
        }
    }
}
