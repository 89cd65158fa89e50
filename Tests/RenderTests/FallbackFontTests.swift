import Foundation
import Geometry
import Native
import Render
import Scene
import Testing

/// Text Inter lacks (CJK, emoji, Arabic, Hebrew) is drawn from the bundled fallback fonts,
/// never as missing-glyph boxes, in every output format.
@Suite struct FallbackFontTests {
    static let mixed = "数据库 🚀 مرحبا שלום"
    let engine: RenderEngine

    init() throws {
        engine = try RenderFixtures.engine()
    }

    var frame: Frame { frame(Self.mixed) }

    func frame(_ mixed: String) -> Frame {
        let text = TextItem(spans: [TextSpan(mixed)], style: TextStyle(size: 16),
                            box: Rect(x: 10, y: 10, width: 260, height: 30), alignment: .center)
        return Frame(size: Size(width: 280, height: 50), background: .white, items: [.text(text)])
    }

    @Test func mixedScriptsHaveNoUnknownGlyphs() {
        #expect(engine.missingGlyphCount([TextSpan(Self.mixed)], style: TextStyle()) == 0)
        #expect(engine.missingGlyphCount([TextSpan(Self.mixed, bold: true)], style: TextStyle(italic: true)) == 0)
        #expect(engine.missingGlyphCount([TextSpan(Self.mixed)], style: TextStyle(family: "JetBrains Mono")) == 0)
    }

    /// The check can fail: a private-use character of plane 16 is in no bundled font.
    @Test func unknownGlyphsAreCounted() {
        #expect(engine.missingGlyphCount([TextSpan("a\u{10FFFD}b")], style: TextStyle()) == 1)
    }

    @Test func eachScriptUsesItsFallbackFamily() {
        let style = TextStyle()
        #expect(engine.fontFamilies(drawing: [TextSpan("Hello")], style: style) == ["Inter"])
        #expect(engine.fontFamilies(drawing: [TextSpan("数据库")], style: style) == ["Droid Sans Fallback"])
        #expect(engine.fontFamilies(drawing: [TextSpan("🚀")], style: style) == ["Noto Color Emoji"])
        #expect(engine.fontFamilies(drawing: [TextSpan("♞")], style: style) == ["Symbola"])
        #expect(engine.fontFamilies(drawing: [TextSpan("مرحبا")], style: style) == ["Noto Sans Arabic"])
        #expect(engine.fontFamilies(drawing: [TextSpan("שלום")], style: style) == ["Noto Sans Hebrew"])
    }

    @Test func pdfEmbedsTheFallbackFonts() throws {
        let pdf = String(decoding: try engine.render(frame, as: .pdf), as: UTF8.self)
        for name in ["DroidSansFallback", "Symbola", "NotoSansArabic-Regular", "NotoSansHebrew-Regular"] {
            #expect(pdf.contains("+\(name)"), "\(name) not embedded")
        }
    }

    @Test func svgNamesTheFallbackFamiliesInPangoOrder() throws {
        let svg = String(decoding: try engine.render(frame, as: .svg), as: UTF8.self)
        let list = "font-family=\"Inter, &apos;Noto Sans Arabic&apos;, &apos;Noto Sans Hebrew&apos;, "
            + "&apos;Droid Sans Fallback&apos;, &apos;Noto Color Emoji&apos;, sans-serif\""
        #expect(svg.contains(list))
        let latin = TextItem(spans: [TextSpan("Plain")], style: TextStyle(), box: Rect(x: 0, y: 0, width: 50, height: 20))
        let plain = String(decoding: try engine.render(Frame(size: Size(width: 50, height: 20), items: [.text(latin)]),
                                                       as: .svg), as: UTF8.self)
        #expect(plain.contains("font-family=\"Inter, sans-serif\""))
    }

    /// The PNG shows real glyphs: the fallback text differs from the same number of boxes.
    @Test func pngDrawsGlyphsNotBoxes() throws {
        let png = try PNGDecoder.argbPixels(engine.render(frame, as: .png))
        var boxed = frame
        let boxes = String(repeating: "\u{10FFFD}", count: 3)
        boxed.items = [.text(TextItem(spans: [TextSpan(boxes)], style: TextStyle(size: 16),
                                      box: Rect(x: 10, y: 10, width: 260, height: 30)))]
        let tofu = try PNGDecoder.argbPixels(engine.render(boxed, as: .png))
        let inked = png.pixels.filter { $0 != 0xFFFF_FFFF }.count
        #expect(inked > 400, "too little ink: \(inked) pixels")
        #expect(png.pixels != tofu.pixels)
    }

    /// The fallback choice is fixed by rule, so a fresh engine gives the same bytes.
    @Test(arguments: [OutputFormat.png, .pdf, .svg])
    func fallbackOutputIsDeterministic(format: OutputFormat) throws {
        let first = try engine.render(frame, as: format)
        let fresh = try RenderFixtures.engine().render(frame, as: format)
        #expect(first == fresh)
    }

    /// librsvg, given the bundled fonts, draws the mixed-script SVG like our PNG: the family
    /// list leads it to the same fallback glyphs. Without the emoji: librsvg 2.54 draws text
    /// as outlines, so a colour bitmap glyph comes out as a grey pixel mask there.
    @Test func rsvgDrawsTheSameFallbackGlyphs() throws {
        let rsvg = "/usr/bin/rsvg-convert"
        guard FileManager.default.isExecutableFile(atPath: rsvg) else {
            print("FallbackFontTests: \(rsvg) missing; rsvg comparison not run")
            return
        }
        let directory = try TemporaryDirectory()
        let config = "<?xml version=\"1.0\"?><fontconfig><dir>\(RenderFixtures.fontDirectory)</dir>"
            + "<cachedir>\(directory.path)</cachedir><match target=\"font\"><edit name=\"hinting\" mode=\"assign\">"
            + "<bool>false</bool></edit></match>\(BitmapFontScaling.match)</fontconfig>"
        try Data(config.utf8).write(to: URL(fileURLWithPath: directory.path + "/fonts.conf"))
        let frame = frame("数据库 مرحبا שלום")
        let svg = try engine.render(frame, as: .svg)
        try Data(svg).write(to: URL(fileURLWithPath: directory.path + "/mixed.svg"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: rsvg)
        process.arguments = [directory.path + "/mixed.svg", "-o", directory.path + "/mixed.png"]
        process.environment = ["FONTCONFIG_FILE": directory.path + "/fonts.conf"]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let theirs = [UInt8](try Data(contentsOf: URL(fileURLWithPath: directory.path + "/mixed.png")))
        let mean = try ImageDifference.mean(engine.render(frame, as: .png), theirs)
        print("FallbackFontTests: rsvg vs PNG mean difference \(mean)")
        #expect(mean < 5, "mean difference \(mean)")
    }

    /// The PDF text stays searchable: poppler extracts every script back.
    @Test func pdfTextIsExtractable() throws {
        let tool = "/usr/bin/pdftotext"
        guard FileManager.default.isExecutableFile(atPath: tool) else {
            print("FallbackFontTests: \(tool) missing; extraction check not run")
            return
        }
        let directory = try TemporaryDirectory()
        try Data(engine.render(frame, as: .pdf)).write(to: URL(fileURLWithPath: directory.path + "/mixed.pdf"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = [directory.path + "/mixed.pdf", directory.path + "/mixed.txt"]
        try process.run()
        process.waitUntilExit()
        let text = try String(contentsOfFile: directory.path + "/mixed.txt", encoding: .utf8)
        for word in ["数据库", "🚀", "مرحبا", "שלום"] {
            #expect(text.contains(word), "\(word) not extracted from \(text)")
        }
    }
}
