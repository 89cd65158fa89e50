import Diagnostics
import Flowchart
import MermaidSyntax
import Trellis

/// Mermaid parser and model: any bytes in, diagnostics out; never a crash or a hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMermaid(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let source = SourceFile(name: "fuzz.mmd", text: text)
    let (diagram, diagnostics) = FlowchartCompiler.compile(source)
    if let diagram { _ = LimitsCheck.check(diagram, limits: .standard) }
    // Every range must lie inside the source: the caret printer relies on it.
    for diagnostic in diagnostics {
        _ = DiagnosticFormatter().format(diagnostic, in: source)
    }
    return 0
}
