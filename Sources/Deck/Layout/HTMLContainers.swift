import Foundation
import Native

/// `<div class="…">` … `</div>` written as HTML blocks around Markdown, as a tree.
enum HTMLContainers {
    enum Entry {
        case block(MarkdownNode)
        case container(classes: [String], children: [Entry], line: Int)
    }

    private enum Tag {
        case open([String])
        case close
    }

    /// The blocks with `<div>` containers nested; unbalanced tags are tolerated.
    static func tree(_ nodes: [MarkdownNode]) -> [Entry] {
        var stack: [(classes: [String], line: Int, children: [Entry])] = [([], 0, [])]
        for node in nodes {
            guard case .htmlBlock(let html) = node.kind else {
                stack[stack.count - 1].children.append(.block(node))
                continue
            }
            for tag in tags(html) {
                switch tag {
                case .open(let classes):
                    stack.append((classes, node.start.line, []))
                case .close:
                    guard stack.count > 1, let top = stack.popLast() else { continue }
                    stack[stack.count - 1].children.append(.container(classes: top.classes, children: top.children,
                                                                      line: top.line))
                }
            }
        }
        while stack.count > 1, let top = stack.popLast() {
            stack[stack.count - 1].children.append(.container(classes: top.classes, children: top.children, line: top.line))
        }
        return stack[0].children
    }

    /// Every Markdown block inside the entries, in order.
    static func flatten(_ entries: [Entry]) -> [MarkdownNode] {
        entries.flatMap { entry -> [MarkdownNode] in
            switch entry {
            case .block(let node): return [node]
            case .container(_, let children, _): return flatten(children)
            }
        }
    }

    /// `<div …>` and `</div>` tags of an HTML block, in order.
    private static func tags(_ html: String) -> [Tag] {
        var out: [Tag] = []
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let body = rest[rest.index(after: open)..<close].trimmingCharacters(in: .whitespaces).lowercased()
            if body == "/div" {
                out.append(.close)
            } else if body == "div" || body.hasPrefix("div ") {
                out.append(.open(classes(in: String(rest[rest.index(after: open)..<close]))))
            }
            rest = rest[rest.index(after: close)...]
        }
        return out
    }

    private static func classes(in tag: String) -> [String] {
        guard let range = tag.range(of: "class=") else { return [] }
        var value = tag[range.upperBound...]
        guard let quote = value.first, quote == "\"" || quote == "'" else { return [] }
        value = value.dropFirst()
        let end = value.firstIndex(of: quote) ?? value.endIndex
        return value[..<end].split(separator: " ").map(String.init)
    }
}
