import Diagnostics
import Native

/// A Marp deck after parsing: document-wide settings from front matter and global
/// directives, and the slides with their resolved local and spot directives.
public struct DeckDocument: Hashable, Sendable {
    /// PDF metadata and title-slide fields from front matter.
    public var metadata: DeckMetadata
    /// Slide size in CSS pixels (`16:9` is 1280x720, `4:3` is 960x720).
    public var size: SlideSize
    /// `headingDivider` levels that also split slides (empty when unset).
    public var headingDivider: [Int]
    /// The global style sheet: the theme's overrides from `style:` and `<style>` blocks, in order.
    public var styles: [StyleRule]
    /// `math` directive value when set (`mathjax`, `katex`); math is drawn as code text.
    public var math: String?
    public var slides: [Slide]

    public init(metadata: DeckMetadata = DeckMetadata(), size: SlideSize = .sixteenByNine,
                headingDivider: [Int] = [], styles: [StyleRule] = [], math: String? = nil, slides: [Slide] = []) {
        self.metadata = metadata
        self.size = size
        self.headingDivider = headingDivider
        self.styles = styles
        self.math = math
        self.slides = slides
    }
}

/// Document metadata from front matter (`title`, `author`, `description`, `keywords`, `lang`, `date`).
public struct DeckMetadata: Hashable, Sendable {
    public var title: String?
    public var author: String?
    public var subject: String?
    public var keywords: [String]
    public var language: String?
    public var date: String?
    public init(title: String? = nil, author: String? = nil, subject: String? = nil, keywords: [String] = [],
                language: String? = nil, date: String? = nil) {
        self.title = title
        self.author = author
        self.subject = subject
        self.keywords = keywords
        self.language = language
        self.date = date
    }
}

/// A slide's size in CSS pixels; the PDF page is 0.75 pt per pixel (1280x720 -> 960x540 pt).
public struct SlideSize: Hashable, Sendable {
    public var width: Double
    public var height: Double
    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }
    public static let sixteenByNine = SlideSize(width: 1280, height: 720)
    public static let fourByThree = SlideSize(width: 960, height: 720)
}

/// One slide: its Markdown blocks (directive comments and notes removed), its directives
/// after global, local and spot directives are resolved, and its speaker notes.
public struct Slide: Hashable, Sendable {
    /// 0-based position in the deck.
    public var index: Int
    /// 1-based line in the deck file where the slide's content starts.
    public var line: Int
    /// Top-level Markdown blocks; every node's position is a line/column in the deck file.
    public var blocks: [MarkdownNode]
    public var directives: SlideDirectives
    /// Speaker notes: HTML comments that are not directives, in order, trimmed.
    public var notes: [String]
    /// Rules of `<style scoped>` blocks, which apply to this slide only.
    public var scopedStyles: [StyleRule]

    public init(index: Int, line: Int, blocks: [MarkdownNode] = [], directives: SlideDirectives = SlideDirectives(),
                notes: [String] = [], scopedStyles: [StyleRule] = []) {
        self.index = index
        self.line = line
        self.blocks = blocks
        self.directives = directives
        self.notes = notes
        self.scopedStyles = scopedStyles
    }
}

/// Page-number behaviour of a slide (`paginate: true|false|hold|skip`).
public enum Pagination: Hashable, Sendable {
    /// No number shown; the slide counts.
    case hidden
    /// Number shown; the slide counts.
    case shown
    /// Number shown but not advanced (the previous slide's number repeats).
    case hold
    /// No number shown and the slide does not count.
    case skip
}

/// The directives in force on one slide.
public struct SlideDirectives: Hashable, Sendable {
    public var theme: String
    public var paginate: Pagination
    /// Raw inline Markdown of the header and footer, when set.
    public var header: String?
    public var footer: String?
    /// `class` values, e.g. `["lead", "invert"]`.
    public var classes: [String]
    public var backgroundColor: String?
    public var backgroundImage: String?
    public var backgroundPosition: String?
    public var backgroundSize: String?
    public var color: String?
    /// `backgroundRepeat` (CSS `background-repeat` of a `backgroundImage`), when set.
    public var backgroundRepeat: String?

    public init(theme: String = "default", paginate: Pagination = .hidden, header: String? = nil, footer: String? = nil,
                classes: [String] = [], backgroundColor: String? = nil, backgroundImage: String? = nil,
                backgroundPosition: String? = nil, backgroundSize: String? = nil, color: String? = nil,
                backgroundRepeat: String? = nil) {
        self.theme = theme
        self.paginate = paginate
        self.header = header
        self.footer = footer
        self.classes = classes
        self.backgroundColor = backgroundColor
        self.backgroundImage = backgroundImage
        self.backgroundPosition = backgroundPosition
        self.backgroundSize = backgroundSize
        self.color = color
        self.backgroundRepeat = backgroundRepeat
    }
}

/// One CSS rule of the supported subset: a simple selector (`section`, `section.lead`, `h1`,
/// `h2`, `h3`, `table`, `th`, `td`, `header`, `footer`, `code`, `.columns`, …) and its
/// declarations in order. Unsupported selectors and properties are reported as warnings
/// by the parser and not kept.
public struct StyleRule: Hashable, Sendable {
    public var selector: String
    public var declarations: [StyleDeclaration]
    public init(selector: String, declarations: [StyleDeclaration]) {
        self.selector = selector
        self.declarations = declarations
    }
}

/// `property: value` with the 1-based deck line it came from.
public struct StyleDeclaration: Hashable, Sendable {
    public var property: String
    public var value: String
    public var line: Int
    public init(property: String, value: String, line: Int) {
        self.property = property
        self.value = value
        self.line = line
    }
}
