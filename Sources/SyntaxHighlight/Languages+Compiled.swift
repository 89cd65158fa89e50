/// Go, Rust, Swift and Kotlin.
extension LanguageDefinition {
    static let go: LanguageDefinition = {
        var language = LanguageDefinition(name: "go", aliases: ["go", "golang"])
        language.keywords = words("""
            break case chan const continue default defer else fallthrough for func go goto if import
            interface map package range return select struct switch type var
            """)
        language.types = words("""
            bool byte complex64 complex128 error float32 float64 int int8 int16 int32 int64 rune string
            uint uint8 uint16 uint32 uint64 uintptr any comparable
            """)
        language.constants = words("true false nil iota")
        language.builtins = words("append cap clear close copy delete len make max min new panic print println recover")
        language.lineComments = cComments.line
        language.blockComments = cComments.block
        language.strings = [StringRule("`", escapes: false, multiline: true)] + cStrings
        language.functionIntroducers = words("func")
        language.typeIntroducers = words("type")
        return language
    }()

    static let rust: LanguageDefinition = {
        var language = LanguageDefinition(name: "rust", aliases: ["rust", "rs"])
        language.keywords = words("""
            as async await break const continue crate dyn else enum extern fn for if impl in let loop match
            mod move mut pub ref return self static struct super trait type union unsafe use where while
            """)
        language.types = words("""
            i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize f32 f64 bool char str Self String Vec
            Option Result Box
            """)
        language.constants = words("true false None Some Ok Err")
        language.lineComments = cComments.line
        language.blockComments = [BlockComment(open: "/*", close: "*/", nests: true)]
        language.strings = [StringRule("\"", multiline: true, prefixes: ["b", "c"])]
        language.features = [.capitalisedTypes, .rustAttributes, .rustLifetimes, .rustRawStrings, .macroBang]
        language.functionIntroducers = words("fn")
        language.typeIntroducers = words("struct enum trait type union impl")
        return language
    }()

    static let swift: LanguageDefinition = {
        var language = LanguageDefinition(name: "swift", aliases: ["swift"])
        language.keywords = words("""
            actor associatedtype async await break case catch class consume continue convenience default
            defer deinit didSet do dynamic else enum extension fallthrough fileprivate final for func get
            guard if import in indirect init inout internal is lazy let macro mutating nonisolated open
            operator optional override package precedencegroup private protocol public repeat required
            rethrows return set some any static struct subscript super switch throw throws try typealias
            unowned var weak where while willSet borrowing consuming sending Self self
            """)
        language.types = words("""
            Int Int8 Int16 Int32 Int64 UInt UInt8 UInt16 UInt32 UInt64 Double Float Bool String Character
            Void Never Any AnyObject Optional Array Dictionary Set
            """)
        language.constants = words("true false nil")
        language.lineComments = cComments.line
        language.blockComments = [BlockComment(open: "/*", close: "*/", nests: true)]
        language.strings = [StringRule("\"\"\"", multiline: true), StringRule("\"")]
        language.features = [.capitalisedTypes, .decorators, .swiftRawStrings, .hashDirectives]
        language.functionIntroducers = words("func")
        language.typeIntroducers = words("class struct enum protocol actor extension typealias associatedtype")
        return language
    }()

    static let kotlin: LanguageDefinition = {
        var language = LanguageDefinition(name: "kotlin", aliases: ["kotlin", "kt", "kts"])
        language.keywords = words("""
            abstract annotation as break by catch class companion const constructor continue crossinline
            data do else enum expect actual external final finally for fun get if import in infix init
            inline inner interface internal is lateinit noinline object open operator out override package
            private protected public reified return sealed set super suspend tailrec this throw try typealias
            val value var vararg when where while
            """)
        language.types = words("Any Unit Nothing Int Long Short Byte Double Float Boolean Char String")
        language.constants = words("true false null")
        language.lineComments = cComments.line
        language.blockComments = [BlockComment(open: "/*", close: "*/", nests: true)]
        language.strings = [
            StringRule("\"\"\"", escapes: false, multiline: true, interpolation: .dollar),
            StringRule("\"", interpolation: .dollar), StringRule("'"),
        ]
        language.features = [.capitalisedTypes, .decorators]
        language.functionIntroducers = words("fun")
        language.typeIntroducers = words("class interface object typealias")
        return language
    }()
}
