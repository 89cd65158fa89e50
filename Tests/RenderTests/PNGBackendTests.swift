import Geometry
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

    @Test func invalidScaleIsAnError() {
        #expect(throws: RenderError.self) {
            try engine.render(RenderFixtures.frame, as: .png, options: RenderOptions(scale: 0))
        }
    }
}
