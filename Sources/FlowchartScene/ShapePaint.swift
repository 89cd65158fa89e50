import Flowchart
import Scene

/// Fill and stroke of a node or cluster: the theme's, overridden by its CSS declarations.
struct ShapePaint {
    var fill: Color?
    var stroke: StrokeStyle?

    init(css: CSSStyle, declarations: StyleDeclarations, fill defaultFill: Color, stroke defaultStroke: Color) {
        var fill: Color? = CSSStyle.isNone(declarations["fill"]) ? nil : (css.fill ?? defaultFill)
        var strokeColor: Color? = CSSStyle.isNone(declarations["stroke"]) ? nil : (css.stroke ?? defaultStroke)
        if let opacity = css.opacity {
            fill?.alpha *= opacity
            strokeColor?.alpha *= opacity
        }
        let width = css.strokeWidth ?? 1
        self.fill = fill
        self.stroke = strokeColor.flatMap { color in
            width > 0 ? StrokeStyle(color: color, width: width, dash: css.dash ?? []) : nil
        }
    }
}
