import Diagnostics
import Flowchart

/// Parses and validates a diagram without laying it out or drawing it: no fonts, no Cairo.
/// What `trellis check` runs on every file.
public enum DiagramChecker {
    /// Every diagnostic the diagram has (errors and warnings), in source order.
    public static func check(_ source: SourceFile) -> [Diagnostic] {
        FlowchartCompiler.compile(source).diagnostics
    }
}
