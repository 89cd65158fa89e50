import CCairo

/// The pixels of a PNG or JPEG as plain numbers, for pixel filters, and back to PNG bytes.
/// Pure values both ways: the same bytes in give the same pixels, the same pixels the same PNG.
public struct PixelImage: Hashable, Sendable {
    public var width: Int
    public var height: Int
    /// Row-major `0xAARRGGBB`, straight (not premultiplied) alpha.
    public var pixels: [UInt32]

    public init(width: Int, height: Int, pixels: [UInt32]) {
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    /// Decodes PNG or JPEG bytes (an SVG has no pixels: an error).
    public init(decoding bytes: [UInt8], format: DecodedImage.Format) throws(NativeError) {
        let decoded = try DecodedImage(bytes: bytes, format: format)
        guard case .raster(let surface) = decoded.content else {
            throw .imageDecodeFailed("\(format.rawValue) has no pixels to filter")
        }
        cairo_surface_flush(surface)
        let width = Int(cairo_image_surface_get_width(surface)), height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let data = cairo_image_surface_get_data(surface) else { throw .cairo("the image surface has no pixel data") }
        var pixels = [UInt32](repeating: 0, count: width * height)
        let raw = UnsafeRawPointer(data)
        for y in 0..<height {
            for x in 0..<width {
                pixels[y * width + x] = Self.unpremultiplied(raw.load(fromByteOffset: y * stride + x * 4, as: UInt32.self))
            }
        }
        self.init(width: width, height: height, pixels: pixels)
    }

    /// The pixels encoded as PNG (through the same deterministic encoder as rendered PNGs).
    public func pngBytes() throws(NativeError) -> [UInt8] {
        guard width > 0, height > 0, pixels.count == width * height else {
            throw .imageDecodeFailed("no pixels to encode")
        }
        let stride = width * 4
        var premultiplied = pixels.map(Self.premultiplied)
        let result = premultiplied.withUnsafeMutableBytes { buffer -> Result<[UInt8], NativeError> in
            guard let base = buffer.baseAddress else { return .failure(.imageDecodeFailed("no pixels to encode")) }
            do throws(NativeError) {
                return .success(try PNGEncoder.encode(pixels: base, width: width, height: height, stride: stride))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    static func unpremultiplied(_ pixel: UInt32) -> UInt32 {
        let a = pixel >> 24
        guard a != 0 else { return 0 }
        guard a != 255 else { return pixel }
        func channel(_ shift: UInt32) -> UInt32 { min(255, (((pixel >> shift) & 0xFF) * 255 + a / 2) / a) }
        return a << 24 | channel(16) << 16 | channel(8) << 8 | channel(0)
    }

    static func premultiplied(_ pixel: UInt32) -> UInt32 {
        let a = pixel >> 24
        guard a != 255 else { return pixel }
        func channel(_ shift: UInt32) -> UInt32 { (((pixel >> shift) & 0xFF) * a + 127) / 255 }
        return a << 24 | channel(16) << 16 | channel(8) << 8 | channel(0)
    }
}
