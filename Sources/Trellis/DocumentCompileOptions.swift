/// What a user can choose when compiling a Markdown document to PDF.
public struct DocumentCompileOptions: Sendable {
    /// Paper over the front matter's `paper:` (`--paper`); nil: the front matter's, else A4.
    public var paper: PaperSize?
    /// PDF dates (seconds since 1970), usually from `SOURCE_DATE_EPOCH`; nil writes none.
    public var sourceDateEpoch: Int?

    /// Which files the source may read (nil: those under its own folder).
    public var fileAccess: FileAccessPolicy?

    public init(paper: PaperSize? = nil, sourceDateEpoch: Int? = nil) {
        self.paper = paper
        self.sourceDateEpoch = sourceDateEpoch
    }
}
