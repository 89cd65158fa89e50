import Diagnostics
import Foundation
import Native
import Testing
import Trellis

/// Image nodes read local files relative to the diagram, never the network.
@Suite struct ImageNodeTests {
    static var imageFixtures: URL { TestPaths.packageRoot.appendingPathComponent("Tests/Fixtures/Images") }

    static func compile(_ text: String, name: String = "diagram.mmd", base: String? = nil) throws -> DiagramCompilation {
        let compiler = try DiagramCompiler(fontDirectory: TestPaths.fonts)
        return compiler.compile(SourceFile(name: name, text: text), options: DiagramOptions(baseDirectory: base))
    }

    @Test func localImagesAreDrawnInEveryFormat() throws {
        let text = """
        flowchart LR
          A@{ img: "halves.svg", label: "vector", h: 40 }
          B@{ img: "halves.jpg", w: 64 }
          A --> B
        """
        let result = try Self.compile(text, base: Self.imageFixtures.path)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        let frame = try #require(result.frame)
        let compiler = try DiagramCompiler(fontDirectory: TestPaths.fonts)
        let svg = String(decoding: try compiler.render(frame, as: .svg), as: UTF8.self)
        #expect(svg.components(separatedBy: "<image ").count == 3)
        #expect(svg.contains("href=\"data:image/svg+xml;base64,"))
        #expect(svg.contains("href=\"data:image/jpeg;base64,"))
        let png = try PNGDecoder.argbPixels(try compiler.render(frame, as: .png))
        // Both pictures are red on the left: count clearly red pixels (80x40 + 64x32, minus edges).
        let red = png.pixels.filter { ($0 >> 16 & 0xFF) > 200 && ($0 >> 8 & 0xFF) < 60 && ($0 & 0xFF) < 60 }.count
        #expect(red > 2000, "red pixels: \(red)")
        let pdf = try compiler.render(frame, as: .pdf)
        #expect(pdf.count > 1000)
    }

    @Test func pathsAreRelativeToTheDiagramFile() throws {
        let name = Self.imageFixtures.appendingPathComponent("virtual.mmd").path
        let result = try Self.compile("flowchart TD\n  A@{ img: \"halves.svg\" }\n", name: name)
        #expect(result.diagnostics.isEmpty)
        #expect(result.frame != nil)
    }

    @Test func missingFileIsAnErrorAtTheValue() throws {
        let text = "flowchart TD\n  A --> B\n  B@{ img: \"nowhere/missing.png\", w: 10 }\n"
        let result = try Self.compile(text, base: Self.imageFixtures.path)
        #expect(result.frame == nil)
        let error = try #require(result.diagnostics.first)
        #expect(error.id == "trellis.image-not-found")
        #expect(error.severity == .error)
        let location = SourceFile(name: "d", text: text).location(of: error.range.start)
        #expect(location.line == 3 && location.column == 12)
    }

    @Test func corruptFileIsAnError() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("trellis-image-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3]).write(to: directory.appendingPathComponent("bad.png"))
        try Data("hello".utf8).write(to: directory.appendingPathComponent("text.png"))
        let result = try Self.compile("flowchart TD\n  A@{ img: \"bad.png\" }\n  B@{ img: \"text.png\" }\n", base: directory.path)
        #expect(result.frame == nil)
        #expect(result.diagnostics.map(\.id) == ["trellis.image-unreadable", "trellis.image-unreadable"])
    }

    @Test func remoteImageIsAPlaceholderNotAFetch() throws {
        let result = try Self.compile("flowchart TD\n  A@{ img: \"https://example.invalid/x.png\", w: 30, h: 20 }\n")
        #expect(result.diagnostics.map(\.id) == ["mermaid.remote-image"])
        let frame = try #require(result.frame)
        let compiler = try DiagramCompiler(fontDirectory: TestPaths.fonts)
        let svg = String(decoding: try compiler.render(frame, as: .svg), as: UTF8.self)
        #expect(!svg.contains("<image"))
        #expect(!svg.contains("example.invalid"))
        #expect(svg.contains("image-placeholder"))
    }
}

/// Font Awesome icons are text in the bundled icon font: embedded in PDF, named in SVG.
@Suite struct IconOutputTests {
    @Test func iconsAreTextInTheIconFont() throws {
        let compiler = try DiagramCompiler(fontDirectory: TestPaths.fonts)
        let source = SourceFile(name: "icons.mmd", text: """
        flowchart LR
          A["fa:fa-car Car"] --> B@{ icon: "fa:user", form: "circle", label: "User" }
        """)
        let result = compiler.compile(source)
        #expect(result.diagnostics.isEmpty)
        let frame = try #require(result.frame)
        let pdf = String(decoding: try compiler.render(frame, as: .pdf), as: UTF8.self)
        #expect(pdf.contains("+FontAwesome"), "icon font subset embedded in the PDF")
        let svg = String(decoding: try compiler.render(frame, as: .svg), as: UTF8.self)
        #expect(svg.contains("font-family=\"FontAwesome"), "icon node glyph in the icon font")
        #expect(svg.contains("font-family=\"Inter, FontAwesome"), "label icon falls back to the icon font")
        #expect(svg.contains("\u{f1b9}") && svg.contains("\u{f007}"))
    }
}
