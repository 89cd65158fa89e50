import Diagnostics
import Native

/// The first pass over a deck: every HTML comment (block or inline, at any depth) in
/// document order with its meaning, so global directives are known before the deck is
/// split (Marpit reads `headingDivider` from anywhere in the file).
struct CommentScan {
    /// Comments in document order with their meanings.
    var comments: [(comment: HTMLComment, meaning: CommentMeaning)] = []
    /// Meaning by the comment's start offset, for the second pass.
    var meanings: [Int: CommentMeaning] = [:]
    var diagnostics: [Diagnostic] = []

    init(blocks: [MarkdownNode], map: DeckTextMap) {
        let classifier = CommentClassifier(map: map)
        for block in blocks { visit(block, inHeading: false, classifier: classifier) }
    }

    private mutating func visit(_ node: MarkdownNode, inHeading: Bool, classifier: CommentClassifier) {
        switch node.kind {
        case .htmlBlock(let literal), .htmlInline(let literal):
            guard Self.startsWithComment(literal) else { return }
            for comment in HTMLComment.scan(literal, of: node, in: classifier.map).comments {
                if !comment.isClosed {
                    diagnostics.append(.error("deck.unclosed-comment", "'<!--' comment is never closed",
                                              at: SourceRange(start: comment.range.start, end: comment.range.start + 4),
                                              hint: "close the comment with '-->'; until then the rest of the deck is inside it"))
                }
                let (meaning, found) = classifier.classify(comment, inHeading: inHeading)
                diagnostics += found
                comments.append((comment, meaning))
                meanings[comment.range.start] = meaning
            }
        case .heading:
            for child in node.children { visit(child, inHeading: true, classifier: classifier) }
        default:
            for child in node.children { visit(child, inHeading: inHeading, classifier: classifier) }
        }
    }

    /// Whether an HTML literal opens with a comment (after indentation).
    static func startsWithComment(_ literal: String) -> Bool {
        literal.drop { $0 == " " || $0 == "\t" }.hasPrefix("<!--")
    }
}
