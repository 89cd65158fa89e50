/// Options of document typesetting.
public struct DocumentOptions: Hashable, Sendable {
    /// Paper over the front matter's `paper:` (the `--paper` flag); nil: the front matter's, else A4.
    public var paper: DocumentPaper?
    public init(paper: DocumentPaper? = nil) {
        self.paper = paper
    }
}
