import Diagnostics
import Flowchart
import FlowchartScene
import Foundation
import Native
import Render
import Scene
import Testing

/// Small 1x golden PNGs of what Trellis draws: every shape family, every theme, every
/// arrowhead and every curve kind, laid out by `GoldenLayout` so they do not move when the
/// layered layout changes. `TRELLIS_RECORD=1` re-records them; a mismatch names a diff image.
@Suite struct RenderGoldenTests {
    let engine: RenderEngine

    init() throws {
        engine = try RenderEngine(fontDirectory: TestPaths.fonts)
    }

    func png(_ text: String, columns: Int = GoldenLayout.columns, images: [String: ImageSource] = [:]) throws -> [UInt8] {
        let (compiled, diagnostics) = FlowchartCompiler.compile(SourceFile(name: "golden.mmd", text: text))
        #expect(!diagnostics.hasErrors, "\(diagnostics.map(\.message))")
        let diagram = try #require(compiled)
        let drawing = FlowchartSceneBuilder.draw(diagram, measurer: engine.measurer, options: FlowchartSceneOptions(images: images),
                                                 layoutEngine: { GoldenLayout.run($0, columns: columns) })
        return try engine.render(drawing.frame, as: .png)
    }

    static func nodes(_ shapes: [String]) -> String {
        "flowchart LR\n" + shapes.enumerated().map { "  n\($0.offset)@{ shape: \($0.element), label: \"\($0.element)\" }" }
            .joined(separator: "\n") + "\n"
    }

    static let shapeFamilies: [(String, [String])] = [
        ("polygons", ["rect", "diam", "hex", "odd", "lean-r", "lean-l", "trap-b", "trap-t", "notch-rect", "notch-pent",
                      "tri", "flip-tri", "sl-rect", "hourglass", "bolt", "fork"]),
        ("boxes", ["fr-rect", "lin-rect", "win-pane", "div-rect", "datastore", "text", "tag-rect", "st-rect"]),
        ("round", ["rounded", "stadium", "circle", "dbl-circ", "sm-circ", "f-circ", "fr-circ", "cross-circ", "delay",
                   "curv-trap", "bow-rect", "cloud", "bang"]),
        ("cylinders", ["cyl", "lin-cyl", "h-cyl"]),
        ("documents", ["doc", "lin-doc", "tag-doc", "docs", "flag"]),
        ("braces", ["brace", "brace-r", "braces"]),
    ]

    @Test(arguments: shapeFamilies.map(\.0))
    func shapeFamily(_ family: String) throws {
        let shapes = try #require(Self.shapeFamilies.first { $0.0 == family }?.1)
        try GoldenImage.check(try png(Self.nodes(shapes), columns: 6), named: "shapes-\(family)")
    }

    @Test func classicBracketShapes() throws {
        let text = """
        flowchart LR
          A[rect] --- B(round) --- C([stadium]) --- D[[sub]] --- E[(db)] --- F((circle)) --- G>odd]
          H{diamond} --- I{{hex}} --- J[/lean r/] --- K[\\lean l\\] --- L[/trap\\] --- M[\\trap t/] --- N(((double)))
        """
        try GoldenImage.check(try png(text, columns: 7), named: "shapes-classic")
    }

    static let themeDiagram = """
    flowchart LR
      subgraph S[Group]
        A[Start] --> B{Ok?}
      end
      B -- yes --> C([Done])
      B -.-> D[(Store)]
    """

    @Test(arguments: ["default", "neutral", "dark", "forest"])
    func theme(_ name: String) throws {
        let text = "---\nconfig:\n  theme: \(name)\n---\n" + Self.themeDiagram
        try GoldenImage.check(try png(text, columns: 2), named: "theme-\(name)")
    }

    @Test func baseThemeWithVariables() throws {
        let text = """
        ---
        config:
          theme: base
          themeVariables:
            primaryColor: "#ffcc99"
            primaryBorderColor: "#cc6600"
            primaryTextColor: "#402000"
            lineColor: "#336699"
            clusterBkg: "#eef6ff"
            clusterBorder: "#336699"
        ---
        """ + "\n" + Self.themeDiagram
        try GoldenImage.check(try png(text, columns: 2), named: "theme-base-variables")
    }

    static let arrowheads: [(String, String)] = [
        ("point", "A --> B\n  C ==> D\n  E -.-> F"),
        ("circle", "A --o B\n  C ==o D\n  E -.-o F"),
        ("cross", "A --x B\n  C ==x D\n  E -.-x F"),
        ("both-ends", "A <--> B\n  C o--o D\n  E x--x F"),
        ("styled", "A --> B\n  C --> D\n  E --- F\n  linkStyle 0 stroke:#d9480f,stroke-width:3px\n  linkStyle 1 stroke:#2b8a3e,stroke-width:1px"),
    ]

    @Test(arguments: arrowheads.map(\.0))
    func arrowhead(_ name: String) throws {
        let body = try #require(Self.arrowheads.first { $0.0 == name }?.1)
        try GoldenImage.check(try png("flowchart LR\n  " + body + "\n", columns: 2), named: "arrow-\(name)")
    }

    @Test(arguments: ["basis", "linear", "step", "stepBefore", "stepAfter", "bumpX", "bumpY"])
    func curve(_ name: String) throws {
        let text = """
        %%{init: {"flowchart": {"curve": "\(name)"}}}%%
        flowchart LR
          A --> B
          A --> C
          B --> D
          A --> D
        """
        try GoldenImage.check(try png(text, columns: 2), named: "curve-\(name)")
    }

    @Test func imageAndIconNodes() throws {
        let folder = TestPaths.packageRoot.appendingPathComponent("Tests/Fixtures/Images")
        var images: [String: ImageSource] = [:]
        for name in ["halves.svg", "halves.jpg"] {
            let bytes = try #require(FileManager.default.contents(atPath: folder.appendingPathComponent(name).path))
            images[name] = try ImageSourceReader.source(from: Array(bytes))
        }
        let text = """
        flowchart LR
          A@{ img: "halves.svg", label: "SVG", pos: "t", h: 40, constraint: "on" }
          B@{ img: "halves.jpg", label: "JPEG", w: 64 }
          C@{ img: "https://example.com/x.png", label: "remote", w: 48, h: 32 }
          D@{ icon: "fa:user", form: "square", label: "User", pos: "t", h: 40 }
          E@{ icon: "fa:database", form: "circle", label: "DB", h: 32 }
          F@{ icon: "fa:cloud", form: "rounded", h: 32 }
          G["fa:fa-twitter for peace"] --> H(fa:fa-ban forbidden)
        """
        try GoldenImage.check(try png(text, columns: 4, images: images), named: "nodes-image-icon")
    }

    /// A golden can fail: a drawing one pixel column off is caught and a diff image is written.
    @Test func mismatchIsDetected() throws {
        let original = try png("flowchart LR\n  A --> B\n", columns: 2)
        let decoded = try PNGDecoder.argbPixels(original)
        let moved = try png("flowchart LR\n  A --> B2\n", columns: 2)
        let other = try PNGDecoder.argbPixels(moved)
        let differing = zip(decoded.pixels, other.pixels).filter { pair in GoldenImage.isDifferent(pair.0, pair.1) }.count
        #expect(decoded.width != other.width || differing > GoldenImage.allowedDifferentPixels)
        let diff = try GoldenImage.diffImage(expected: original, width: decoded.width, height: decoded.height, different: [0, 1, 2])
        let pixels = try PNGDecoder.argbPixels(diff).pixels
        #expect(pixels[0] == 0xFFFF_0000 && pixels[3] != 0xFFFF_0000)
    }
}
