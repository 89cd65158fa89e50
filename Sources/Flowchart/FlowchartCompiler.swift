import Diagnostics
import MermaidSyntax

/// Turns Mermaid source into a `FlowchartDiagram` plus diagnostics.
/// PLACEHOLDER until the parser lands: returns an empty diagram.
public enum FlowchartCompiler {
    /// Parses and checks a source file. The diagram is nil when there are errors.
    public static func compile(_ file: SourceFile) -> (diagram: FlowchartDiagram?, diagnostics: [Diagnostic]) {
        (FlowchartDiagram(), [])
    }
}
