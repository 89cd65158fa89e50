import Geometry
import Native
import Render
import Scene
import Testing

/// The pixel comparison the SVG portability test relies on measures what it should.
@Suite struct ImageDifferenceTests {
    func png(_ fill: Color, square: Double) throws -> [UInt8] {
        let item = ShapeItem(path: .rect(Rect(x: 0, y: 0, width: square, height: square)), fill: fill)
        return try RenderFixtures.engine().render(Frame(size: Size(width: 40, height: 40), background: .white,
                                                        items: [.shape(item)]), as: .png)
    }

    @Test func identicalImagesDifferByZero() throws {
        let image = try png(.black, square: 20)
        #expect(try ImageDifference.mean(image, image) == 0)
    }

    /// A black 20×20 square on white in a 40×40 image: a quarter of the pixels differ by 255.
    @Test func meanIsPerChannelOverTheCommonArea() throws {
        let mean = try ImageDifference.mean(png(.black, square: 20), png(.white, square: 20))
        #expect(abs(mean - 255.0 / 4) < 1.5, "mean \(mean)")
    }
}
