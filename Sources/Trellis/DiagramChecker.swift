import Diagnostics
import Flowchart

/// Parses and validates a diagram without laying it out or drawing it: no fonts, no Cairo.
/// What `trellis check` runs on every file.
public enum DiagramChecker {
    /// Every diagnostic the diagram has (errors and warnings), in source order.
    /// Past a limit the count errors come too (`trellis.limit-…`); a source over the size
    /// limit is not parsed at all.
    public static func check(_ source: SourceFile, limits: Limits = .standard) -> [Diagnostic] {
        let tooBig = LimitsCheck.check(source, limits: limits, subject: "diagram")
        guard tooBig.isEmpty else { return tooBig }
        let (diagram, diagnostics) = FlowchartCompiler.compile(source)
        return diagnostics + (diagram.map { LimitsCheck.check($0, limits: limits) } ?? [])
    }
}
