import Foundation
import Geometry
import Native
@testable import Render
import Scene
import Testing

/// Words shaped once (`WordLayouts`), lines drawn word by word (`placeWords`) and ASCII code
/// measured by arithmetic (`MonospacedWidths`) must place text where Pango would.
@Suite struct WordLayoutsTests {
    let fonts: FontLibrary
    let factory: TextLayoutFactory

    init() throws {
        fonts = try FontLibrary(directory: RenderFixtures.fontDirectory, requiredFiles: RenderEngine.requiredFontFiles)
        factory = TextLayoutFactory(fonts: fonts)
    }

    @Test func linesAreCutIntoWordsAndSpaces() throws {
        let pieces = try #require(WordPieces([TextSpan("run  the "), TextSpan("job", bold: true)]))
        #expect(pieces.pieces.map(\.run.text) == ["run", "  ", "the", " ", "job"])
        #expect(pieces.pieces.map(\.isSpace) == [false, true, false, true, false])
        #expect(pieces.pieces.last?.run.bold == true)
    }

    @Test func textThatMustBeLaidOutWholeIsRefused() {
        #expect(WordPieces([TextSpan("a\tb")]) == nil)  // tab stops depend on the line start
        #expect(WordPieces([TextSpan("top\nbottom")]) == nil)  // WordLines splits lines first
        #expect(WordPieces([TextSpan("see שלום here")]) == nil)  // right-to-left words reorder
        #expect(WordPieces([TextSpan("مرحبا")]) == nil)
        #expect(WordPieces([TextSpan("x \u{301}y")]) == nil)  // a mark would lose its base
        #expect(WordPieces([TextSpan("")]) == nil)
        #expect(WordPieces([TextSpan("Ship 🚀 now, naïve café")]) != nil)
    }

    @Test func aMeasuredWordIsTheLayoutThatIsDrawn() throws {
        let style = TextStyle(size: 16)
        let measured = try factory.size([TextSpan("handoff")], style: style, width: nil)
        let item = TextItem(spans: [TextSpan("handoff")], style: style, box: Rect(x: 0, y: 0, width: 200, height: 20),
                            alignment: .left)
        let lines = try #require(try factory.placeLines(item))
        #expect(lines.count == 1 && lines[0].line.words.count == 1)
        let drawn = try factory.words.layout(StyledRun("handoff"), font: TextLayoutFactory.font(style))
        #expect(lines[0].line.words[0] === drawn)
        #expect(drawn.size == measured)
    }

    @Test func aLineStartsAndEndsWhereTheWholeLineWould() throws {
        let style = TextStyle(size: 16)
        for text in ["The integrity job synchronizes the capacity dashboards.", "Restore -> verify, then (nightly) done",
                     "LevelDB and Postgres backups — 40 GiB", "naïve café Zürich", "Restore → verify"] {
            let whole = try factory.layout([TextSpan(text)], style: style, width: nil, alignment: .left)
            let item = TextItem(spans: [TextSpan(text)], style: style, box: Rect(x: 10, y: 20, width: 900, height: 30),
                                alignment: .left)
            let line = try #require(try factory.placeLines(item)?.first, "\(text)")
            let width = line.line.words.reduce(0) { $0 + $1.size.width }
            // The bundled fonts do not kern across spaces: the same advance, to the bit.
            #expect(width == whole.size.width, "\(text)")
            #expect(try factory.size([TextSpan(text)], style: style, width: nil) == whole.size)
            #expect(line.origin.x == 10)
            #expect(abs(line.origin.y - (20 + whole.baseline)) < 1e-9, "\(text)")
        }
        // A word in another font (CJK, emoji, a symbol, an icon) leaves the line to Pango: its
        // itemizer decides which font the spaces beside it take.
        for text in ["数据 备份 and 恢复", "Ship 🚀 now", "⎈ Envoy Proxy Pod", "Done ✅ now"] {
            let item = TextItem(spans: [TextSpan(text)], style: style, box: Rect(x: 0, y: 0, width: 900, height: 30))
            #expect(try factory.placeLines(item) == nil, "\(text)")
            let whole = try factory.layout([TextSpan(text)], style: style, width: nil, alignment: .left)
            #expect(try factory.size([TextSpan(text)], style: style, width: nil) == whole.size)
        }
    }

    @Test func centredAndRightAlignedLinesUseTheSummedWidth() throws {
        let style = TextStyle(size: 14)
        let box = Rect(x: 0, y: 0, width: 300, height: 20)
        let left = try #require(try factory.placeLines(TextItem(spans: [TextSpan("a b c")], style: style, box: box, alignment: .left))?.first)
        let right = try #require(try factory.placeLines(TextItem(spans: [TextSpan("a b c")], style: style, box: box, alignment: .right))?.first)
        let centre = try #require(try factory.placeLines(TextItem(spans: [TextSpan("a b c")], style: style, box: box, alignment: .center))?.first)
        let width = left.line.words.reduce(0) { $0 + $1.size.width }
        #expect(left.line.words.count == 5)
        #expect(abs(right.origin.x + width - 300) < 1e-9)
        #expect(abs(centre.origin.x * 2 - right.origin.x) < 1e-9)
    }

    @Test func severalLinesStackAndAlignAsALayoutWould() throws {
        let style = TextStyle(size: 16)
        for (spans, alignment) in [([TextSpan("API gateway\nJWT, scope")], TextAlignment.center),
                                   ([TextSpan("Ship "), TextSpan("it\nnow", bold: true), TextSpan(" and later")], .left),
                                   ([TextSpan("a\nmuch longer second line\nthird")], .right)] {
            let whole = try factory.layout(spans, style: style, width: nil, alignment: alignment)
            #expect(try factory.size(spans, style: style, width: nil) == whole.size)
            let box = Rect(x: 5, y: 7, width: whole.size.width + 40, height: whole.size.height)
            let placed = try #require(try factory.placeLines(TextItem(spans: spans, style: style, box: box, alignment: alignment)))
            let pango = whole.lines
            #expect(placed.count == pango.count)
            let slack = alignment == .left ? 0 : alignment == .center ? 20.0 : 40.0
            for (line, expected) in zip(placed, pango) {
                #expect(abs(line.origin.y - (7 + expected.baseline)) < 1e-9)
                let left = expected.segments.map(\.x).min() ?? 0
                #expect(abs(line.origin.x - (5 + slack + left)) < 1e-6, "\(spans)")
            }
        }
        // An empty line keeps the whole layout (its height is the font's, which no word has).
        #expect(WordLines([TextSpan("top\n\nbottom")]) == nil)
        #expect(WordLines([TextSpan("top\n")]) == nil)
    }

    @Test func directlyShapedWordsMeasureAsLayoutsDo() throws {
        var words: Set<String> = ["🚀", "⚠️", "naïve", "日本語", "→", "✓", " ", "   ", "fi", "office", "Tw", "AV", "x\u{301}"]
        for text in try Self.repositoryLines() {
            for word in text.split(separator: " ") { words.insert(String(word)) }
        }
        #expect(words.count > 1000)
        var direct = 0, whole = 0
        for (font, run) in [(FontSpec(family: "Inter", size: 10.5), { StyledRun($0) }),
                            (FontSpec(family: "Inter", size: 14.7, weight: 700), { StyledRun($0) }),
                            (FontSpec(family: "Inter", size: 12), { StyledRun($0, bold: true, italic: true) }),
                            (FontSpec(family: "JetBrains Mono", size: 8.82), { StyledRun($0) })] as [(FontSpec, (String) -> StyledRun)] {
            for word in words {
                let shaped = try ShapedWord(library: fonts, run: run(word), font: font)
                let layout = try TextLayout(library: fonts, runs: [run(word)], font: font, width: nil, alignment: .left)
                #expect(shaped.size == layout.size, "\(word) \(font)")
                #expect(shaped.baseline == layout.baseline, "\(word) \(font)")
                if shaped.isShapedDirectly { direct += 1 } else { whole += 1 }
            }
        }
        // Most words take the direct path; colour emoji and mixed-font words keep a layout.
        #expect(direct > whole * 10)
        #expect(try !ShapedWord(library: fonts, run: StyledRun("🚀"), font: FontSpec(family: "Inter", size: 10)).isShapedDirectly)
        #expect(try ShapedWord(library: fonts, run: StyledRun("handoff"), font: FontSpec(family: "Inter", size: 10)).isShapedDirectly)
    }

    /// Every line of the repository's own documents and decks.
    static func repositoryLines() throws -> Set<String> {
        var lines: Set<String> = []
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        for folder in ["docs", "decks", "bench/doc"] {
            let directory = root.appendingPathComponent(folder)
            for name in (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [] where name.hasSuffix(".md") {
                let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
                for line in text.split(separator: "\n") { lines.insert(String(line)) }
            }
        }
        return lines
    }

    @Test func monospacedArithmeticMatchesShapingOnRealCode() throws {
        let measuring = try TextMeasuringLayout(library: fonts)
        let lines = try Self.repositoryLines().union(["->", "=>", "!=", "===", "<=>", "www", "fi ff", "/* */", "0x7E && ~0",
                                                         "|| ::", "#{}[]"])
        #expect(lines.count > 500)
        var checked = 0
        for size in [9.0, 10.5, 13.0] {
            let font = FontSpec(family: "JetBrains Mono", size: size)
            for line in lines {
                guard let fast = factory.monospaced.size(of: line, font: font) else { continue }
                let shaped = measuring.size(of: [StyledRun(line)], font: font, width: nil, alignment: .left)
                #expect(fast == shaped, "\(line)")
                checked += 1
            }
        }
        #expect(checked > 1000)
        // Proportional fonts and non-ASCII text are shaped.
        #expect(factory.monospaced.size(of: "iiii", font: FontSpec(family: "Inter", size: 16)) == nil)
        #expect(factory.monospaced.size(of: "naïve", font: FontSpec(family: "JetBrains Mono", size: 10)) == nil)
    }

    @Test func eachFaceAndSizeIsProbedOnce() throws {
        let fresh = MonospacedWidths(library: fonts)
        for _ in 0..<3 {
            for size in [9.0, 10.0, 11.5] {
                _ = fresh.size(of: "let x = 1", font: FontSpec(family: "JetBrains Mono", size: size))
                _ = fresh.size(of: "Body text", font: FontSpec(family: "Inter", size: size))
                _ = fresh.size(of: "Bold text", font: FontSpec(family: "Inter", size: size, weight: 700))
            }
        }
        // JetBrains Mono: "iW" and all of ASCII, then "0" at each size; Inter regular and
        // bold: "iW" each, which turns them away.
        #expect(fresh.shapedProbes == 2 + 3 + 2)
        // Too small to decide a face: measured by shaping, and nothing is remembered.
        #expect(fresh.size(of: "x", font: FontSpec(family: "Inter", size: 3, italic: true)) == nil)
        #expect(fresh.shapedProbes == 7)
    }
}
