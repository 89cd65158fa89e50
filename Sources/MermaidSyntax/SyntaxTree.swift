import Diagnostics

/// A parsed Mermaid flowchart: configuration, header and statements, each with its range.
public struct FlowchartSyntax: Hashable, Sendable {
    /// YAML front matter (`---` … `---`), if present.
    public var frontMatter: ConfigSyntax?
    /// `%%{init: …}%%` directives in source order.
    public var directives: [ConfigSyntax]
    /// The `flowchart`/`graph` header; nil when it is missing (an error was reported).
    public var header: HeaderSyntax?
    public var statements: [StatementSyntax]
    public var range: SourceRange

    public init(frontMatter: ConfigSyntax? = nil, directives: [ConfigSyntax] = [], header: HeaderSyntax? = nil,
                statements: [StatementSyntax] = [], range: SourceRange) {
        self.frontMatter = frontMatter
        self.directives = directives
        self.header = header
        self.statements = statements
        self.range = range
    }
}

/// The settings read from front matter or an init directive (only the keys Trellis uses).
public struct ConfigSyntax: Hashable, Sendable {
    public var title: String?
    public var theme: String?
    /// `look`: `classic` or `handDrawn` (Trellis draws classic).
    public var look: String?
    /// `layout`: `dagre` or `elk` (Trellis has one layered layout).
    public var layout: String?
    /// `themeVariables`, in source order (values as written).
    public var themeVariables: [ConfigEntrySyntax]
    public var nodeSpacing: Double?
    public var rankSpacing: Double?
    /// `flowchart.curve` (`basis`, `linear`, …): the default edge curve.
    public var curve: String?
    public var padding: Double?
    public var wrappingWidth: Double?
    public var diagramPadding: Double?
    public var htmlLabels: Bool?
    public var range: SourceRange

    public init(title: String? = nil, theme: String? = nil, nodeSpacing: Double? = nil,
                rankSpacing: Double? = nil, curve: String? = nil, range: SourceRange) {
        self.curve = curve
        self.title = title
        self.theme = theme
        self.themeVariables = []
        self.nodeSpacing = nodeSpacing
        self.rankSpacing = rankSpacing
        self.range = range
    }
}

/// One `key: value` of a configuration map, the value as text.
public struct ConfigEntrySyntax: Hashable, Sendable {
    public var key: String
    public var value: String

    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }
}

/// `flowchart LR`: the keyword (`flowchart`, `graph`, `flowchart-elk`) and the direction as written.
public struct HeaderSyntax: Hashable, Sendable {
    public var keyword: String
    public var direction: Identifier?
    public var range: SourceRange

    public init(keyword: String, direction: Identifier?, range: SourceRange) {
        self.keyword = keyword
        self.direction = direction
        self.range = range
    }
}

/// A word of source text with its range (ids, class names, directions).
public struct Identifier: Hashable, Sendable {
    public var text: String
    public var range: SourceRange

    public init(_ text: String, range: SourceRange) {
        self.text = text
        self.range = range
    }
}

/// Label text after decoding (`<br>` → newline, entity codes → characters, quotes and
/// markdown backticks removed).
public struct LabelSyntax: Hashable, Sendable {
    public var text: String
    public var isMarkdown: Bool
    public var range: SourceRange

    public init(_ text: String, isMarkdown: Bool = false, range: SourceRange) {
        self.text = text
        self.isMarkdown = isMarkdown
        self.range = range
    }
}

/// One statement of a flowchart body.
public indirect enum StatementSyntax: Hashable, Sendable {
    case chain(ChainSyntax)
    case subgraph(SubgraphSyntax)
    case direction(Identifier, range: SourceRange)
    case classDef(ClassDefSyntax)
    case classAssignment(ClassAssignmentSyntax)
    case style(StyleSyntax)
    case linkStyle(LinkStyleSyntax)
    case accessibilityTitle(String, range: SourceRange)
    case accessibilityDescription(String, range: SourceRange)
    case click(ClickSyntax)

    public var range: SourceRange {
        switch self {
        case .chain(let chain): return chain.range
        case .subgraph(let subgraph): return subgraph.range
        case .direction(_, let range): return range
        case .classDef(let def): return def.range
        case .classAssignment(let assignment): return assignment.range
        case .style(let style): return style.range
        case .linkStyle(let style): return style.range
        case .click(let click): return click.range
        case .accessibilityTitle(_, let range), .accessibilityDescription(_, let range):
            return range
        }
    }
}

/// `subgraph id [Title]` … `end`.
public struct SubgraphSyntax: Hashable, Sendable {
    /// The id as written; nil when only a title with spaces was given (Mermaid then
    /// generates `subGraphN`).
    public var id: Identifier?
    public var title: LabelSyntax?
    public var classes: [Identifier]
    public var body: [StatementSyntax]
    /// The `subgraph …` line.
    public var headerRange: SourceRange
    /// From `subgraph` to `end`.
    public var range: SourceRange

    public init(id: Identifier?, title: LabelSyntax?, classes: [Identifier] = [], body: [StatementSyntax] = [],
                headerRange: SourceRange, range: SourceRange) {
        self.id = id
        self.title = title
        self.classes = classes
        self.body = body
        self.headerRange = headerRange
        self.range = range
    }
}

/// `click id "url" "tooltip" _blank`, `click id href "url"`, `click id callback`, `click id call f()`.
public struct ClickSyntax: Hashable, Sendable {
    public var target: Identifier
    public var url: String?
    /// A JavaScript callback name (`callback` or `call f()`); Trellis cannot run it.
    public var callback: String?
    public var tooltip: String?
    /// `_blank`, `_self`, `_parent` or `_top`.
    public var linkTarget: String?
    public var range: SourceRange

    public init(target: Identifier, url: String? = nil, callback: String? = nil, tooltip: String? = nil,
                linkTarget: String? = nil, range: SourceRange) {
        self.target = target
        self.url = url
        self.callback = callback
        self.tooltip = tooltip
        self.linkTarget = linkTarget
        self.range = range
    }
}
