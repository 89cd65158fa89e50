import Foundation
import Geometry
import Scene

/// A text listing of a laid-out document for snapshots: per page its anchors and notes,
/// then one line per item with rounded positions.
enum LayoutDump {
    static func dump(_ document: Document) -> String {
        var lines: [String] = []
        if let title = document.metadata.title { lines.append("title \(title)") }
        for entry in document.outline { lines.append("outline \(entry.level) \"\(entry.title)\" -> page \(entry.pageIndex + 1)") }
        for (index, page) in document.pages.enumerated() {
            lines.append("page \(index + 1) \(n(page.frame.size.width))x\(n(page.frame.size.height)) bg \(page.frame.background?.hex ?? "none")")
            for anchor in page.anchors { lines.append("  anchor \(anchor.name) y\(n(anchor.y))") }
            if let notes = page.notes { lines.append("  notes \"\(notes.replacingOccurrences(of: "\n", with: "\\n"))\"") }
            for item in page.frame.items { dump(item, depth: 1, into: &lines) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func dump(_ item: Item, depth: Int, into lines: inout [String]) {
        let indent = String(repeating: "  ", count: depth)
        switch item {
        case .group(let group):
            var line = indent + "group" + tag(group.tag)
            if !group.transform.isIdentity {
                let t = group.transform
                line += " transform scale \(n(t.a)) at \(n(t.tx)),\(n(t.ty))"
            }
            if let clip = group.clip { line += " clip \(rect(clip.bounds))" }
            if let link = group.link { line += " link \(link.url)" }
            lines.append(line)
            for child in group.items { dump(child, depth: depth + 1, into: &lines) }
        case .shape(let shape):
            var line = indent + "shape" + tag(shape.tag) + " " + rect(shape.path.bounds)
            if let fill = shape.fill { line += " fill \(fill.hex)" }
            if let stroke = shape.stroke { line += " stroke \(stroke.color.hex)" }
            lines.append(line)
        case .text(let text):
            let s = text.style
            lines.append(indent + "text \"\(text.plainText)\" at \(n(text.box.minX)),\(n(text.box.minY)) "
                + "\(s.family) \(n(s.size))" + (s.weight >= 600 ? " bold" : "") + (s.italic ? " italic" : "") + " \(s.color.hex)")
        case .image(let image):
            lines.append(indent + "image\(tag(image.tag)) \(image.source.format.rawValue) \(rect(image.rect))")
        }
    }

    static func tag(_ tag: Tag) -> String {
        let classes = tag.classes.map { "." + $0 }.joined()
        let data = tag.data.map { " \($0.key)=\($0.value)" }.joined()
        return classes.isEmpty && data.isEmpty ? "" : " " + classes + data
    }

    static func rect(_ r: Rect) -> String { "[\(n(r.minX)),\(n(r.minY)) \(n(r.width))x\(n(r.height))]" }

    static func n(_ v: Double) -> String {
        let r = (v * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(format: "%.1f", r)
    }
}
