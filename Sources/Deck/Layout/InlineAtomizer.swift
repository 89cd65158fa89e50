import Geometry
import Native
import Scene

/// Turns inline Markdown nodes into atoms: words, spaces, breaks and images.
struct InlineAtomizer {
    /// Resolves an inline image node to its source and size (nil: skipped, a diagnostic was made).
    var image: (MarkdownNode) -> (ImageSource, Size)?
    /// The label shown for a footnote reference.
    var footnoteNumber: (String) -> Int

    func atoms(_ nodes: [MarkdownNode], format: InlineFormat = InlineFormat()) -> [InlineAtom] {
        var out: [InlineAtom] = []
        for node in nodes { append(node, format: format, to: &out) }
        return out
    }

    private func append(_ node: MarkdownNode, format: InlineFormat, to out: inout [InlineAtom]) {
        var inner = format
        switch node.kind {
        case .text(let text): Self.words(text, format: format, into: &out)
        case .softBreak: out.append(.space(format))
        case .lineBreak: out.append(.lineBreak)
        case .code(let code):
            inner.code = true
            Self.words(code, format: inner, into: &out)
        case .htmlInline(let html):
            let tag = html.lowercased().filter { !$0.isWhitespace }
            if tag == "<br>" || tag == "<br/>" { out.append(.lineBreak) }
        case .emphasis:
            inner.italic = true
        case .strong:
            inner.bold = true
        case .strikethrough:
            inner.strike = true
        case .link(let url, _):
            inner.link = url
        case .image:
            if let (source, size) = image(node) { out.append(.image(source, size, format)) }
            return
        case .footnoteReference(let label):
            inner.scale = 0.6
            out.append(.word("[\(footnoteNumber(label))]", inner))
            return
        default: break
        }
        for child in node.children { append(child, format: inner, to: &out) }
    }

    /// Splits text at spaces and tabs; newlines inside text become spaces.
    static func words(_ text: String, format: InlineFormat, into out: inout [InlineAtom]) {
        var current = ""
        for character in text {
            if character == " " || character == "\t" || character == "\n" {
                if !current.isEmpty { out.append(.word(current, format)) }
                current = ""
                if case .space? = out.last {} else { out.append(.space(format)) }
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { out.append(.word(current, format)) }
    }
}
