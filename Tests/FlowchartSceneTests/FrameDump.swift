import Geometry
import Scene

/// A stable text listing of a frame: one line per item, indented by nesting, numbers rounded
/// to two decimals. Used for golden-file snapshots.
enum FrameDump {
    static func dump(_ frame: Frame) -> String {
        var lines = ["frame \(frame.size) background \(frame.background?.hex ?? "none")"
            + (frame.title.map { " title \"\($0)\"" } ?? "")]
        for item in frame.items { dump(item, depth: 1, into: &lines) }
        return lines.joined(separator: "\n") + "\n"
    }

    static func dump(_ item: Item, depth: Int, into lines: inout [String]) {
        let indent = String(repeating: "  ", count: depth)
        switch item {
        case .group(let group):
            var line = indent + "group" + tag(group.tag)
            if !group.transform.isIdentity { line += " transform" }
            if group.clip != nil { line += " clip" }
            lines.append(line)
            for child in group.items { dump(child, depth: depth + 1, into: &lines) }
        case .shape(let shape):
            var line = indent + "shape" + tag(shape.tag)
            line += " fill " + (shape.fill?.hex ?? "none")
            if let stroke = shape.stroke {
                line += " stroke \(stroke.color.hex) w\(stroke.width.formatted2)"
                if !stroke.dash.isEmpty { line += " dash " + stroke.dash.map(\.formatted2).joined(separator: ",") }
            }
            lines.append(line)
            lines.append(indent + "  " + path(shape.path))
        case .text(let text):
            let spans = text.spans.map { span in
                "\"\(span.text.replacingNewlines)\"" + (span.bold ? "b" : "") + (span.italic ? "i" : "")
            }.joined(separator: " ")
            var line = indent + "text" + tag(text.tag) + " " + spans + " box \(text.box)"
            line += " \(text.style.family) \(text.style.size.formatted2)px w\(text.style.weight)"
            if text.style.italic { line += " italic" }
            line += " \(text.style.color.hex) \(text.alignment)" + (text.wraps ? " wraps" : "")
            lines.append(line)
        case .image(let image):
            let size = image.source.naturalSize.map { " natural \($0.width.formatted2)x\($0.height.formatted2)" } ?? ""
            lines.append(indent + "image" + tag(image.tag) + " \(image.source.format.rawValue) \(image.source.bytes.count)B box \(image.rect)" + size)
        }
    }

    static func tag(_ tag: Tag) -> String {
        var out = tag.classes.map { "." + $0 }.joined()
        for kv in tag.data { out += " \(kv.key)=\(kv.value)" }
        return out.isEmpty ? "" : " " + out
    }

    static func path(_ path: Path) -> String {
        path.elements.map { element in
            switch element {
            case .move(let p): return "M\(p.x.formatted2),\(p.y.formatted2)"
            case .line(let p): return "L\(p.x.formatted2),\(p.y.formatted2)"
            case .cubic(let a, let b, let p):
                return "C\(a.x.formatted2),\(a.y.formatted2) \(b.x.formatted2),\(b.y.formatted2) \(p.x.formatted2),\(p.y.formatted2)"
            case .close: return "Z"
            }
        }.joined(separator: " ")
    }
}

extension String {
    var replacingNewlines: String {
        var out = ""
        for c in self { out += c == "\n" ? "\\n" : String(c) }
        return out
    }
}
