import Scene
import Testing

/// `Color(css:)` lives in Scene, which has no test target of its own.
@Suite struct ColorCSSTests {
    @Test func hexForms() {
        #expect(Color(css: "#f00") == Color(rgb: 0xFF0000))
        #expect(Color(css: "#FF000080") == Color(rgb: 0xFF0000, alpha: 128.0 / 255))
        #expect(Color(css: "#0f08")?.alpha == 136.0 / 255)
        #expect(Color(css: "#ececff") == Color(rgb: 0xECECFF))
        #expect(Color(css: "#12345") == nil)
        #expect(Color(css: "#ggg") == nil)
    }

    @Test func namedColours() {
        #expect(Color(css: "Sienna") == Color(rgb: 0xA0522D))
        #expect(Color(css: "green") == Color(rgb: 0x008000))
        #expect(Color(css: "DarkGray") == Color(rgb: 0xA9A9A9))
        #expect(Color(css: "rebeccapurple") == Color(rgb: 0x663399))
        #expect(Color(css: "transparent")?.alpha == 0)
        #expect(Color(css: "notacolour") == nil)
        #expect(Color(css: " red !important") == Color(rgb: 0xFF0000))
    }

    @Test func functions() {
        #expect(Color(css: "rgb(255, 0, 0)") == Color(rgb: 0xFF0000))
        #expect(Color(css: "rgba(232,232,232,0.8)") == Color(rgb: 0xE8E8E8, alpha: 0.8))
        #expect(Color(css: "rgb(0 0 255 / 50%)") == Color(rgb: 0x0000FF, alpha: 0.5))
        #expect(Color(css: "rgb(100%, 0%, 0%)") == Color(rgb: 0xFF0000))
        #expect(Color(css: "hsl(120, 100%, 25%)")?.hex == "#008000")
        #expect(Color(css: "hsl(0, 0%, 98.9215686275%)")?.hex == "#fcfcfc")
        #expect(Color(css: "hsla(240deg, 100%, 50%, 0.5)")?.hex == "#0000ff80")
        #expect(Color(css: "rgb(1,2)") == nil)
        #expect(Color(css: "foo(1,2,3)") == nil)
    }
}
