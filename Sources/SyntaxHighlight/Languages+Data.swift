/// JSON, TOML, INI, SQL and Mermaid.
extension LanguageDefinition {
    static let json: LanguageDefinition = {
        var language = LanguageDefinition(name: "json", aliases: ["json", "jsonc", "json5", "geojson"])
        language.constants = words("true false null")
        language.lineComments = cComments.line
        language.blockComments = cComments.block
        language.strings = [StringRule("\""), StringRule("'")]
        language.features = [.jsonKeys, .signedNumbers]
        language.operators = scalarSet("-+")
        language.punctuation = scalarSet("{}[],:")
        return language
    }()

    static let toml: LanguageDefinition = {
        var language = LanguageDefinition(name: "toml", aliases: ["toml"])
        language.constants = words("true false inf nan")
        language.lineComments = ["#"]
        language.strings = [
            StringRule("\"\"\"", multiline: true), StringRule("'''", escapes: false, multiline: true),
            StringRule("\""), StringRule("'", escapes: false),
        ]
        language.features = [.iniKeys, .iniSections, .signedNumbers]
        language.operators = scalarSet("=+-")
        language.punctuation = scalarSet("{}[],.:")
        return language
    }()

    static let ini: LanguageDefinition = {
        var language = toml
        language.name = "ini"
        language.aliases = ["ini", "cfg", "conf", "properties", "editorconfig", "gitconfig"]
        language.constants = words("true false yes no on off")
        language.lineComments = ["#", ";"]
        language.strings = [StringRule("\""), StringRule("'", escapes: false)]
        return language
    }()

    static let sql: LanguageDefinition = {
        var language = LanguageDefinition(name: "sql", aliases: ["sql", "mysql", "postgresql", "postgres", "psql", "sqlite", "plsql"])
        language.keywords = words("""
            add all alter and any as asc begin between by case cascade check column commit constraint create
            cross database default delete desc distinct drop else end exists explain foreign from full grant
            group having if in index inner insert intersect into is join key left like limit not offset on
            or order outer primary references returning revoke right rollback select set table then to
            transaction truncate union unique update using values view when where with recursive over
            partition window lateral natural
            """)
        language.types = words("""
            int integer smallint bigint serial bigserial decimal numeric real float double precision char
            varchar text boolean bool date time timestamp timestamptz interval uuid json jsonb blob bytea
            """)
        language.constants = words("null true false")
        language.lineComments = ["--", "#"]
        language.blockComments = cComments.block
        language.strings = [
            StringRule("'", escapes: false, multiline: true, doubledClose: true),
            StringRule("\"", escapes: false, doubledClose: true),
            StringRule("`", escapes: false),
        ]
        language.features = [.caseInsensitiveKeywords]
        language.operators = scalarSet("+-*/%=<>!|&~^:")
        return language
    }()

    static let mermaid: LanguageDefinition = {
        var language = LanguageDefinition(name: "mermaid", aliases: ["mermaid", "mmd"])
        language.keywords = words("""
            graph flowchart subgraph end direction classDef class style linkStyle click call href default
            sequenceDiagram participant actor note over loop alt else opt par and rect critical break
            autonumber activate deactivate classDiagram stateDiagram erDiagram gantt pie
            journey gitGraph mindmap timeline title section dateFormat axisFormat commit branch checkout
            merge state as of left right
            """)
        language.constants = words("TB TD BT RL LR")
        language.lineComments = ["%%"]
        language.strings = [StringRule("\"", escapes: false)]
        language.features = [.mermaidLabels]
        language.callsAreFunctions = false
        language.operators = scalarSet("-=.<>~&:*")
        language.punctuation = scalarSet("()[]{},;|")
        return language
    }()
}
