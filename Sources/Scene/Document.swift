/// A multi-page document (a deck or a typeset Markdown file): pages in order, bookmarks,
/// metadata. PDF writes all pages into one file; PNG writes one file per page.
public struct Document: Hashable, Sendable {
    public var pages: [Page]
    public var outline: [OutlineEntry]
    public var metadata: DocumentMetadata

    public init(pages: [Page] = [], outline: [OutlineEntry] = [], metadata: DocumentMetadata = DocumentMetadata()) {
        self.pages = pages
        self.outline = outline
        self.metadata = metadata
    }
}

/// One page: its drawing, the named destinations on it (targets of `Link(url: "#name")`),
/// and its speaker notes.
public struct Page: Hashable, Sendable {
    public var frame: Frame
    public var anchors: [PageAnchor]
    /// Speaker notes (a PDF text annotation; handout pages print them under the slide).
    public var notes: String?

    public init(frame: Frame, anchors: [PageAnchor] = [], notes: String? = nil) {
        self.frame = frame
        self.anchors = anchors
        self.notes = notes
    }
}

/// A named place on a page: `#name` links jump there.
public struct PageAnchor: Hashable, Sendable {
    public var name: String
    /// Distance from the top of the page, in frame units.
    public var y: Double
    public init(name: String, y: Double = 0) {
        self.name = name
        self.y = y
    }
}

/// A bookmark: a title at a nesting level (1 = top) that opens a page.
public struct OutlineEntry: Hashable, Sendable {
    public var title: String
    public var level: Int
    public var pageIndex: Int
    /// Distance from the top of the page to jump to.
    public var y: Double
    public init(title: String, level: Int, pageIndex: Int, y: Double = 0) {
        self.title = title
        self.level = level
        self.pageIndex = pageIndex
        self.y = y
    }
}

/// Document information for PDF (`/Title`, `/Author`, `/Subject`, `/Keywords`, `/Lang`).
public struct DocumentMetadata: Hashable, Sendable {
    public var title: String?
    public var author: String?
    public var subject: String?
    public var keywords: [String]
    public var language: String?

    public init(title: String? = nil, author: String? = nil, subject: String? = nil, keywords: [String] = [],
                language: String? = nil) {
        self.title = title
        self.author = author
        self.subject = subject
        self.keywords = keywords
        self.language = language
    }
}
