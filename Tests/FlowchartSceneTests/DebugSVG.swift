import Foundation
import Geometry
import Scene

/// A minimal SVG writer in the Trellis convention, for looking at test drawings by eye
/// (`TRELLIS_SVG_DIR=/tmp/x swift test`) and for `layout_metrics.py --dialect trellis`.
/// Text is approximated with `<text>`; the real SVG backend lives in Render.
enum DebugSVG {
    static func write(_ frame: Frame, name: String) {
        guard let dir = ProcessInfo.processInfo.environment["TRELLIS_SVG_DIR"] else { return }
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(frame.size.width.formatted2)\" "
            + "height=\"\(frame.size.height.formatted2)\" font-family=\"Inter\">\n"
        if let bg = frame.background {
            out += "<rect width=\"100%\" height=\"100%\" fill=\"\(bg.hex)\"/>\n"
        }
        for item in frame.items { out += svg(item) }
        out += "</svg>\n"
        try? out.write(toFile: dir + "/" + name + ".svg", atomically: true, encoding: .utf8)
    }

    static func attributes(_ tag: Tag) -> String {
        var s = tag.classes.isEmpty ? "" : " class=\"\(tag.classes.joined(separator: " "))\""
        for kv in tag.data { s += " data-\(kv.key)=\"\(kv.value)\"" }
        return s
    }

    static func svg(_ item: Item) -> String {
        switch item {
        case .group(let g):
            return "<g\(attributes(g.tag))>\n" + g.items.map(svg).joined() + "</g>\n"
        case .shape(let s):
            var a = " d=\"\(FrameDump.path(s.path))\" fill=\"\(s.fill?.hex ?? "none")\""
            if let st = s.stroke {
                a += " stroke=\"\(st.color.hex)\" stroke-width=\"\(st.width.formatted2)\""
                if !st.dash.isEmpty { a += " stroke-dasharray=\"\(st.dash.map(\.formatted2).joined(separator: " "))\"" }
            }
            return "<path\(attributes(s.tag))\(a)/>\n"
        case .text(let t):
            let lines = t.plainText.split(separator: "\n", omittingEmptySubsequences: false)
            let lineHeight = t.box.height / Double(max(1, lines.count))
            return lines.enumerated().map { i, line in
                let y = t.box.minY + lineHeight * (Double(i) + 0.75)
                return "<text\(attributes(t.tag)) x=\"\(t.box.midX.formatted2)\" y=\"\(y.formatted2)\" "
                    + "text-anchor=\"middle\" font-size=\"\(t.style.size.formatted2)\" fill=\"\(t.style.color.hex)\""
                    + (t.style.weight >= 700 ? " font-weight=\"bold\"" : "") + ">\(line)</text>\n"
            }.joined()
        case .image(let i):
            let r = i.rect
            return "<rect\(attributes(i.tag)) x=\"\(r.minX.formatted2)\" y=\"\(r.minY.formatted2)\" width=\"\(r.width.formatted2)\" "
                + "height=\"\(r.height.formatted2)\" fill=\"none\" stroke=\"#999\" stroke-dasharray=\"2 2\"/>\n"
        }
    }
}
