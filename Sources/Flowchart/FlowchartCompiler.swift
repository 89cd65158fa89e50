import Diagnostics
import MermaidSyntax

/// Turns Mermaid source into a `FlowchartDiagram` plus diagnostics.
public enum FlowchartCompiler {
    /// Parses and checks a source file. The diagram is nil when there are errors.
    public static func compile(_ file: SourceFile) -> (diagram: FlowchartDiagram?, diagnostics: [Diagnostic]) {
        let (syntax, parseDiagnostics) = FlowchartParser.parse(file)
        guard syntax.header != nil else { return (nil, parseDiagnostics) }
        let (diagram, modelDiagnostics) = build(syntax)
        // Source order; ties keep the order they were reported in.
        let diagnostics = (parseDiagnostics + modelDiagnostics).enumerated()
            .sorted { ($0.element.range.start, $0.offset) < ($1.element.range.start, $1.offset) }
            .map(\.element)
        return (diagnostics.hasErrors ? nil : diagram, diagnostics)
    }

    /// Builds the model from an already parsed tree (the diagram is returned even with errors).
    public static func build(_ syntax: FlowchartSyntax) -> (diagram: FlowchartDiagram, diagnostics: [Diagnostic]) {
        var builder = ModelBuilder()
        builder.build(syntax)
        return (builder.diagram, builder.diagnostics)
    }
}
