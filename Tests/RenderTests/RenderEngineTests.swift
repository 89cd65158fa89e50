import Geometry
import Glibc
import Render
import Scene
import Testing

@Suite struct RenderEngineTests {
    let engine: RenderEngine

    init() throws {
        engine = try RenderFixtures.engine()
    }

    @Test(arguments: OutputFormat.allCases)
    func sameFrameGivesSameBytes(format: OutputFormat) throws {
        let first = try engine.render(RenderFixtures.frame, as: format)
        let second = try engine.render(RenderFixtures.frame, as: format)
        let fresh = try RenderFixtures.engine().render(RenderFixtures.frame, as: format)
        #expect(first.count > 100)
        #expect(first == second)
        #expect(first == fresh)
    }

    @Test func onlyTheDirectorysFontsAreLoaded() {
        #expect(engine.fontFamilies == ["Droid Sans Fallback", "FontAwesome", "Inter", "JetBrains Mono", "Noto Color Emoji",
                                        "Noto Sans Arabic", "Noto Sans Hebrew", "Symbola"])
    }

    @Test func missingFontDirectoryIsAnError() {
        #expect(throws: RenderError.fontDirectoryMissing("/nonexistent/fonts")) {
            try RenderEngine(fontDirectory: "/nonexistent/fonts")
        }
    }

    @Test func missingFontFileIsAnError() throws {
        let directory = try TemporaryDirectory()
        for name in RenderEngine.requiredFontFiles.dropLast() {
            let bytes = try #require(readAll(RenderFixtures.fontDirectory + "/" + name))
            try AtomicFile.write(bytes, toPath: directory.path + "/" + name)
        }
        #expect(throws: RenderError.fontFileMissing(directory.path + "/fontawesome-webfont.ttf")) {
            try RenderEngine(fontDirectory: directory.path)
        }
    }

    /// Writes the fixture in every format to $TRELLIS_RENDER_DUMP (a directory), for looking at.
    @Test func dumpForInspection() throws {
        guard let dump = getenv("TRELLIS_RENDER_DUMP").map({ String(cString: $0) }) else { return }
        for format in OutputFormat.allCases {
            try AtomicFile.write(try engine.render(RenderFixtures.frame, as: format), toPath: "\(dump)/fixture.\(format)")
        }
        try AtomicFile.write(try engine.render(RenderFixtures.frame, as: .png, options: RenderOptions(scale: 2)),
                             toPath: "\(dump)/fixture@2x.png")
        try AtomicFile.write(try engine.render(RenderFixtures.frame, as: .pdf, options: RenderOptions(sourceDateEpoch: 1_609_459_200)),
                             toPath: "\(dump)/fixture-epoch.pdf")
        let spans = [TextSpan("Wrapped text with "), TextSpan("bold words", bold: true), TextSpan(" and "),
                     TextSpan("italic ones", italic: true), TextSpan(" in the middle of a long line.")]
        var items: [Item] = []
        for (index, alignment) in [TextAlignment.left, .center, .right].enumerated() {
            let box = Rect(x: 10 + Double(index) * 130, y: 10, width: 120, height: 120)
            items.append(.shape(ShapeItem(path: .rect(box), stroke: StrokeStyle(color: Color(rgb: 0xCCCCCC)))))
            items.append(.text(TextItem(spans: spans, style: TextStyle(size: 13), box: box, alignment: alignment, wraps: true)))
        }
        let paragraphs = Frame(size: Size(width: 400, height: 140), background: .white, items: items)
        for format in OutputFormat.allCases {
            try AtomicFile.write(try engine.render(paragraphs, as: format, options: RenderOptions(scale: 2)),
                                 toPath: "\(dump)/paragraphs.\(format)")
        }
    }
}

extension String {
    func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
