import Diagnostics
import Flowchart

/// Compares an input with `Limits`: one error per limit passed, naming the limit and the flag
/// that raises it. Each check is a count over the model, run after parsing and before layout,
/// so it costs nothing next to the work it guards.
public enum LimitsCheck {
    /// An error when `count` is over the limit at `key`; nil within it.
    public static func exceeded(_ key: WritableKeyPath<Limits, Int>, count: Int, in limits: Limits,
                                subject: String, at range: SourceRange = .at(0)) -> Diagnostic? {
        let limit = limits[keyPath: key]
        guard count > limit, let entry = Limits.entry(key) else { return nil }
        let hint = key == \Limits.imageSide && limit >= Limits.standard.imageSide
            ? "32,767 px a side is the most a PNG can have here; lower --scale, fit it with --width/--height, or write SVG or PDF"
            : "raise it with \(entry.flag) N if the input is trusted"
        return .error(entry.id,
                      "\(subject) has \(grouped(count)) \(entry.unit), more than the limit of \(grouped(limit))",
                      at: range, hint: hint)
    }

    /// The source's size, checked before anything parses it.
    public static func check(_ source: SourceFile, limits: Limits, subject: String = "input") -> [Diagnostic] {
        [exceeded(\.inputBytes, count: source.utf8.count, in: limits, subject: subject)].compactMap { $0 }
    }

    /// Node, edge, nesting and label counts of a parsed diagram.
    public static func check(_ diagram: FlowchartDiagram, limits: Limits) -> [Diagnostic] {
        var found: [Diagnostic?] = [
            exceeded(\.nodes, count: diagram.nodes.count, in: limits, subject: "diagram"),
            exceeded(\.edges, count: diagram.edges.count, in: limits, subject: "diagram"),
        ]
        let (depth, deepest) = subgraphDepth(diagram.subgraphs)
        found.append(exceeded(\.subgraphDepth, count: depth, in: limits, subject: "diagram",
                              at: deepest.map { diagram.subgraphs[$0].range } ?? .at(0)))
        if let (length, range) = longestLabel(diagram) {
            found.append(exceeded(\.labelLength, count: length, in: limits, subject: "a label", at: range))
        }
        return found.compactMap { $0 }
    }

    /// An image's size in pixels and bytes; `subject` names it ("image 'logo.png'", "output").
    public static func checkImage(width: Int, height: Int, bytes: Int? = nil, limits: Limits, subject: String,
                                  at range: SourceRange = .at(0)) -> [Diagnostic] {
        [
            exceeded(\.imageSide, count: max(width, height), in: limits, subject: subject, at: range),
            exceeded(\.imagePixels, count: width.multipliedReportingOverflow(by: height).partialValue,
                     in: limits, subject: subject, at: range),
            bytes.flatMap { exceeded(\.imageBytes, count: $0, in: limits, subject: subject, at: range) },
        ].compactMap { $0 }
    }

    /// A length in whole pixels, rounded up; infinite or NaN counts as `Int.max` (never traps).
    public static func pixels(_ length: Double) -> Int {
        let rounded = length.rounded(.up)
        return rounded.isFinite ? Int(min(max(rounded, 0), 1e15)) : Int.max
    }

    /// The deepest nesting of subgraphs and the subgraph where it is reached. Parents come
    /// before children in `subgraphs`, so one forward pass suffices.
    static func subgraphDepth(_ subgraphs: [FlowSubgraph]) -> (depth: Int, at: Int?) {
        var depths: [Int] = []
        depths.reserveCapacity(subgraphs.count)
        var best = (depth: 0, at: Int?.none)
        for (index, subgraph) in subgraphs.enumerated() {
            let parentDepth = subgraph.parent.flatMap { $0 < depths.count ? depths[$0] : nil } ?? 0
            let depth = parentDepth + 1
            depths.append(depth)
            if depth > best.depth { best = (depth, index) }
        }
        return best
    }

    /// The longest label's length in characters (unicode scalars: cheap and an upper bound
    /// on what a reader calls characters) and where it was written.
    static func longestLabel(_ diagram: FlowchartDiagram) -> (Int, SourceRange)? {
        var best: (Int, SourceRange)?
        func consider(_ text: String, _ range: SourceRange) {
            let length = text.unicodeScalars.count
            if length > (best?.0 ?? 0) { best = (length, range) }
        }
        for node in diagram.nodes { consider(node.label.text, node.range) }
        for edge in diagram.edges { if let label = edge.label { consider(label.text, edge.range) } }
        for subgraph in diagram.subgraphs { consider(subgraph.title.text, subgraph.range) }
        return best
    }

    /// 12345 → "12,345".
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return value < 0 ? "-" + out : out
    }
}
