import Diagnostics
import MermaidSyntax

/// Warns about a `classDef` that nothing uses and a class applied but never defined: both are
/// accepted by mermaid.js and almost always a typo on one side.
enum ClassUsageCheck {
    static func run(on diagram: FlowchartDiagram, definitions: [(name: String, range: SourceRange)],
                    classUses: [Identifier]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let used = Set(classUses.map(\.text))
        var reported: Set<String> = []
        // `default` styles every node and `node` is Mermaid's own class: both are used implicitly.
        for definition in definitions where !used.contains(definition.name) && definition.name != "default"
            && definition.name != "node" && !reported.contains(definition.name) {
            reported.insert(definition.name)
            diagnostics.append(.warning("mermaid.unused-class", "class '\(definition.name)' is defined but never used",
                                        at: definition.range,
                                        hint: "apply it with 'class id \(definition.name)' or 'id:::\(definition.name)', or remove it"))
        }
        let defined = Set(definitions.map(\.name))
        var reportedUses: Set<String> = []
        for use in classUses where !defined.contains(use.text) && !reportedUses.contains(use.text) {
            reportedUses.insert(use.text)
            let near = definitions.map(\.name).filter { EditDistance.between($0, use.text) <= 2 }.first
            diagnostics.append(.warning("mermaid.undefined-class", "class '\(use.text)' is used but never defined",
                                        at: use.range,
                                        hint: near.map { "did you mean '\($0)'?" }
                                            ?? "add 'classDef \(use.text) fill:…' or remove the class"))
        }
        return diagnostics
    }
}
