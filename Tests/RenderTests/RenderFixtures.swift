import Geometry
import Render
import Scene

/// Shared inputs for the render tests: the package's fonts and a small hand-built frame.
enum RenderFixtures {
    /// `<package root>/fonts`, found from this file's path.
    static var fontDirectory: String {
        var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)  // RenderFixtures.swift, RenderTests, Tests
        return parts.joined(separator: "/") + "/fonts"
    }

    static func engine() throws -> RenderEngine {
        try RenderEngine(fontDirectory: fontDirectory)
    }

    /// A node, an edge, a clipped and transformed group, and escaped, wrapped, styled text.
    static var frame: Frame {
        let node = GroupItem([
            .shape(ShapeItem(path: .roundedRect(Rect(x: 20, y: 20, width: 140, height: 60), radius: 8),
                             fill: Color(rgb: 0xECECFF), stroke: StrokeStyle(color: Color(rgb: 0x9370DB), width: 1.5),
                             tag: Tag.class("shape"))),
            .text(TextItem(spans: [TextSpan("Start <script>alert(1)</script> & go")],
                           style: TextStyle(size: 14, color: Color(rgb: 0x333333)),
                           box: Rect(x: 30, y: 28, width: 120, height: 44), alignment: .center, wraps: true,
                           tag: Tag.class("label"))),
        ], tag: Tag(classes: ["node"], data: [Tag.KeyValue("id", "A")]))
        let edge = ShapeItem(path: .polyline([Point(x: 160, y: 50), Point(x: 230, y: 50), Point(x: 230, y: 110)]),
                             stroke: StrokeStyle(color: Color(rgb: 0x333333), width: 2, dash: [4, 3], lineCap: .round),
                             tag: Tag.class("edge"))
        let badge = GroupItem([
            .shape(ShapeItem(path: .ellipse(in: Rect(x: 0, y: 0, width: 80, height: 80)),
                             fill: Color(rgb: 0xFF8800, alpha: 0.5))),
            .text(TextItem(spans: [TextSpan("Bold", bold: true), TextSpan(" and "), TextSpan("italic", italic: true)],
                           style: TextStyle(size: 12), box: Rect(x: 0, y: 30, width: 80, height: 16), alignment: .left)),
        ], transform: .translation(190, 110), clip: .rect(Rect(x: 0, y: 0, width: 60, height: 60)),
           tag: Tag.class("badge"))
        let code = TextItem(spans: [TextSpan("let x = 1\nright")],
                            style: TextStyle(family: "JetBrains Mono", size: 11, color: Color(rgb: 0x0000AA)),
                            box: Rect(x: 20, y: 130, width: 140, height: 30), alignment: .right)
        return Frame(size: Size(width: 320, height: 200), background: .white,
                     items: [.group(node), .shape(edge), .group(badge), .text(code)],
                     title: "Fixture <frame> & \"title\"", summary: "A small frame")
    }

}

/// Output bytes that print as their size in failed expectations, not as thousands of numbers.
struct Blob: CustomStringConvertible {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var description: String { "\(bytes.count) bytes" }

    func contains(_ text: String) -> Bool {
        let needle = Array(text.utf8)
        guard bytes.count >= needle.count, !needle.isEmpty else { return false }
        for i in 0...(bytes.count - needle.count) where bytes[i] == needle[0] {
            if bytes[i..<(i + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}
