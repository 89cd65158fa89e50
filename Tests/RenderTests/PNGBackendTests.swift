import Geometry
import Native
import Render
import Scene
import Testing

@Suite struct PNGBackendTests {
    let engine: RenderEngine

    init() throws {
        engine = try RenderFixtures.engine()
    }

    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// Width and height from the IHDR chunk, which always follows the signature.
    static func pixelSize(_ png: [UInt8]) -> (Int, Int)? {
        guard png.count > 24, Array(png[12..<16]) == Array("IHDR".utf8) else { return nil }
        func int(_ at: Int) -> Int { png[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) } }
        return (int(16), int(20))
    }

    @Test(arguments: [(1.0, 320, 200), (2.0, 640, 400), (1.5, 480, 300)])
    func pixelSizeFollowsScale(scale: Double, width: Int, height: Int) throws {
        let png = try engine.render(RenderFixtures.frame, as: .png, options: RenderOptions(scale: scale))
        #expect(Array(png.prefix(8)) == Self.signature)
        let size = try #require(Self.pixelSize(png))
        #expect(size == (width, height))
    }

    @Test func fractionalSizeRoundsUp() throws {
        let png = try engine.render(Frame(size: Size(width: 10.2, height: 7)), as: .png)
        let size = try #require(Self.pixelSize(png))
        #expect(size == (11, 7))
    }

    @Test func backgroundOverrideChangesPixels() throws {
        let frame = RenderFixtures.frame
        let plain = try engine.render(frame, as: .png)
        let transparent = try engine.render(frame, as: .png, options: RenderOptions(background: .transparent))
        let red = try engine.render(frame, as: .png, options: RenderOptions(background: Color(rgb: 0xFF0000)))
        #expect(plain != transparent)
        #expect(plain != red)
        #expect(transparent != red)
    }

    /// An opaque image is written as RGB (colour type 2), one with transparency as RGBA (6).
    @Test func colourTypeFollowsOpacity() throws {
        let opaque = try engine.render(RenderFixtures.frame, as: .png)
        let transparent = try engine.render(RenderFixtures.frame, as: .png,
                                            options: RenderOptions(background: .transparent))
        #expect(opaque.count > 25 && opaque[24] == 8 && opaque[25] == 2)
        #expect(transparent.count > 25 && transparent[24] == 8 && transparent[25] == 6)
    }

    /// A 3000x3000 image is compressed in several row segments; it must decode (CRCs and
    /// the joined zlib stream checked by libpng) to the colours drawn, top to bottom.
    @Test func largeImageDecodesToTheDrawnPixels() throws {
        func square(_ x: Double, _ y: Double, _ rgb: UInt32) -> Item {
            .shape(ShapeItem(path: .rect(Rect(x: x, y: y, width: 200, height: 200)), fill: Color(rgb: rgb)))
        }
        let frame = Frame(size: Size(width: 1500, height: 1500), background: .white,
                          items: [square(100, 100, 0xFF0000), square(600, 700, 0x00FF00), square(1200, 1250, 0x0000FF)])
        let png = try engine.render(frame, as: .png, options: RenderOptions(scale: 2))
        let image = try PNGDecoder.argbPixels(png)
        #expect(image.width == 3000 && image.height == 3000)
        func pixel(_ x: Int, _ y: Int) -> UInt32 { image.pixels[y * image.width + x] }
        #expect(pixel(5, 5) == 0xFFFF_FFFF)
        #expect(pixel(400, 400) == 0xFFFF_0000)
        #expect(pixel(1400, 1600) == 0xFF00_FF00)
        #expect(pixel(2600, 2700) == 0xFF00_00FF)
        #expect(pixel(2999, 2999) == 0xFFFF_FFFF)
    }

    /// With transparency the pixels are stored straight (not premultiplied): a half-opaque
    /// red reads back as half-opaque red, and the background as fully transparent.
    @Test func transparentPixelsRoundTrip() throws {
        let frame = Frame(size: Size(width: 40, height: 40), background: nil,
                          items: [.shape(ShapeItem(path: .rect(Rect(x: 10, y: 10, width: 20, height: 20)),
                                                   fill: Color(rgb: 0xFF0000, alpha: 0.5)))])
        let png = try engine.render(frame, as: .png, options: RenderOptions(background: .transparent))
        let image = try PNGDecoder.argbPixels(png)
        let inside = image.pixels[20 * image.width + 20]
        let alpha = inside >> 24
        #expect((127...128).contains(alpha))
        #expect(inside == alpha << 24 | alpha << 16)
        #expect(image.pixels[0] == 0)
    }

    @Test func invalidScaleIsAnError() {
        #expect(throws: RenderError.self) {
            try engine.render(RenderFixtures.frame, as: .png, options: RenderOptions(scale: 0))
        }
    }
}
