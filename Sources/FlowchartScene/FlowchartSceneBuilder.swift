import Flowchart
import Geometry
import LayeredLayout
import Scene

/// PLACEHOLDER: turns a flowchart into a drawn `Frame`.
public enum FlowchartSceneBuilder {
    public static func build(_ diagram: FlowchartDiagram, measurer: any TextMeasurer,
                             options: FlowchartSceneOptions = FlowchartSceneOptions()) -> Frame {
        Frame(size: Size(width: 10, height: 10))
    }
}

/// Settings for drawing a flowchart.
public struct FlowchartSceneOptions: Sendable {
    /// Theme name (`default`, `neutral`, `dark`, `forest`); the diagram's own config wins when nil.
    public var theme: String?
    public init(theme: String? = nil) { self.theme = theme }
}
