import Geometry

/// What a group or shape is, for output formats that can say so (SVG `class` and `data-*`).
/// Renderers copy these through without knowing their meaning.
public struct Tag: Hashable, Sendable {
    /// CSS class names, e.g. `["node"]`.
    public var classes: [String]
    /// `data-*` attributes in order, e.g. `[("id", "A")]` becomes `data-id="A"`.
    public var data: [KeyValue]

    /// One `data-*` attribute.
    public struct KeyValue: Hashable, Sendable {
        public var key: String
        public var value: String
        public init(_ key: String, _ value: String) {
            self.key = key
            self.value = value
        }
    }

    public init(classes: [String] = [], data: [KeyValue] = []) {
        self.classes = classes
        self.data = data
    }

    public static func `class`(_ names: String...) -> Tag { Tag(classes: names) }
    public var isEmpty: Bool { classes.isEmpty && data.isEmpty }
}

/// A filled and/or stroked path.
public struct ShapeItem: Hashable, Sendable {
    public var path: Path
    public var fill: Color?
    public var stroke: StrokeStyle?
    public var tag: Tag

    public init(path: Path, fill: Color? = nil, stroke: StrokeStyle? = nil, tag: Tag = Tag()) {
        self.path = path
        self.fill = fill
        self.stroke = stroke
        self.tag = tag
    }
}

/// Text laid out inside a box: lines wrap at `box.width` when `wraps` is set, are aligned
/// within the box horizontally, and start at the box's top edge.
public struct TextItem: Hashable, Sendable {
    public var spans: [TextSpan]
    public var style: TextStyle
    public var box: Rect
    public var alignment: TextAlignment
    public var wraps: Bool
    public var tag: Tag

    public init(spans: [TextSpan], style: TextStyle, box: Rect, alignment: TextAlignment = .center,
                wraps: Bool = false, tag: Tag = Tag()) {
        self.spans = spans
        self.style = style
        self.box = box
        self.alignment = alignment
        self.wraps = wraps
        self.tag = tag
    }

    /// The plain text of all spans.
    public var plainText: String { spans.map(\.text).joined() }
}

/// Items drawn together, with an optional transform and clip, and a tag saying what they are.
public struct GroupItem: Hashable, Sendable {
    public var items: [Item]
    public var transform: Transform
    public var clip: Path?
    public var tag: Tag
    /// Where the group links to; renderers emit only allowed URLs (`Link.isAllowed`).
    public var link: Link?
    /// Tooltip of an unlinked group (SVG `<title>`); a link carries its own.
    public var tooltip: String?

    public init(_ items: [Item], transform: Transform = .identity, clip: Path? = nil, tag: Tag = Tag(),
                link: Link? = nil, tooltip: String? = nil) {
        self.items = items
        self.transform = transform
        self.clip = clip
        self.tag = tag
        self.link = link
        self.tooltip = tooltip
    }
}

/// One entry of a display list.
public indirect enum Item: Hashable, Sendable {
    case group(GroupItem)
    case shape(ShapeItem)
    case text(TextItem)
    case image(ImageItem)
}

/// A finished drawing: a size, an optional background and a display list, plus document
/// metadata for formats that carry it.
public struct Frame: Hashable, Sendable {
    public var size: Size
    public var background: Color?
    public var items: [Item]
    /// Document title (PDF title; SVG `<title>` unless `accessibilityTitle` is set).
    public var title: String?
    /// Longer description (SVG `<desc>`, PDF subject).
    public var summary: String?
    /// Title for assistive technology (SVG `<title>`; PDF title when `title` is nil).
    public var accessibilityTitle: String?

    public init(size: Size, background: Color? = nil, items: [Item] = [],
                title: String? = nil, summary: String? = nil, accessibilityTitle: String? = nil) {
        self.size = size
        self.background = background
        self.items = items
        self.title = title
        self.summary = summary
        self.accessibilityTitle = accessibilityTitle
    }
}
