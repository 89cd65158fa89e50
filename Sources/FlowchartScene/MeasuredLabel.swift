import Flowchart
import Geometry
import Scene

/// A label's spans, style and measured size; `wraps` when it was wider than the wrapping width.
struct MeasuredLabel: Hashable, Sendable {
    var spans: [TextSpan]
    var style: TextStyle
    var size: Size
    var wraps: Bool

    /// Nothing to draw: no text, or only spaces (mermaid's `" "` titles).
    var isEmpty: Bool { spans.allSatisfy { $0.text.allSatisfy(\.isWhitespace) } }

    /// Measures `label`, wrapping at `wrappingWidth` when it is wider.
    static func measure(_ label: FlowLabel, style: TextStyle, measurer: any TextMeasurer,
                        wrappingWidth: Double) -> MeasuredLabel {
        // `fa:fa-car` becomes the icon's character, which only the bundled icon font draws.
        let spans = MarkdownSpans.spans(FontAwesome.replacingReferences(in: label.text), isMarkdown: label.isMarkdown)
        if spans.allSatisfy({ $0.text.allSatisfy(\.isWhitespace) }) {
            return MeasuredLabel(spans: spans, style: style, size: .zero, wraps: false)
        }
        let natural = measurer.measure(spans, style: style, maxWidth: nil)
        guard natural.width > wrappingWidth else {
            return MeasuredLabel(spans: spans, style: style, size: natural, wraps: false)
        }
        let wrapped = measurer.measure(spans, style: style, maxWidth: wrappingWidth)
        return MeasuredLabel(spans: spans, style: style, size: wrapped, wraps: true)
    }

    /// The text item for this label centred on `center`.
    func item(centeredAt center: Point, tag: Tag) -> TextItem {
        // A wrapping box slightly wider than measured so the renderer breaks lines the same way.
        let boxSize = Size(width: size.width + (wraps ? 1 : 0), height: size.height)
        return TextItem(spans: spans, style: style, box: Rect(center: center, size: boxSize),
                        alignment: .center, wraps: wraps, tag: tag)
    }
}
