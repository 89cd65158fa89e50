import Diagnostics
import Geometry
import Native
import Scene
import Testing
@testable import Deck

/// Marp image filters in alt text: parsed with Marpit's defaults, applied to PNG/JPEG pixels,
/// reported (never silently dropped) when they cannot be applied.
@Suite struct LayoutImageFilterTests {
    /// A 4×2 image: red, green, blue, white / black, grey, transparent, half-transparent red.
    static let pixels: [UInt32] = [0xFFFF_0000, 0xFF00_FF00, 0xFF00_00FF, 0xFFFF_FFFF,
                                   0xFF00_0000, 0xFF80_8080, 0x0000_0000, 0x80FF_0000]
    static var image: PixelImage { PixelImage(width: 4, height: 2, pixels: pixels) }

    static func filtered(_ filters: ImageFilter...) -> [UInt32] {
        var p = FilteredPixels(image)
        for f in filters { p.apply(f) }
        return p.image.pixels
    }

    static func rgb(_ pixel: UInt32) -> [Int] {
        [Int(pixel >> 24), Int((pixel >> 16) & 0xFF), Int((pixel >> 8) & 0xFF), Int(pixel & 0xFF)]
    }

    @Test func altTextFiltersTakeMarpitDefaults() {
        let spec = ImageSpec(alt: "w:200px grayscale sepia:50% blur brightness contrast:150% hue-rotate invert opacity saturate drop-shadow")
        #expect(spec.filters == [.grayscale(1), .sepia(0.5), .blur(radius: 10), .brightness(1.5), .contrast(1.5),
                                 .hueRotate(degrees: 180), .invert(1), .opacity(0.5), .saturate(2), ImageFilter.defaultShadow])
        #expect(spec.width == 200)
        #expect(spec.caption.isEmpty)
        #expect(spec.badFilters.isEmpty)
    }

    @Test func filterValuesAreReadOrRejected() {
        let spec = ImageSpec(alt: "blur:4px hue-rotate:0.5turn drop-shadow:2px,3px,#F00 blur:fast opacity:-1 Team photo")
        #expect(spec.filters == [.blur(radius: 4), .hueRotate(degrees: 180),
                                 .dropShadow(dx: 2, dy: 3, blur: 0, color: Color(rgb: 0xFF0000))])
        #expect(spec.badFilters == ["blur:fast", "opacity:-1"])
        #expect(spec.caption == "Team photo")
        #expect(ImageFilter(name: "drop-shadow", argument: "0,5px,10px,rgba(0,0,0,.4)") == ImageFilter.defaultShadow)
        #expect(ImageFilter(name: "drop-shadow", argument: "5px") == nil)
    }

    @Test func colourFiltersFollowTheCSSDefinitions() {
        #expect(Self.rgb(Self.filtered(.grayscale(1))[0]) == [255, 54, 54, 54])  // red → its luminance
        #expect(Self.rgb(Self.filtered(.sepia(1))[3]) == [255, 255, 255, 239])  // white → warm white
        #expect(Self.rgb(Self.filtered(.invert(1))[4]) == [255, 255, 255, 255])  // black → white
        #expect(Self.rgb(Self.filtered(.brightness(0.5))[5]) == [255, 64, 64, 64])
        #expect(Self.rgb(Self.filtered(.contrast(0.5))[4]) == [255, 64, 64, 64])  // black towards mid grey
        #expect(Self.filtered(.contrast(2))[3] == 0xFFFF_FFFF)
        #expect(Self.rgb(Self.filtered(.opacity(0.5))[0]) == [128, 255, 0, 0])
        #expect(Self.rgb(Self.filtered(.saturate(0))[1]) == [255, 182, 182, 182])  // green → its luminance
        #expect(Self.filtered(.hueRotate(degrees: 0)) == Self.pixels)
        // A third of a turn takes red to green.
        let turned = Self.rgb(Self.filtered(.hueRotate(degrees: 120))[0])
        #expect(turned[1] < 20 && turned[2] > 100 && turned[3] < 20, "\(turned)")
        // Transparent pixels stay transparent; alpha is untouched by colour filters.
        #expect(Self.filtered(.sepia(1), .invert(1))[6] == 0)
        #expect(Self.filtered(.invert(1))[7] >> 24 == 0x80)
    }

    @Test func blurSpreadsAPixelSymmetricallyAndKeepsItsInk() {
        var pixels = [UInt32](repeating: 0, count: 21 * 21)
        pixels[10 * 21 + 10] = 0xFF00_0000
        var p = FilteredPixels(PixelImage(width: 21, height: 21, pixels: pixels))
        p.apply(.blur(radius: 2))
        let alpha = (0..<(21 * 21)).map { p.channels[$0 * 4 + 3] }
        #expect(abs(alpha.reduce(0, +) - 1) < 0.01)
        #expect(alpha[10 * 21 + 10] < 0.2)
        #expect(abs(alpha[10 * 21 + 7] - alpha[10 * 21 + 13]) < 1e-6)
        #expect(abs(alpha[7 * 21 + 10] - alpha[10 * 21 + 7]) < 1e-6)
        #expect(alpha[0] < 1e-6)
    }

    /// A picture larger than the filter bound is reduced by a whole factor first, its blocks
    /// averaged by opacity, so a filter's memory stays bounded.
    @Test func largeImagesAreReducedBeforeFiltering() {
        let image = PixelImage(width: 5, height: 3, pixels: [UInt32](repeating: 0xFFFF_0000, count: 15))
        let (small, factor) = PixelReduction.reduced(image, toAtMost: 4)
        #expect(factor == 3 && small.width == 2 && small.height == 1)
        #expect(small.pixels == [0xFFFF_0000, 0xFFFF_0000])
        // Transparent pixels do not darken the average colour; they lower its opacity.
        let half = PixelImage(width: 2, height: 1, pixels: [0xFF00_FF00, 0x0000_0000])
        #expect(PixelReduction.reduced(half, toAtMost: 1).image.pixels == [0x8000_FF00])
        #expect(PixelReduction.reduced(image, toAtMost: 15).factor == 1)
        let big = PixelImage(width: 3000, height: 1000, pixels: [UInt32](repeating: 0xFF11_2233, count: 3_000_000))
        let filtered = FilteredPixels(big)
        #expect(filtered.width * filtered.height <= FilteredPixels.maximumPixels)
        #expect(filtered.scale == 0.5)
    }

    @Test func dropShadowGrowsTheCanvasAndDrawsUnderTheImage() {
        var p = FilteredPixels(PixelImage(width: 2, height: 2, pixels: [UInt32](repeating: 0xFF00_00FF, count: 4)))
        p.apply(.dropShadow(dx: 2, dy: 2, blur: 0, color: Color(rgb: 0xFF0000)))
        #expect(p.width == 4 && p.height == 4)
        let out = p.image.pixels
        #expect(out[0] == 0xFF00_00FF)  // the image, top left
        #expect(out[3 * 4 + 3] == 0xFFFF_0000)  // the shadow, bottom right
        #expect(out[3] == 0)  // top right: neither
    }

    @Test func sameFiltersGiveTheSameBytes() throws {
        let png = try Self.image.pngBytes()
        let source = ImageSource(bytes: png, format: .png, naturalSize: Size(width: 4, height: 2))
        let d = deck([([MD.paragraph([MD.image("w:40px sepia blur:1px drop-shadow", "a.png", line: 1)], line: 1)], SlideDirectives())])
        let resources = InMemoryDeckResources(["a.png": source.bytes])
        let first = LayoutTests.layout(d, resources: resources).0
        let second = LayoutTests.layout(d, resources: resources).0
        #expect(first.pages[0].frame == second.pages[0].frame)
    }

    @Test func filteredImageIsDrawnFromFilteredPixels() throws {
        let png = try Self.image.pngBytes()
        let d = deck([([MD.paragraph([MD.image("w:40px grayscale", "a.png", line: 3)], line: 3)], SlideDirectives())])
        let (document, diagnostics) = LayoutTests.layout(d, resources: InMemoryDeckResources(["a.png": png]))
        #expect(diagnostics.isEmpty)
        let image = try #require(LayoutImageTests().images(document.pages[0].frame.items).first)
        #expect(image.source.format == .png)
        #expect(image.source.naturalSize == Size(width: 4, height: 2))
        let drawn = try PixelImage(decoding: image.source.bytes, format: .png)
        #expect(Self.rgb(drawn.pixels[0]) == [255, 54, 54, 54])
        #expect(abs(image.rect.width - 40) < 0.01 && abs(image.rect.height - 20) < 0.01)
    }

    @Test func filtersOnSVGAndBadValuesAreWarningsAtTheImage() throws {
        let svg = Array("<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'/>".utf8)
        let source = SourceFile(name: "deck.md", text: "# T\n\n![sepia](logo.svg)\n\n![blur:fast](a.png)\n")
        let d = deck([([MD.paragraph([MD.image("sepia", "logo.svg", line: 3)], line: 3),
                        MD.paragraph([MD.image("blur:fast", "a.png", line: 5)], line: 5)], SlideDirectives())])
        let (_, diagnostics) = LayoutTests.layout(d, resources: InMemoryDeckResources(["logo.svg": svg, "a.png": try Self.image.pngBytes()]),
                                                  source: source)
        #expect(diagnostics.map(\.id) == ["deck.image-filter", "deck.image-filter"])
        #expect(diagnostics.allSatisfy { $0.severity == .warning })
        #expect(diagnostics.map { source.location(of: $0.range.start).line } == [3, 5])
        #expect(diagnostics[0].message.contains("SVG"))
        #expect(diagnostics[1].message.contains("blur:fast"))
    }

    /// A file whose header passes but whose pixels cannot be decoded is not filtered, said so.
    @Test func undecodableImageIsAWarningNotACrash() throws {
        let d = deck([([MD.paragraph([MD.image("grayscale", "cut.png", line: 1)], line: 1)], SlideDirectives())])
        let (_, diagnostics) = LayoutTests.layout(d, resources: InMemoryDeckResources(["cut.png": pngBytes(width: 8, height: 8)]))
        #expect(diagnostics.map(\.id) == ["deck.image-filter"])
        #expect(diagnostics.first?.message.hasPrefix("cannot filter 'cut.png'") == true)
    }
}
