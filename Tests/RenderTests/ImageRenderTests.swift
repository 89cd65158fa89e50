import Foundation
import Geometry
import Native
import Render
import Scene
import Testing

@Suite struct ImageRenderTests {
    let engine: RenderEngine

    init() throws {
        engine = try RenderFixtures.engine()
    }

    static let formats: [ImageSource.Format] = [.png, .jpeg, .svg]

    /// Red at the left quarter of the image rect, blue at the right quarter, white outside.
    static func expectHalves(_ pixels: [UInt32], width: Int, scale: Int = 1) {
        let s = scale
        let left = pixels.pixel(26 * s, 26 * s, width: width)
        let right = pixels.pixel(58 * s, 26 * s, width: width)
        let outside = pixels.pixel(90 * s, 50 * s, width: width)
        #expect(left.isClose(to: 255, 0, 0), "left half \(left)")
        #expect(right.isClose(to: 0, 0, 255), "right half \(right)")
        #expect(outside.isClose(to: 255, 255, 255, tolerance: 0), "outside \(outside)")
        // The rect's corners: drawn just inside, untouched just outside.
        #expect(pixels.pixel(11 * s, 11 * s, width: width).isClose(to: 255, 0, 0), "top-left corner")
        #expect(pixels.pixel(72 * s, 40 * s, width: width).isClose(to: 0, 0, 255), "bottom-right corner")
        #expect(pixels.pixel(8 * s, 26 * s, width: width).isClose(to: 255, 255, 255, tolerance: 0), "left of the rect")
        #expect(pixels.pixel(76 * s, 26 * s, width: width).isClose(to: 255, 255, 255, tolerance: 0), "right of the rect")
    }

    @Test(arguments: formats)
    func decodesNaturalSize(format: ImageSource.Format) throws {
        let source = try ImageFixtures.source(format)
        let image = try DecodedImage(bytes: source.bytes, format: DecodedImage.Format(rawValue: format.rawValue) ?? .png)
        #expect(image.naturalSize == Size(width: 32, height: 16))
        #expect(DecodedImage.sniffFormat(source.bytes)?.rawValue == format.rawValue)
    }

    @Test(arguments: formats, [1, 3])
    func drawsIntoPNG(format: ImageSource.Format, scale: Int) throws {
        let png = try engine.render(try ImageFixtures.frame(format), as: .png, options: RenderOptions(scale: Double(scale)))
        let decoded = try PNGDecoder.argbPixels(png)
        #expect(decoded.width == 100 * scale && decoded.height == 60 * scale)
        Self.expectHalves(decoded.pixels, width: decoded.width, scale: scale)
    }

    @Test(arguments: formats)
    func sameBytesEveryRun(format: ImageSource.Format) throws {
        let frame = try ImageFixtures.frame(format)
        for output in [OutputFormat.png, .pdf, .svg] {
            let first = try engine.render(frame, as: output)
            let second = try engine.render(frame, as: output)
            #expect(Blob(first).bytes == Blob(second).bytes, "\(format) as \(output)")
        }
    }

    /// A raster image is one image XObject in the PDF; an SVG image is drawn as paths, so the
    /// PDF has no image XObject at all. Rasterised by poppler, both show the halves.
    @Test(arguments: formats)
    func drawsIntoPDF(format: ImageSource.Format) throws {
        let pdf = Blob(try engine.render(try ImageFixtures.frame(format), as: .pdf))
        #expect(pdf.contains("%PDF-"))
        #expect(pdf.contains("/Subtype /Image") == (format != .svg), "\(format): image XObject present?")
        let directory = try TemporaryDirectory()
        let input = directory.path + "/image.pdf"
        try Data(pdf.bytes).write(to: URL(fileURLWithPath: input))
        let status = try ImageFixtures.run("/usr/bin/pdftoppm", ["-png", "-r", "72", "-singlefile", input, directory.path + "/page"])
        #expect(status == 0)
        let decoded = try PNGDecoder.argbPixels(try Array(Data(contentsOf: URL(fileURLWithPath: directory.path + "/page.png"))))
        #expect(decoded.width == 100 && decoded.height == 60)
        Self.expectHalves(decoded.pixels, width: decoded.width)
    }

    @Test(arguments: formats)
    func writesSVGImageElement(format: ImageSource.Format) throws {
        let source = try ImageFixtures.source(format)
        let svg = String(decoding: try engine.render(try ImageFixtures.frame(format), as: .svg), as: UTF8.self)
        let mime = ["png": "image/png", "jpeg": "image/jpeg", "svg": "image/svg+xml"][format.rawValue] ?? ""
        let expected = "<image class=\"picture\" x=\"10\" y=\"10\" width=\"64\" height=\"32\" preserveAspectRatio=\"none\" "
            + "href=\"data:\(mime);base64,\(Data(source.bytes).base64EncodedString())\"/>"
        #expect(svg.contains(expected))
        // librsvg draws the SVG output like our PNG backend does.
        let directory = try TemporaryDirectory()
        try Data(svg.utf8).write(to: URL(fileURLWithPath: directory.path + "/image.svg"))
        let status = try ImageFixtures.run("/usr/bin/rsvg-convert", ["-o", directory.path + "/image.png", directory.path + "/image.svg"])
        #expect(status == 0)
        let decoded = try PNGDecoder.argbPixels(try Array(Data(contentsOf: URL(fileURLWithPath: directory.path + "/image.png"))))
        Self.expectHalves(decoded.pixels, width: decoded.width)
    }

    static let corrupt: [(ImageSource.Format, [UInt8])] = [
        (.png, Array("not a png".utf8)),
        (.png, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]),
        (.jpeg, [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 1, 2, 3]),
        (.jpeg, []),
        (.svg, Array("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect".utf8)),
        (.svg, Array("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".utf8)),
    ]

    @Test(arguments: 0..<corrupt.count)
    func corruptImageIsAnError(index: Int) throws {
        let (format, bytes) = Self.corrupt[index]
        let item = ImageItem(source: ImageSource(bytes: bytes, format: format), rect: Rect(x: 0, y: 0, width: 10, height: 10))
        let frame = Frame(size: Size(width: 20, height: 20), items: [.image(item)])
        for output in [OutputFormat.png, .pdf, .svg] {
            #expect(throws: RenderError.self, "\(format) #\(index) as \(output)") {
                try engine.render(frame, as: output)
            }
        }
    }

    /// The PDF carries the JPEG file itself (DCT), not re-encoded pixels.
    @Test func jpegIsEmbeddedAsIsInPDF() throws {
        let pdf = Blob(try engine.render(try ImageFixtures.frame(.jpeg), as: .pdf))
        #expect(pdf.contains("/DCTDecode"))
        let png = Blob(try engine.render(try ImageFixtures.frame(.png), as: .pdf))
        #expect(!png.contains("/DCTDecode"))
    }

    /// The same picture drawn three times is one image object in the PDF.
    @Test(arguments: [ImageSource.Format.png, .jpeg])
    func repeatedPictureIsEmbeddedOnce(format: ImageSource.Format) throws {
        let source = try ImageFixtures.source(format)
        let items = (0..<3).map { i in Item.image(ImageItem(source: source, rect: Rect(x: Double(i) * 40, y: 0, width: 32, height: 16))) }
        let pdf = String(decoding: try engine.render(Frame(size: Size(width: 120, height: 20), items: items), as: .pdf), as: UTF8.self)
        #expect(pdf.components(separatedBy: "/Subtype /Image").count - 1 == 1)
    }

    /// Headers announcing huge images are refused before any pixel memory is allocated.
    @Test func hugeImagesAreRefusedFromTheirHeader() throws {
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)
        png += [0, 0, 0x9C, 0x40, 0, 0, 0x9C, 0x40, 8, 6, 0, 0, 0, 0, 0, 0, 0]  // 40000 x 40000
        #expect(throws: NativeError.self) { try DecodedImage(bytes: png, format: .png) }
        let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0, 4, 0, 0, 0xFF, 0xC0, 0, 11, 8, 0xEA, 0x60, 0xEA, 0x60, 3, 0, 0, 0, 0, 0]
        do {
            _ = try DecodedImage(bytes: jpeg, format: .jpeg)
            Issue.record("a 60000 x 60000 JPEG header was accepted")
        } catch {
            #expect("\(error)".contains("too large"))
        }
    }

    /// A truncated copy of a good PNG fails cleanly too (libpng's CRC and stream checks).
    @Test func truncatedPNGIsAnError() throws {
        let png = try ImageFixtures.png()
        #expect(throws: NativeError.self) {
            try DecodedImage(bytes: Array(png.prefix(png.count / 2)), format: .png)
        }
    }

    /// An image inside a transformed, clipped group follows the transform and the clip.
    @Test func imageFollowsGroupTransformAndClip() throws {
        let item = ImageItem(source: try ImageFixtures.source(.png), rect: Rect(x: 0, y: 0, width: 64, height: 32))
        let group = GroupItem([.image(item)], transform: .translation(10, 10),
                              clip: .rect(Rect(x: 0, y: 0, width: 32, height: 32)))
        let frame = Frame(size: Size(width: 100, height: 60), background: .white, items: [.group(group)])
        let decoded = try PNGDecoder.argbPixels(try engine.render(frame, as: .png))
        #expect(decoded.pixels.pixel(20, 26, width: 100).isClose(to: 255, 0, 0))
        #expect(decoded.pixels.pixel(58, 26, width: 100).isClose(to: 255, 255, 255, tolerance: 0), "clipped away")
    }
}
