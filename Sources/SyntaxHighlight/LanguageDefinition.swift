/// Which scanner reads a language: the table-driven one or a dedicated line-oriented one.
enum ScannerStyle: Sendable {
    case generic, diff, log, yaml, markup, css, console
}

/// Optional rules a language turns on in the table-driven scanner (a bit set, cheap to test).
struct LanguageFeature: OptionSet, Sendable {
    let rawValue: UInt32

    /// `Foo` (an identifier starting with a capital) is a type.
    static let capitalisedTypes = LanguageFeature(rawValue: 1 << 0)
    /// `#include …` lines (first token of a line) are meta.
    static let preprocessor = LanguageFeature(rawValue: 1 << 1)
    /// `#if`, `#available`: a `#` followed by a name is meta (Swift).
    static let hashDirectives = LanguageFeature(rawValue: 1 << 2)
    /// `@name` and `@a.b` are attributes (decorators, annotations).
    static let decorators = LanguageFeature(rawValue: 1 << 3)
    /// `#[derive(…)]` and `#![…]` are attributes (Rust).
    static let rustAttributes = LanguageFeature(rawValue: 1 << 4)
    /// `'a` is a lifetime (attribute) and `'x'` a character (Rust).
    static let rustLifetimes = LanguageFeature(rawValue: 1 << 5)
    /// `r"…"`, `r#"…"#`, `br"…"` raw strings.
    static let rustRawStrings = LanguageFeature(rawValue: 1 << 6)
    /// `#"…"#` raw strings (Swift).
    static let swiftRawStrings = LanguageFeature(rawValue: 1 << 7)
    /// `R"tag(…)tag"` raw strings (C++).
    static let cppRawStrings = LanguageFeature(rawValue: 1 << 8)
    /// `name!` is a macro call, shown as a function (Rust).
    static let macroBang = LanguageFeature(rawValue: 1 << 9)
    /// Shell words: `$VAR`, `#` comments only at word starts, `-x` options, `NAME=` assignments.
    static let shellWords = LanguageFeature(rawValue: 1 << 10)
    /// `<<EOF` … `EOF` here-documents.
    static let heredocs = LanguageFeature(rawValue: 1 << 11)
    /// Ruby sigils: `@ivar` and `$global` are variables, `:symbol` a constant.
    static let rubySigils = LanguageFeature(rawValue: 1 << 12)
    /// A string followed by `:` is an object key, shown as an attribute (JSON).
    static let jsonKeys = LanguageFeature(rawValue: 1 << 13)
    /// `key =` (or `key:`) as the first token of a line is an attribute (TOML, INI).
    static let iniKeys = LanguageFeature(rawValue: 1 << 14)
    /// `[section]` as the first token of a line is a type (TOML, INI).
    static let iniSections = LanguageFeature(rawValue: 1 << 15)
    /// Mermaid node labels `A[text]` and edge labels `|text|` are strings.
    static let mermaidLabels = LanguageFeature(rawValue: 1 << 16)
    /// A `-` right before a digit belongs to the number (data formats, where it is no operator).
    static let signedNumbers = LanguageFeature(rawValue: 1 << 18)
    /// Keywords compare without regard to case (SQL).
    static let caseInsensitiveKeywords = LanguageFeature(rawValue: 1 << 17)
}

/// A block comment's delimiters.
struct BlockComment: Sendable {
    var open: String
    var close: String
    /// Whether the same delimiters nest (Rust, Swift, Kotlin).
    var nests = false
    /// Whether the opening delimiter counts only at the start of a line (Ruby `=begin`).
    var atLineStart = false
}

/// Where a string lets code or variables in.
enum Interpolation: Sendable {
    case none
    /// `$name` and `${…}` (shell, Kotlin).
    case dollar
    /// `${…}` (JavaScript template literals).
    case dollarBrace
    /// `#{…}` (Ruby).
    case hashBrace
}

/// One kind of string literal: its delimiters and how its body is read.
struct StringRule: Sendable {
    var open: String
    var close: String
    /// Whether a backslash escapes the next scalar.
    var escapes = true
    /// Whether the string may run over several lines.
    var multiline = false
    /// Whether a doubled closing delimiter stands for itself (`''` in SQL, `""` in C# verbatim strings).
    var doubledClose = false
    /// Letters that may come right before the opening delimiter (`r`, `b`, `f` …), compared without case.
    var prefixes: [String] = []
    var interpolation: Interpolation = .none

    init(_ open: String, _ close: String? = nil, escapes: Bool = true, multiline: Bool = false,
         doubledClose: Bool = false, prefixes: [String] = [], interpolation: Interpolation = .none) {
        self.open = open
        self.close = close ?? open
        self.escapes = escapes
        self.multiline = multiline
        self.doubledClose = doubledClose
        self.prefixes = prefixes
        self.interpolation = interpolation
    }
}

/// The table that drives highlighting of one language: its words, comments, strings and rules.
struct LanguageDefinition: Sendable {
    var name: String
    var aliases: [String] = []
    var style: ScannerStyle = .generic
    var keywords: Set<String> = []
    /// Keywords that count only as the first word of a line, compared in upper case (Dockerfile).
    var lineStartKeywords: Set<String> = []
    var types: Set<String> = []
    var constants: Set<String> = []
    /// Names shown as functions even without a following `(` (shell builtins).
    var builtins: Set<String> = []
    var lineComments: [String] = []
    var blockComments: [BlockComment] = []
    /// String rules, tried in order: put longer openers (`"""`) before shorter ones (`"`).
    var strings: [StringRule] = []
    var features: LanguageFeature = []
    /// Keywords after which the next name is a function (`def`, `fn`, `func` …).
    var functionIntroducers: Set<String> = []
    /// Keywords after which the next name is a type (`class`, `struct` …).
    var typeIntroducers: Set<String> = []
    /// Scalars allowed anywhere in an identifier besides letters, digits and `_` (`$` in JavaScript).
    var identifierExtras: Set<Unicode.Scalar> = []
    /// Scalars allowed inside an identifier but not first (`-` in shell words).
    var identifierInnerExtras: Set<Unicode.Scalar> = []
    var operators: Set<Unicode.Scalar> = scalarSet("+-*/%=<>!&|^~?:")
    var punctuation: Set<Unicode.Scalar> = scalarSet("()[]{},;.")
    /// Whether a name right before `(` is a function (not in Mermaid, where `A(text)` is a node).
    var callsAreFunctions = true
    /// Name endings that mark a type (`_t` in C).
    var typeSuffixes: [String] = []

    init(name: String, aliases: [String] = [], style: ScannerStyle = .generic) {
        self.name = name
        self.aliases = aliases
        self.style = style
    }

    func has(_ feature: LanguageFeature) -> Bool { features.contains(feature) }
}

/// The scalars of a string as a set, for operator and punctuation tables.
func scalarSet(_ text: String) -> Set<Unicode.Scalar> { Set(text.unicodeScalars) }

/// The words of a space-separated list as a set, for keyword tables.
func words(_ text: String) -> Set<String> {
    Set(text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
}
