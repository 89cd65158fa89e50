import Geometry
import Native
import Scene

/// Measures text with the same Pango layouts the renderers draw.
public struct PangoMeasurer: TextMeasurer {
    let layouts: TextLayoutFactory

    public func measure(_ spans: [TextSpan], style: TextStyle, maxWidth: Double?) -> Size {
        do {
            return try layouts.size(spans, style: style, width: maxWidth)
        } catch {
            // Only an out-of-memory Pango failure lands here; a coarse estimate keeps layout going.
            let characters = Double(spans.reduce(0) { $0 + $1.text.count })
            return Size(width: characters * style.size * 0.6, height: style.size * 1.2)
        }
    }
}
