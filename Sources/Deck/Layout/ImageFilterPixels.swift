import Foundation
import Native
import Scene

/// Marp image filters applied to decoded pixels, after the CSS Filter Effects definitions
/// (colour matrices in sRGB, a Gaussian blur approximated by three box blurs). Plain
/// arithmetic on arrays, in order, so the same image and filters give the same pixels.
/// Lengths (blur radius, shadow offsets) are in the image's own pixels. An image of more than
/// `maximumPixels` is first reduced by a whole factor (lengths with it), which bounds the
/// memory a filter takes whatever the picture.
struct FilteredPixels {
    /// Most pixels filtered: more than a full-bleed 16:9 slide needs (1280×720 px at 1.5x).
    static let maximumPixels = 2_100_000

    var width: Int
    var height: Int
    /// Straight-alpha channels 0...1, four per pixel (r, g, b, a).
    var channels: [Float]
    /// Filter pixels per image pixel (1, or 1/n after a reduction by n).
    private(set) var scale = 1.0

    init(_ image: PixelImage) {
        let source = PixelReduction.reduced(image, toAtMost: Self.maximumPixels)
        width = source.image.width
        height = source.image.height
        scale = 1 / Double(source.factor)
        channels = [Float](repeating: 0, count: width * height * 4)
        for (i, pixel) in source.image.pixels.enumerated() {
            channels[i * 4] = Float((pixel >> 16) & 0xFF) / 255
            channels[i * 4 + 1] = Float((pixel >> 8) & 0xFF) / 255
            channels[i * 4 + 2] = Float(pixel & 0xFF) / 255
            channels[i * 4 + 3] = Float(pixel >> 24) / 255
        }
    }

    var image: PixelImage {
        var pixels = [UInt32](repeating: 0, count: width * height)
        func byte(_ v: Float) -> UInt32 { UInt32((min(1, max(0, v.isFinite ? v : 0)) * 255).rounded()) }
        for i in pixels.indices {
            let a = byte(channels[i * 4 + 3])
            pixels[i] = a == 0 ? 0 : a << 24 | byte(channels[i * 4]) << 16 | byte(channels[i * 4 + 1]) << 8 | byte(channels[i * 4 + 2])
        }
        return PixelImage(width: width, height: height, pixels: pixels)
    }

    mutating func apply(_ filter: ImageFilter) {
        switch filter {
        case .grayscale(let a):
            let b = 1 - a
            colorMatrix([0.2126 + 0.7874 * b, 0.7152 - 0.7152 * b, 0.0722 - 0.0722 * b,
                         0.2126 - 0.2126 * b, 0.7152 + 0.2848 * b, 0.0722 - 0.0722 * b,
                         0.2126 - 0.2126 * b, 0.7152 - 0.7152 * b, 0.0722 + 0.9278 * b])
        case .sepia(let a):
            let b = 1 - a
            colorMatrix([0.393 + 0.607 * b, 0.769 - 0.769 * b, 0.189 - 0.189 * b,
                         0.349 - 0.349 * b, 0.686 + 0.314 * b, 0.168 - 0.168 * b,
                         0.272 - 0.272 * b, 0.534 - 0.534 * b, 0.131 + 0.869 * b])
        case .saturate(let s):
            colorMatrix([0.213 + 0.787 * s, 0.715 - 0.715 * s, 0.072 - 0.072 * s,
                         0.213 - 0.213 * s, 0.715 + 0.285 * s, 0.072 - 0.072 * s,
                         0.213 - 0.213 * s, 0.715 - 0.715 * s, 0.072 + 0.928 * s])
        case .hueRotate(let degrees):
            let c = cos(degrees * .pi / 180), s = sin(degrees * .pi / 180)
            colorMatrix([0.213 + c * 0.787 - s * 0.213, 0.715 - c * 0.715 - s * 0.715, 0.072 - c * 0.072 + s * 0.928,
                         0.213 - c * 0.213 + s * 0.143, 0.715 + c * 0.285 + s * 0.140, 0.072 - c * 0.072 - s * 0.283,
                         0.213 - c * 0.213 - s * 0.787, 0.715 - c * 0.715 + s * 0.715, 0.072 + c * 0.928 + s * 0.072])
        case .brightness(let b): transfer { $0 * Float(b) }
        case .contrast(let c): transfer { ($0 - 0.5) * Float(c) + 0.5 }
        case .invert(let a): transfer { $0 * Float(1 - a) + (1 - $0) * Float(a) }
        case .opacity(let o):
            for i in stride(from: 3, to: channels.count, by: 4) { channels[i] *= Float(o) }
        case .blur(let radius):
            blur(sigma: radius * scale)
        case .dropShadow(let dx, let dy, let blurRadius, let color):
            dropShadow(dx: dx * scale, dy: dy * scale, sigma: blurRadius * scale, color: color)
        }
    }

    /// A 3×3 matrix on r, g, b (rows give the new r, g, b), results clamped to 0...1.
    private mutating func colorMatrix(_ values: [Double]) {
        let m = values.map { Float($0) }
        for i in stride(from: 0, to: channels.count, by: 4) {
            let r = channels[i], g = channels[i + 1], b = channels[i + 2]
            channels[i] = min(1, max(0, m[0] * r + m[1] * g + m[2] * b))
            channels[i + 1] = min(1, max(0, m[3] * r + m[4] * g + m[5] * b))
            channels[i + 2] = min(1, max(0, m[6] * r + m[7] * g + m[8] * b))
        }
    }

    /// The same function on each of r, g, b, clamped to 0...1.
    private mutating func transfer(_ f: (Float) -> Float) {
        for i in 0..<channels.count where i % 4 != 3 {
            channels[i] = min(1, max(0, f(channels[i])))
        }
    }

    /// Gaussian blur of standard deviation `sigma` px: three box blurs per axis on
    /// premultiplied values, so transparent pixels do not darken their neighbours.
    private mutating func blur(sigma: Double) {
        guard sigma >= 0.5 else { return }
        for i in stride(from: 0, to: channels.count, by: 4) {
            for c in 0..<3 { channels[i + c] *= channels[i + 3] }
        }
        let radii = BoxBlur.radii(sigma: sigma)
        for c in 0..<4 {
            var plane = (0..<(width * height)).map { channels[$0 * 4 + c] }
            for r in radii { BoxBlur.pass(&plane, width: width, height: height, radius: r) }
            for p in plane.indices { channels[p * 4 + c] = plane[p] }
        }
        for i in stride(from: 0, to: channels.count, by: 4) where channels[i + 3] > 0 {
            for c in 0..<3 { channels[i + c] = min(1, channels[i + c] / channels[i + 3]) }
        }
    }

    /// The image over its shadow. The canvas grows by the shadow's reach on each side, so the
    /// picture draws a little smaller in the same box and the shadow stays inside it.
    private mutating func dropShadow(dx: Double, dy: Double, sigma: Double, color: Color) {
        let reach = Int((2 * sigma).rounded(.up))
        let left = reach + max(0, Int((-dx).rounded(.up))), right = reach + max(0, Int(dx.rounded(.up)))
        let top = reach + max(0, Int((-dy).rounded(.up))), bottom = reach + max(0, Int(dy.rounded(.up)))
        let newWidth = width + left + right, newHeight = height + top + bottom
        let ox = Int(dx.rounded()), oy = Int(dy.rounded())
        var shadow = [Float](repeating: 0, count: newWidth * newHeight)
        for y in 0..<height {
            for x in 0..<width {
                shadow[(y + top + oy) * newWidth + x + left + ox] = channels[(y * width + x) * 4 + 3]
            }
        }
        if sigma >= 0.5 {
            for r in BoxBlur.radii(sigma: sigma) { BoxBlur.pass(&shadow, width: newWidth, height: newHeight, radius: r) }
        }
        var result = [Float](repeating: 0, count: newWidth * newHeight * 4)
        let (cr, cg, cb, ca) = (Float(color.red), Float(color.green), Float(color.blue), Float(color.alpha))
        for y in 0..<newHeight {
            for x in 0..<newWidth {
                let sa = shadow[y * newWidth + x] * ca
                let ix = x - left, iy = y - top
                var fr: Float = 0, fg: Float = 0, fb: Float = 0, fa: Float = 0
                if ix >= 0, ix < width, iy >= 0, iy < height {
                    let i = (iy * width + ix) * 4
                    (fr, fg, fb, fa) = (channels[i], channels[i + 1], channels[i + 2], channels[i + 3])
                }
                let a = fa + sa * (1 - fa)
                let o = (y * newWidth + x) * 4
                result[o + 3] = a
                guard a > 0 else { continue }
                let under: Float = sa * (1 - fa)
                let red: Float = fr * fa + cr * under
                let green: Float = fg * fa + cg * under
                let blue: Float = fb * fa + cb * under
                result[o] = red / a
                result[o + 1] = green / a
                result[o + 2] = blue / a
            }
        }
        width = newWidth
        height = newHeight
        channels = result
    }
}

/// Box blurs whose three passes approximate a Gaussian.
enum BoxBlur {
    /// Radii of three successive box blurs approximating a Gaussian of deviation `sigma`.
    static func radii(sigma: Double) -> [Int] {
        let ideal = (12 * sigma * sigma / 3 + 1).squareRoot()
        var lower = Int(ideal.rounded(.down))
        if lower % 2 == 0 { lower -= 1 }
        let upper = lower + 2
        let m = ((12 * sigma * sigma - 3 * Double(lower * lower) - 12 * Double(lower) - 9) / (-4 * Double(lower) - 4)).rounded()
        return (0..<3).map { Double($0) < m ? (lower - 1) / 2 : (upper - 1) / 2 }.map { max(0, $0) }
    }

    /// One horizontal and one vertical box blur of `radius`, edges treated as transparent.
    static func pass(_ plane: inout [Float], width: Int, height: Int, radius: Int) {
        guard radius > 0 else { return }
        let scale = 1 / Float(2 * radius + 1)
        var line = [Float](repeating: 0, count: max(width, height))
        for y in 0..<height {
            blur(&plane, from: y * width, step: 1, count: width, radius: radius, scale: scale, line: &line)
        }
        for x in 0..<width {
            blur(&plane, from: x, step: width, count: height, radius: radius, scale: scale, line: &line)
        }
    }

    /// A running-sum box blur of the `count` values `step` apart from `from` (a row or a column).
    private static func blur(_ plane: inout [Float], from start: Int, step: Int, count: Int, radius: Int,
                             scale: Float, line: inout [Float]) {
        for i in 0..<count { line[i] = plane[start + i * step] }
        var sum: Float = 0
        for i in 0...min(radius, count - 1) { sum += line[i] }
        for i in 0..<count {
            plane[start + i * step] = sum * scale
            if i + radius + 1 < count { sum += line[i + radius + 1] }
            if i - radius >= 0 { sum -= line[i - radius] }
        }
    }
}
