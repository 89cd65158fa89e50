import Diagnostics
import Flowchart
import Scene
import Testing
@testable import FlowchartScene

/// Theme colours: the built-in themes against mermaid's values, and `base` derivations.
@Suite struct ThemeVariablesTests {
    func near(_ a: Double, _ b: Double, _ tolerance: Double = 0.01) -> Bool { abs(a - b) <= tolerance }

    func hsl(_ color: Color) -> ColorMath.HSL { ColorMath.hsl(of: color) }

    /// Compiles source text and draws it with the fake measurer.
    func frame(_ text: String, options: FlowchartSceneOptions = FlowchartSceneOptions()) throws -> Frame {
        let (diagram, diagnostics) = FlowchartCompiler.compile(SourceFile(name: "t.mmd", text: text))
        #expect(!diagnostics.hasErrors)
        return Fixtures.draw(try #require(diagram), options: options).frame
    }

    @Test func colourMathMatchesKhromaSemantics() {
        let red = Color(rgb: 0xFF0000)
        #expect(ColorMath.adjust(red, hue: 120).hex == "#00ff00")
        #expect(ColorMath.adjust(red, hue: -120).hex == "#0000ff")
        #expect(ColorMath.invert(Color(rgb: 0xF4F4F4)).hex == "#0b0b0b")
        #expect(ColorMath.darken(Color(rgb: 0x808080), 10).hex == "#676767")
        #expect(ColorMath.lighten(.black, 150) == .white)
        #expect(ColorMath.mix(.black, .white, weight: 0.5).hex == "#808080")
        let gray = hsl(Color(rgb: 0x999999))
        #expect(gray.saturation == 0 && near(gray.lightness, 60))
    }

    @Test func builtInThemesMatchMermaidReference() throws {
        // Values read from mermaid.js's reference SVGs (default, neutral) and its theme sources (dark, forest).
        let expected: [(String, UInt32, UInt32, UInt32, UInt32, UInt32)] = [
            ("default", 0xECECFF, 0x9370DB, 0x333333, 0xFFFFDE, 0xAAAA33),
            ("neutral", 0xEEEEEE, 0x999999, 0x666666, 0xFCFCFC, 0x707070),
            ("dark", 0x1F2020, 0xCCCCCC, 0xD3D3D3, 0x474949, 0x000000),
            ("forest", 0xCDE498, 0x13540C, 0x000000, 0xCDFFB2, 0x6EAA49),
        ]
        for (name, fill, stroke, line, clusterFill, clusterStroke) in expected {
            let theme = try #require(FlowchartTheme.named(name, variables: [:]))
            #expect(theme.nodeFill == Color(rgb: fill), "\(name)")
            #expect(theme.nodeStroke == Color(rgb: stroke), "\(name)")
            #expect(theme.line == Color(rgb: line), "\(name)")
            #expect(theme.clusterFill == Color(rgb: clusterFill), "\(name)")
            if name != "dark" { #expect(theme.clusterStroke == Color(rgb: clusterStroke), "\(name)") }
        }
        #expect(FlowchartTheme.named("neutral")?.edgeLabelBackground == .white)
        #expect(FlowchartTheme.named("BASE")?.name == "base")
    }

    @Test func baseThemeDefaultsAreMermaidsDerivedColours() {
        // mermaid's base theme SVGs: node border hsl(40.588, 60%, 83.333%), cluster
        // hsl(220.588, 100%, 98.333%) with border hsl(220.588, 60%, 88.333%).
        let base = FlowchartTheme.base
        #expect(base.nodeFill == Color(rgb: 0xFFF4DD))
        let border = hsl(base.nodeStroke)
        #expect(near(border.hue, 40.588) && near(border.saturation, 60) && near(border.lightness, 83.333))
        let cluster = hsl(base.clusterFill)
        #expect(near(cluster.hue, 220.588) && near(cluster.saturation, 100) && near(cluster.lightness, 98.333))
        let clusterBorder = hsl(base.clusterStroke)
        #expect(near(clusterBorder.saturation, 60) && near(clusterBorder.lightness, 88.333))
        let label = hsl(base.edgeLabelBackground)
        #expect(near(label.hue, 280.588) && near(label.lightness, 93.333))
        #expect(base.line.hex == "#0b0b0b")
        #expect(base.nodeText == Color(rgb: 0x333333))
        #expect(base.background == .white)
    }

    @Test func baseThemeDerivesFromPrimaryColor() throws {
        let theme = FlowchartThemeVariables.base(["primaryColor": "#BB2528"])
        #expect(theme.nodeFill == Color(rgb: 0xBB2528))
        // mkBorder: saturation -40, lightness -10 points.
        let primary = hsl(Color(rgb: 0xBB2528)), border = hsl(theme.nodeStroke)
        #expect(near(border.hue, primary.hue) && near(border.saturation, primary.saturation - 40))
        #expect(near(border.lightness, primary.lightness - 10))
        #expect(theme.nodeStroke.hex == "#6e3f40")
        // Secondary by -120° hue is the edge label background; tertiary (+180°, +5 l) the cluster.
        #expect(near(hsl(theme.edgeLabelBackground).hue, primary.hue - 120))
        let tertiary = hsl(theme.clusterFill)
        #expect(near(tertiary.hue, primary.hue - 180) && near(tertiary.lightness, primary.lightness + 5))
        #expect(theme.clusterTitle == ColorMath.invert(theme.clusterFill))
        #expect(theme.nodeText == Color(rgb: 0x333333))
    }

    @Test func givenVariablesWinOverDerivedOnes() {
        let theme = FlowchartThemeVariables.base([
            "primaryColor": "#BB2528", "primaryTextColor": "#fff", "primaryBorderColor": "#7C0000",
            "lineColor": "#F8B229", "secondaryColor": "#006100", "tertiaryColor": "#fff", "titleColor": "navy",
            "fontFamily": "Fira Code, monospace", "fontSize": "20px",
        ])
        #expect(theme.nodeText == .white)
        #expect(theme.nodeStroke == Color(rgb: 0x7C0000))
        #expect(theme.line == Color(rgb: 0xF8B229))
        #expect(theme.edgeLabelBackground == Color(rgb: 0x006100))
        #expect(theme.clusterFill == .white)
        #expect(theme.clusterTitle == Color(rgb: 0x000080))
        #expect(theme.fontFamily == "JetBrains Mono")
        #expect(theme.fontSize == 20)
        let dark = FlowchartThemeVariables.base(["darkMode": "true", "primaryColor": "#1f2020"])
        #expect(dark.nodeText == Color(rgb: 0xEEEEEE))
        #expect(near(hsl(dark.nodeStroke).lightness, hsl(Color(rgb: 0x1F2020)).lightness + 10))
    }

    @Test func namedThemesTakeFlowchartVariablesOnly() {
        let theme = FlowchartThemeVariables.overriding(.default, with: [
            "primaryColor": "#ff0000", "nodeBorder": "#00ff00", "edgeLabelBackground": "transparent",
        ])
        #expect(theme.nodeFill == Color(rgb: 0xECECFF))  // mermaid's default keeps mainBkg constant
        #expect(theme.nodeStroke == Color(rgb: 0x00FF00))
        #expect(theme.edgeLabelBackground == .transparent)
        let dark = FlowchartThemeVariables.overriding(.dark, with: ["mainBkg": "#000000", "border1": "#ff0000",
                                                                    "textColor": "#00ff00", "nodeBorder": "#0000ff"])
        #expect(dark.nodeFill == .black && dark.nodeStroke == Color(rgb: 0x0000FF))
        #expect(near(hsl(dark.clusterFill).lightness, 16))  // secondBkg = lighten(mainBkg, 16)
        #expect(dark.nodeText == Color(rgb: 0x00FF00) && dark.clusterTitle == Color(rgb: 0xF9FFFE))
        let plain = FlowchartThemeVariables.overriding(.default, with: ["textColor": "#00ff00", "border2": "red"])
        #expect(plain.clusterTitle == Color(rgb: 0x00FF00) && plain.clusterStroke == Color(rgb: 0xFF0000))
        #expect(FlowchartThemeVariables.bundledFamily(for: "\"trebuchet ms\", verdana, arial") == "Inter")
        #expect(FlowchartThemeVariables.bundledFamily(for: "'Courier New'") == "JetBrains Mono")
    }

    @Test func frontMatterThemeVariablesReachTheDrawing() throws {
        let drawn = try frame("""
        ---
        config:
          theme: base
          themeVariables:
            primaryColor: "#BB2528"
            fontSize: 24px
        ---
        flowchart LR
          A --> B
        """)
        let node = try #require(Fixtures.groups(drawn, "node").first)
        #expect(Fixtures.shapes(node).first?.fill == Color(rgb: 0xBB2528))
        #expect(Fixtures.texts(node).first?.style.size == 24)
        // frigate's corpus file: a transparent edge label background on the default theme.
        let frigate = try frame("""
        %%{init: {"themeVariables": {"edgeLabelBackground": "transparent"}}}%%
        flowchart TD
          A -->|x| B
        """)
        let label = try #require(Fixtures.groups(frigate, "edge-label").first)
        #expect(Fixtures.shapes(label).first?.fill == .transparent)
        // --theme wins over the diagram's theme, the diagram's variables still apply.
        let forced = try frame("""
        %%{init: {"theme": "forest", "themeVariables": {"nodeBorder": "#ff0000"}}}%%
        flowchart TD
          A --> B
        """, options: FlowchartSceneOptions(theme: "dark"))
        #expect(forced.background == Color(rgb: 0x333333))
        #expect(Fixtures.groups(forced, "node").first.flatMap { Fixtures.shapes($0).first }?.stroke?.color == Color(rgb: 0xFF0000))
    }
}
