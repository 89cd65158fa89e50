import Geometry
import Glibc
import Render
import Scene
import Testing

@Suite struct PDFBackendTests {
    let engine: RenderEngine

    init() throws {
        engine = try RenderFixtures.engine()
    }

    static var currentYear: String {
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        return String(1900 + Int(parts.tm_year))
    }

    @Test func withoutEpochThereIsNoDate() throws {
        let pdf = Blob(try engine.render(RenderFixtures.frame, as: .pdf))
        #expect(Array(pdf.bytes.prefix(5)) == Array("%PDF-".utf8))
        #expect(!pdf.contains("D:" + Self.currentYear))
        #expect(!pdf.contains("/CreationDate"))
        #expect(!pdf.contains("/ModDate"))
        #expect(!pdf.contains("20000101"))  // the placeholder given to Cairo
        #expect(pdf.contains("%%EOF"))
    }

    @Test func epochSetsBothDates() throws {
        // 2021-01-01T00:00:00Z
        let options = RenderOptions(sourceDateEpoch: 1_609_459_200)
        let pdf = Blob(try engine.render(RenderFixtures.frame, as: .pdf, options: options))
        #expect(pdf.contains("/CreationDate (D:20210101000000Z)"))
        #expect(pdf.contains("/ModDate (D:20210101000000Z)"))
        #expect(!pdf.contains("D:" + Self.currentYear))
        let again = try engine.render(RenderFixtures.frame, as: .pdf, options: options)
        #expect(pdf.bytes == again)
    }

    @Test func titleIsInTheMetadata() throws {
        let pdf = Blob(try engine.render(RenderFixtures.frame, as: .pdf))
        #expect(pdf.contains("/Title (Fixture <frame> & \"title\")"))
    }

    @Test func fontsAreEmbeddedSubsets() throws {
        let pdf = Blob(try engine.render(RenderFixtures.frame, as: .pdf))
        #expect(pdf.contains("+Inter-Regular"))
        #expect(pdf.contains("+JetBrainsMono-Regular"))
        #expect(pdf.contains("/FontFile"))
    }
}

@Suite struct PDFFontFaceTests {
    @Test func eachEmphasisUsesItsOwnFace() throws {
        let spans = [TextSpan("plain "), TextSpan("bold ", bold: true), TextSpan("italic ", italic: true),
                     TextSpan("both", bold: true, italic: true)]
        let frame = Frame(size: Size(width: 300, height: 40),
                          items: [.text(TextItem(spans: spans, style: TextStyle(size: 14),
                                                 box: Rect(x: 0, y: 0, width: 300, height: 40)))])
        let pdf = Blob(try RenderFixtures.engine().render(frame, as: .pdf))
        for face in ["+Inter-Regular", "+Inter-Bold", "+Inter-Italic", "+Inter-BoldItalic"] {
            #expect(pdf.contains(face), "\(face)")
        }
    }
}
