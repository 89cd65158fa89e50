import Foundation
import Native

/// Inline Markdown of `header:` and `footer:` directives (emphasis, strong, strikethrough,
/// code, links, images, `<br>`) as inline nodes for the same inline layout as slide text.
enum InlineMarkdownLite {
    static func parse(_ text: String) -> [MarkdownNode] {
        parse(Array(text))
    }

    private static func parse(_ chars: [Character]) -> [MarkdownNode] {
        var out: [MarkdownNode] = []
        var plain = ""
        var i = 0
        func flush() {
            if !plain.isEmpty { out.append(MarkdownNode(kind: .text(plain))) }
            plain = ""
        }
        func find(_ marker: [Character], from start: Int) -> Int? {
            var j = start
            while j + marker.count <= chars.count {
                if Array(chars[j..<j + marker.count]) == marker { return j }
                j += 1
            }
            return nil
        }
        while i < chars.count {
            let c = chars[i]
            if c == "\\", i + 1 < chars.count {
                plain.append(chars[i + 1]); i += 2; continue
            }
            if c == "`", let end = find(["`"], from: i + 1) {
                flush(); out.append(MarkdownNode(kind: .code(String(chars[i + 1..<end])))); i = end + 1; continue
            }
            if c == "<", let end = find([">"], from: i + 1) {
                let tag = String(chars[i...end]).lowercased().filter { !$0.isWhitespace }
                if tag == "<br>" || tag == "<br/>" {
                    flush(); out.append(MarkdownNode(kind: .lineBreak)); i = end + 1; continue
                }
            }
            let isImage = c == "!" && i + 1 < chars.count && chars[i + 1] == "["
            if c == "[" || isImage, let close = find(["]", "("], from: i), let end = find([")"], from: close + 2) {
                flush()
                let label = Array(chars[(isImage ? i + 2 : i + 1)..<close])
                let url = String(chars[close + 2..<end]).trimmingCharacters(in: .whitespaces)
                if isImage {
                    out.append(MarkdownNode(kind: .image(url: url, title: ""), children: [MarkdownNode(kind: .text(String(label)))]))
                } else {
                    out.append(MarkdownNode(kind: .link(url: url, title: ""), children: parse(label)))
                }
                i = end + 1
                continue
            }
            var matched = false
            for (marker, kind) in [(["*", "*"], MarkdownKind.strong), (["_", "_"], .strong), (["~", "~"], .strikethrough),
                                   (["*"], .emphasis), (["_"], .emphasis)] as [([Character], MarkdownKind)] {
                if Array(chars[i..<min(chars.count, i + marker.count)]) == marker,
                   let end = find(marker, from: i + marker.count), end > i + marker.count {
                    flush()
                    out.append(MarkdownNode(kind: kind, children: parse(Array(chars[i + marker.count..<end]))))
                    i = end + marker.count
                    matched = true
                    break
                }
            }
            if !matched {
                plain.append(c)
                i += 1
            }
        }
        flush()
        return out
    }
}
