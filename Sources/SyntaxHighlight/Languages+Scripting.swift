/// Python, Ruby, shells and Dockerfiles.
extension LanguageDefinition {
    static let python: LanguageDefinition = {
        var language = LanguageDefinition(name: "python", aliases: ["python", "py", "python3", "py3"])
        language.keywords = words("""
            and as assert async await break class continue def del elif else except finally for from global
            if import in is lambda nonlocal not or pass raise return try while with yield match case type
            """)
        language.types = words("""
            int float complex str bytes bytearray bool list dict set frozenset tuple object type range
            Exception ValueError TypeError KeyError IndexError RuntimeError
            """)
        language.constants = words("True False None NotImplemented Ellipsis __name__ __file__")
        language.lineComments = ["#"]
        let prefixes = ["r", "u", "b", "f", "br", "rb", "fr", "rf"]
        language.strings = [
            StringRule("\"\"\"", multiline: true, prefixes: prefixes),
            StringRule("'''", multiline: true, prefixes: prefixes),
            StringRule("\"", prefixes: prefixes), StringRule("'", prefixes: prefixes),
        ]
        language.features = [.decorators, .capitalisedTypes]
        language.functionIntroducers = words("def")
        language.typeIntroducers = words("class")
        return language
    }()

    static let ruby: LanguageDefinition = {
        var language = LanguageDefinition(name: "ruby", aliases: ["ruby", "rb"])
        language.keywords = words("""
            alias and begin break case class def defined? do else elsif end ensure for if in module next
            not or redo rescue retry return self super then undef unless until when while yield
            require require_relative include extend attr_reader attr_writer attr_accessor private protected public
            """)
        language.constants = words("true false nil __FILE__ __LINE__")
        language.lineComments = ["#"]
        language.blockComments = [BlockComment(open: "=begin", close: "=end", atLineStart: true)]
        language.strings = [
            StringRule("\"", multiline: true, interpolation: .hashBrace),
            StringRule("'", multiline: true), StringRule("`", multiline: true),
        ]
        language.features = [.capitalisedTypes, .rubySigils]
        language.functionIntroducers = words("def")
        language.typeIntroducers = words("class module")
        language.identifierInnerExtras = scalarSet("?!")
        return language
    }()

    static let bash: LanguageDefinition = {
        var language = LanguageDefinition(name: "bash", aliases: ["bash", "sh", "shell", "zsh", "ksh", "shellscript"])
        language.keywords = words("""
            if then else elif fi for while until do done case esac in function select time return local
            export declare readonly unset break continue exit source alias eval exec trap shift
            """)
        language.constants = words("true false")
        language.builtins = words("""
            echo printf cd pwd read test set let kill wait sleep cat grep sed awk find xargs sort uniq
            head tail cut tr mkdir rm cp mv ln chmod chown curl wget git docker kubectl make sudo ssh tar
            npm npx pip python python3 node swift go cargo apt apt-get brew jq env which
            """)
        language.lineComments = ["#"]
        language.strings = [
            StringRule("$'", "'"),
            StringRule("\"", multiline: true, interpolation: .dollar),
            StringRule("'", escapes: false, multiline: true),
            StringRule("`", multiline: true, interpolation: .dollar),
        ]
        language.features = [.shellWords, .heredocs]
        language.functionIntroducers = words("function")
        language.identifierInnerExtras = scalarSet("-")
        language.operators = scalarSet("|&<>=!")
        language.punctuation = scalarSet("()[]{};")
        return language
    }()

    static let dockerfile: LanguageDefinition = {
        var language = bash
        language.name = "dockerfile"
        language.aliases = ["dockerfile", "docker", "containerfile"]
        language.lineStartKeywords = words("""
            FROM RUN CMD LABEL MAINTAINER EXPOSE ENV ADD COPY ENTRYPOINT VOLUME USER WORKDIR ARG ONBUILD
            STOPSIGNAL HEALTHCHECK SHELL
            """)
        language.keywords.formUnion(words("AS"))
        return language
    }()
}
