import Geometry
import Scene

/// Output file formats.
public enum OutputFormat: String, Sendable, CaseIterable {
    case png, pdf, svg
}

/// Per-render settings.
public struct RenderOptions: Sendable {
    /// Pixels per user unit for PNG (1 = 1 px per unit); ignored by vector formats.
    public var scale: Double
    /// Overrides the frame's background; `Color.transparent` for none.
    public var background: Color?
    /// Seconds since 1970 for the PDF creation date (`SOURCE_DATE_EPOCH`); nil writes no date.
    public var sourceDateEpoch: Int?

    public init(scale: Double = 1, background: Color? = nil, sourceDateEpoch: Int? = nil) {
        self.scale = scale
        self.background = background
        self.sourceDateEpoch = sourceDateEpoch
    }
}

/// Why rendering failed.
public enum RenderError: Error, Equatable, Sendable {
    case fontDirectoryMissing(String)
    case fontFileMissing(String)
    case backendFailed(String)
    case writeFailed(path: String, reason: String)
}

/// PLACEHOLDER: the Cairo/Pango engine lands with the Render issue part.
public final class RenderEngine {
    public init(fontDirectory: String) throws(RenderError) {}
    public var measurer: any TextMeasurer { PlaceholderMeasurer() }
    public func render(_ frame: Frame, as format: OutputFormat, options: RenderOptions = RenderOptions()) throws(RenderError) -> [UInt8] { [] }
}

struct PlaceholderMeasurer: TextMeasurer {
    func measure(_ spans: [TextSpan], style: TextStyle, maxWidth: Double?) -> Size {
        Size(width: Double(spans.map(\.text).joined().count) * style.size * 0.6, height: style.size * 1.2)
    }
}
