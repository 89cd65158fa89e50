/// One previewable source file: a Mermaid diagram or a Markdown deck.
public struct PreviewItem: Sendable, Hashable {
    /// What the file holds, which decides how it is compiled and shown.
    public enum Kind: String, Sendable {
        case diagram
        case deck
    }

    /// The absolute, standardized path (what the file watcher reports).
    public var path: String
    /// The path as shown and used in URLs: relative to the working directory when under it.
    public var name: String
    public var kind: Kind

    public init(path: String, name: String, kind: Kind) {
        self.path = path
        self.name = name
        self.kind = kind
    }
}
