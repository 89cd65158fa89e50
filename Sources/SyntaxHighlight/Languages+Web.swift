/// JavaScript and TypeScript.
extension LanguageDefinition {
    static let javascript: LanguageDefinition = {
        var language = LanguageDefinition(name: "javascript", aliases: ["javascript", "js", "jsx", "mjs", "cjs", "node"])
        language.keywords = words("""
            as async await break case catch class const continue debugger default delete do else export
            extends finally for from function get if import in instanceof let new of return set static
            super switch this throw try typeof var void while with yield
            """)
        language.constants = words("true false null undefined NaN Infinity")
        language.types = words("Array Object String Number Boolean Promise Map Set Symbol BigInt Date Error RegExp JSON Math")
        language.lineComments = cComments.line
        language.blockComments = cComments.block
        language.strings = [
            StringRule("`", multiline: true, interpolation: .dollarBrace),
            StringRule("\""), StringRule("'"),
        ]
        language.features = [.capitalisedTypes, .decorators]
        language.functionIntroducers = words("function")
        language.typeIntroducers = words("class extends")
        language.identifierExtras = scalarSet("$")
        return language
    }()

    static let typescript: LanguageDefinition = {
        var language = javascript
        language.name = "typescript"
        language.aliases = ["typescript", "ts", "tsx", "mts", "cts"]
        language.keywords.formUnion(words("""
            abstract declare enum implements interface is keyof namespace override private protected
            public readonly satisfies type infer asserts module
            """))
        language.types.formUnion(words("string number boolean any unknown never void object bigint symbol"))
        language.typeIntroducers = words("class extends implements interface type enum namespace")
        return language
    }()
}
