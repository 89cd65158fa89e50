/// Languages read by dedicated scanners, and the table of every language.
extension LanguageDefinition {
    static let diff = LanguageDefinition(name: "diff", aliases: ["diff", "patch", "udiff"], style: .diff)
    static let log = LanguageDefinition(name: "log", aliases: ["log", "logs", "text-log"], style: .log)
    static let yaml = LanguageDefinition(name: "yaml", aliases: ["yaml", "yml"], style: .yaml)
    static let markup = LanguageDefinition(
        name: "html", aliases: ["html", "htm", "xml", "xhtml", "svg", "plist", "vue"], style: .markup)
    static let css = LanguageDefinition(name: "css", aliases: ["css", "scss", "less"], style: .css)
    static let console = LanguageDefinition(
        name: "console", aliases: ["console", "terminal", "shell-session", "shellsession"], style: .console)

    /// Every language, in a fixed order.
    static let all: [LanguageDefinition] = [
        bash, console, yaml, json, python, javascript, typescript, go, rust, java, c, cpp, csharp, sql,
        dockerfile, swift, diff, log, toml, ini, markup, css, kotlin, ruby, mermaid,
    ]

    /// Lower-cased alias → language.
    static let byAlias: [String: LanguageDefinition] = {
        var table: [String: LanguageDefinition] = [:]
        for language in all {
            for alias in language.aliases + [language.name] where table[alias] == nil { table[alias] = language }
        }
        return table
    }()
}
