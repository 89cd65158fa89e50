/// Upper bounds on what one input may ask of Trellis, so a hostile or runaway file ends in a
/// diagnostic instead of minutes of layout or gigabytes of memory. Each has a documented
/// default and a CLI flag (see `Limits.table`); `Limits.unlimited` turns every one off.
public struct Limits: Sendable, Equatable {
    /// Bytes of one diagram (or deck) source.
    public var inputBytes: Int
    /// Nodes of one diagram.
    public var nodes: Int
    /// Edges of one diagram.
    public var edges: Int
    /// Subgraphs nested inside one another (a top-level subgraph is depth 1).
    public var subgraphDepth: Int
    /// Characters of one label (node, edge or subgraph title).
    public var labelLength: Int
    /// Slides of one deck.
    public var slides: Int
    /// Pixels of the longest side of an image read or written (Cairo cannot go past 32,767).
    public var imageSide: Int
    /// Pixels (width × height) of an image read or written.
    public var imagePixels: Int
    /// Bytes of one image file read (image nodes, deck pictures).
    public var imageBytes: Int

    public init(inputBytes: Int = 5_000_000, nodes: Int = 10_000, edges: Int = 20_000, subgraphDepth: Int = 64,
                labelLength: Int = 50_000, slides: Int = 10_000, imageSide: Int = 32_767,
                imagePixels: Int = 50_000_000, imageBytes: Int = 20_000_000) {
        self.inputBytes = inputBytes
        self.nodes = nodes
        self.edges = edges
        self.subgraphDepth = subgraphDepth
        self.labelLength = labelLength
        self.slides = slides
        self.imageSide = imageSide
        self.imagePixels = imagePixels
        self.imageBytes = imageBytes
    }

    /// The documented defaults.
    public static let standard = Limits()

    /// No bounds but the ones the native libraries impose themselves.
    public static let unlimited = Limits(inputBytes: .max, nodes: .max, edges: .max, subgraphDepth: .max,
                                         labelLength: .max, slides: .max, imageSide: 32_767,
                                         imagePixels: .max, imageBytes: .max)

    /// One limit as documented: what it bounds, its diagnostic id and the flag that raises it.
    public struct Entry: Sendable, Equatable {
        public var key: WritableKeyPath<Limits, Int> & Sendable
        /// What is counted, plural, for messages: "nodes", "bytes".
        public var unit: String
        /// The diagnostic id, `trellis.limit-…`.
        public var id: String
        /// The CLI flag, `--max-…`.
        public var flag: String
        /// One line for help and the README.
        public var summary: String

        public static func == (lhs: Entry, rhs: Entry) -> Bool { lhs.id == rhs.id }
    }

    /// Every limit, in documentation order.
    public static let table: [Entry] = [
        Entry(key: \.inputBytes, unit: "bytes", id: "trellis.limit-input-bytes", flag: "--max-input-bytes",
              summary: "size of one diagram or deck source"),
        Entry(key: \.nodes, unit: "nodes", id: "trellis.limit-nodes", flag: "--max-nodes",
              summary: "nodes in one diagram"),
        Entry(key: \.edges, unit: "edges", id: "trellis.limit-edges", flag: "--max-edges",
              summary: "edges in one diagram"),
        Entry(key: \.subgraphDepth, unit: "levels of nested subgraphs", id: "trellis.limit-subgraph-depth",
              flag: "--max-subgraph-depth", summary: "subgraphs nested inside one another"),
        Entry(key: \.labelLength, unit: "characters", id: "trellis.limit-label-length", flag: "--max-label-length",
              summary: "characters in one label or title"),
        Entry(key: \.slides, unit: "slides", id: "trellis.limit-slides", flag: "--max-slides",
              summary: "slides in one deck"),
        Entry(key: \.imageSide, unit: "pixels a side", id: "trellis.limit-image-side", flag: "--max-image-side",
              summary: "longest side of an image read or written (Cairo's own bound is 32,767)"),
        Entry(key: \.imagePixels, unit: "pixels", id: "trellis.limit-image-pixels", flag: "--max-image-pixels",
              summary: "width × height of an image read or written"),
        Entry(key: \.imageBytes, unit: "bytes", id: "trellis.limit-image-bytes", flag: "--max-image-bytes",
              summary: "size of one image file read"),
    ]

    /// The table entry for a limit.
    public static func entry(_ key: WritableKeyPath<Limits, Int>) -> Entry? {
        table.first { $0.key == key }
    }
}
