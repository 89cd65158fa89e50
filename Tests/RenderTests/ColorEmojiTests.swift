import Foundation
import Geometry
import Native
import Render
import Scene
import Testing

/// Emoji come from the bundled colour font (Noto Color Emoji), at the size of the text around
/// them, in colour, in PNG and PDF; the PDF keeps them as text and as sharp images.
@Suite struct ColorEmojiTests {
    let engine: RenderEngine

    init() throws {
        engine = try RenderFixtures.engine()
    }

    /// One 16 px line "A🚀B" in black on white, the emoji alone in the middle of a wide frame.
    static func frame(_ text: String = "A 🚀 B", size: Double = 16) -> Frame {
        let item = TextItem(spans: [TextSpan(text)], style: TextStyle(size: size, color: .black),
                            box: Rect(x: 10, y: 10, width: 180, height: size * 2), alignment: .center)
        return Frame(size: Size(width: 200, height: size * 2 + 20), background: .white, items: [.text(item)])
    }

    /// Bounds of the pixels that are clearly coloured (not grey), and how many there are.
    static func colouredPixels(_ image: (width: Int, height: Int, pixels: [UInt32])) -> (count: Int, height: Int, width: Int) {
        var count = 0, minX = Int.max, maxX = -1, minY = Int.max, maxY = -1
        for y in 0..<image.height {
            for x in 0..<image.width {
                let pixel = image.pixels[y * image.width + x]
                let r = Int((pixel >> 16) & 0xFF), g = Int((pixel >> 8) & 0xFF), b = Int(pixel & 0xFF)
                guard max(r, g, b) - min(r, g, b) > 60 else { continue }
                count += 1
                minX = min(minX, x); maxX = max(maxX, x); minY = min(minY, y); maxY = max(maxY, y)
            }
        }
        return (count, count > 0 ? maxY - minY + 1 : 0, count > 0 ? maxX - minX + 1 : 0)
    }

    @Test func emojiUseTheColourFontAndSymbolsSymbola() {
        let style = TextStyle()
        #expect(engine.fontFamilies(drawing: [TextSpan("🚀")], style: style) == ["Noto Color Emoji"])
        #expect(engine.fontFamilies(drawing: [TextSpan("Go ✅")], style: style) == ["Inter", "Noto Color Emoji"])
        // A chess knight is in Symbola, not in the colour font.
        #expect(engine.fontFamilies(drawing: [TextSpan("♞")], style: style) == ["Symbola"])
        #expect(engine.missingGlyphCount([TextSpan("🚀✅🔥♞")], style: style) == 0)
    }

    /// A character with a text glyph in Inter (⚠) draws from the colour font when written in
    /// emoji presentation (⚠️, with U+FE0F), as `:warning:` is: Pango asks for the `emoji` family.
    @Test func emojiPresentationSelectsTheColourFont() {
        let style = TextStyle()
        #expect(engine.fontFamilies(drawing: [TextSpan("Disk ⚠️")], style: style) == ["Inter", "Noto Color Emoji"])
        #expect(engine.fontFamilies(drawing: [TextSpan("Disk ⚠")], style: style) != ["Inter", "Noto Color Emoji"])
    }

    /// The 109 px bitmap strike is scaled to the requested size, not drawn as it is.
    @Test(arguments: [16.0, 32.0])
    func pngEmojiAreTextSizedAndColoured(size: Double) throws {
        let image = try PNGDecoder.argbPixels(engine.render(Self.frame(size: size), as: .png))
        let coloured = Self.colouredPixels(image)
        #expect(coloured.count > Int(size * size / 8), "too few coloured pixels: \(coloured.count)")
        #expect(coloured.height <= Int(size * 1.3) && coloured.height >= Int(size * 0.6), "emoji height \(coloured.height)")
        #expect(coloured.width <= Int(size * 1.3), "emoji width \(coloured.width)")
    }

    /// The measured width follows the scaled strike too: an emoji advances about one em.
    @Test func emojiAdvanceIsAboutOneEm() {
        let width = engine.measurer.measure([TextSpan("🚀🚀🚀🚀")], style: TextStyle(size: 20), maxWidth: nil).width
        #expect(width > 60 && width < 110, "four 20 px emoji measured \(width)")
    }

    @Test func pdfEmojiAreTextSizedColouredAndSharp() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/emoji.pdf"
        try Data(engine.render(Self.frame(), as: .pdf)).write(to: URL(fileURLWithPath: path))
        guard let list = DocumentFixtures.run("pdfimages", ["-list", path]),
              DocumentFixtures.run("pdftoppm", ["-png", "-r", "72", "-singlefile", path, directory.path + "/page"]) != nil
        else {
            print("ColorEmojiTests: poppler-utils missing; PDF check not run")
            return
        }
        // One image (and its soft mask), made at well over screen resolution.
        let rows = list.stdout.split(separator: "\n").dropFirst(2).map { $0.split(separator: " ", omittingEmptySubsequences: true) }
        #expect(rows.count == 2, "\(list.stdout)")
        for row in rows where row.count > 12 {
            #expect((Int(row[12]) ?? 0) >= 300, "image at \(row[12]) ppi")
        }
        let page = [UInt8](try Data(contentsOf: URL(fileURLWithPath: directory.path + "/page.png")))
        let coloured = Self.colouredPixels(try PNGDecoder.argbPixels(page))
        #expect(coloured.count > 30 && coloured.height <= 21 && coloured.height >= 10, "emoji \(coloured)")
    }

    /// The emoji stays text: search and copy find it, and the hidden text cannot be seen.
    @Test func pdfEmojiAreExtractableText() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/emoji.pdf"
        try Data(engine.render(Self.frame("Ship 🚀✅ now"), as: .pdf)).write(to: URL(fileURLWithPath: path))
        guard let text = DocumentFixtures.run("pdftotext", [path, "-"]) else {
            print("ColorEmojiTests: pdftotext missing; extraction check not run")
            return
        }
        #expect(text.stdout.contains("Ship 🚀"), "\(text.stdout)")
        #expect(text.stdout.contains("✅ now"), "\(text.stdout)")
        #expect(text.stdout.contains("Ship") && text.stdout.contains("now"))
    }

    /// A glyph used twice is one image in the PDF.
    @Test func repeatedEmojiShareOneImage() throws {
        let pdf = try engine.render(Self.frame("🚀 🚀 🚀"), as: .pdf)
        let text = String(decoding: pdf, as: UTF8.self)
        let images = text.components(separatedBy: "/Subtype /Image").count - 1
        #expect(images == 2, "\(images) image objects (an image and its mask expected)")
    }

    /// Layouts without colour glyphs draw exactly as before: one Pango call, no images.
    @Test func plainTextPDFHasNoImages() throws {
        let pdf = String(decoding: try engine.render(Self.frame("Plain ★ text"), as: .pdf), as: UTF8.self)
        #expect(!pdf.contains("/Subtype /Image"))
    }

    @Test(arguments: [OutputFormat.png, .pdf, .svg])
    func emojiOutputIsDeterministic(format: OutputFormat) throws {
        let first = try engine.render(Self.frame("🚀 ✅ 🔥 ♞"), as: format)
        let fresh = try RenderFixtures.engine().render(Self.frame("🚀 ✅ 🔥 ♞"), as: format)
        #expect(first == fresh)
    }
}
