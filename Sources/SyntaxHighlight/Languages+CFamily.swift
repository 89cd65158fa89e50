/// C, C++, C# and Java.
extension LanguageDefinition {
    static let cComments = (line: ["//"], block: [BlockComment(open: "/*", close: "*/")])
    static let cStrings = [StringRule("\""), StringRule("'")]

    static let c: LanguageDefinition = {
        var language = LanguageDefinition(name: "c", aliases: ["c"])
        language.keywords = words("""
            auto break case const continue default do else enum extern for goto if inline register restrict
            return sizeof static struct switch typedef union volatile while _Alignas _Alignof _Atomic
            _Generic _Noreturn _Static_assert _Thread_local
            """)
        language.types = words("""
            void char short int long float double signed unsigned _Bool bool size_t ssize_t ptrdiff_t
            int8_t int16_t int32_t int64_t uint8_t uint16_t uint32_t uint64_t intptr_t uintptr_t FILE
            """)
        language.constants = words("NULL true false EOF stdin stdout stderr")
        language.lineComments = cComments.line
        language.blockComments = cComments.block
        language.strings = cStrings
        language.features = [.preprocessor]
        language.typeIntroducers = words("struct enum union")
        language.typeSuffixes = ["_t"]
        return language
    }()

    static let cpp: LanguageDefinition = {
        var language = c
        language.name = "cpp"
        language.aliases = ["cpp", "c++", "cc", "cxx", "h", "hpp", "hh", "hxx"]
        language.keywords.formUnion(words("""
            alignas alignof and asm catch class co_await co_return co_yield concept consteval constexpr
            constinit const_cast decltype delete dynamic_cast explicit export friend mutable namespace new
            noexcept not operator or override final private protected public reinterpret_cast requires
            static_assert static_cast template this thread_local throw try typeid typename using virtual
            """))
        language.types.formUnion(words("""
            wchar_t char8_t char16_t char32_t string string_view vector map unordered_map set unordered_set
            array optional variant unique_ptr shared_ptr weak_ptr pair tuple std
            """))
        language.constants.formUnion(words("nullptr"))
        language.features.insert(.cppRawStrings)
        language.typeIntroducers = words("class struct enum union namespace typename concept")
        return language
    }()

    static let csharp: LanguageDefinition = {
        var language = LanguageDefinition(name: "csharp", aliases: ["csharp", "cs", "c#"])
        language.keywords = words("""
            abstract as async await base break case catch checked class const continue default delegate do
            else enum event explicit extern finally fixed for foreach get goto if implicit in init interface
            internal is lock namespace new operator out override params partial private protected public
            readonly record ref required return sealed set sizeof stackalloc static struct switch this throw
            try typeof unchecked unsafe using var virtual volatile when where while yield
            """)
        language.types = words("""
            bool byte sbyte char decimal double float int uint long ulong short ushort object string void
            dynamic nint nuint
            """)
        language.constants = words("true false null value")
        language.lineComments = cComments.line
        language.blockComments = cComments.block
        language.strings = [
            StringRule("\"\"\"", escapes: false, multiline: true),
            StringRule("$@\"", "\"", escapes: false, multiline: true, doubledClose: true),
            StringRule("@$\"", "\"", escapes: false, multiline: true, doubledClose: true),
            StringRule("@\"", "\"", escapes: false, multiline: true, doubledClose: true),
            StringRule("$\"", "\""),
            StringRule("\""), StringRule("'"),
        ]
        language.features = [.preprocessor, .capitalisedTypes]
        language.typeIntroducers = words("class struct interface enum record namespace")
        return language
    }()

    static let java: LanguageDefinition = {
        var language = LanguageDefinition(name: "java", aliases: ["java"])
        language.keywords = words("""
            abstract assert break case catch class continue default do else enum exports extends final
            finally for if implements import instanceof interface module native new package permits private
            protected public record requires return sealed static strictfp super switch synchronized this
            throw throws transient try var void volatile while yield
            """)
        language.types = words("boolean byte char double float int long short String Object")
        language.constants = words("true false null")
        language.lineComments = cComments.line
        language.blockComments = cComments.block
        language.strings = [StringRule("\"\"\"", multiline: true)] + cStrings
        language.features = [.decorators, .capitalisedTypes]
        language.typeIntroducers = words("class interface enum record extends implements")
        return language
    }()
}
