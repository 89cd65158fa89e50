import Render
import Scene

/// Output formats, re-exported so clients need only `import Trellis`.
public typealias OutputFormat = Render.OutputFormat
/// Colours, re-exported for options such as the background.
public typealias Color = Scene.Color

extension OutputFormat {
    /// The format a file name's extension names, if any.
    public init?(pathExtension path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        self.init(rawValue: path[path.index(after: dot)...].lowercased())
    }
}
