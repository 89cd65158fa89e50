import Diagnostics
import Foundation

/// Image nodes (`@{ img: … }`) are read from local files only: a URL with a scheme (`https:`,
/// `data:`, …) is never fetched. It is a warning, and the node keeps a placeholder frame of
/// the size asked for. Whether a local file exists is the caller's check (it reads files).
enum ImageReferenceCheck {
    static func run(on diagram: FlowchartDiagram) -> [Diagnostic] {
        diagram.nodes.compactMap { node -> Diagnostic? in
            guard let image = node.image else { return nil }
            let range = image.range ?? node.range
            if image.url.trimmingCharacters(in: .whitespaces).isEmpty {
                return .warning("mermaid.empty-image", "image node '\(node.id)' has an empty 'img'", at: range,
                                hint: "give a file path relative to the diagram, e.g. img: \"logo.png\"")
            }
            guard image.isRemote else { return nil }
            return .warning("mermaid.remote-image",
                            "image '\(image.url.prefix(60))' is not fetched: Trellis reads local files only; a placeholder frame is drawn",
                            at: range, hint: "download the image next to the diagram and write its relative path")
        }
    }
}

extension NodeImage {
    /// A URL with a scheme (`https:`, `data:`, `file:`…), not a local path. One letter before
    /// `:` is a Windows drive, a path.
    public var isRemote: Bool {
        guard let colon = url.firstIndex(of: ":") else { return false }
        let scheme = url[..<colon]
        return scheme.count >= 2 && scheme.allSatisfy { $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }
            && scheme.first?.isLetter == true
    }
}
