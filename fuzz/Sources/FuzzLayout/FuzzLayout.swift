import Diagnostics
import Flowchart
import FlowchartScene
import Geometry
import LayeredLayout
import Scene
import Trellis

/// Layout from parsed inputs: Mermaid text → model → measured scene → Sugiyama layout →
/// drawing, with a fixed-width measurer (no fonts, no Cairo). Inputs past small limits are
/// skipped, as the CLI would stop them; what remains must lay out without a crash or hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLayout(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let source = SourceFile(name: "fuzz.mmd", text: text)
    let (compiled, diagnostics) = FlowchartCompiler.compile(source)
    guard let diagram = compiled, !diagnostics.hasErrors else { return 0 }
    let small = Limits(nodes: 300, edges: 600, subgraphDepth: 64, labelLength: 2_000)
    guard LimitsCheck.check(diagram, limits: small).isEmpty else { return 0 }
    let drawing = FlowchartSceneBuilder.draw(diagram, measurer: FixedWidthMeasurer())
    precondition(drawing.frame.size.width.isFinite && drawing.frame.size.height.isFinite,
                 "frame size not finite: \(drawing.frame.size)")
    return 0
}

/// 8 px per character, 19 px per line at 16 px, scaled with the font size; wraps nothing.
struct FixedWidthMeasurer: TextMeasurer {
    func measure(_ spans: [TextSpan], style: TextStyle, maxWidth: Double?) -> Size {
        let text = spans.map(\.text).joined()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let longest = lines.map(\.count).max() ?? 0
        let scale = style.size.isFinite && style.size > 0 ? style.size / 16 : 1
        var width = Double(longest) * 8 * scale
        if let maxWidth, maxWidth.isFinite, maxWidth > 0 { width = min(width, maxWidth) }
        return Size(width: width, height: Double(lines.count) * 19 * scale)
    }
}
