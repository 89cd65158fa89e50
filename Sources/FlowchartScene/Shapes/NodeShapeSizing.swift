import Flowchart
import Geometry

/// How big each shape is drawn around its label, after mermaid.js 11's shape code
/// (`padding` is mermaid's flowchart padding, 15). `ExpandedShapeSizing` sizes the shapes
/// of the `@{ shape: … }` syntax.
public enum NodeShapeSizing {
    public static let padding = 15.0

    /// The node's box for a label of size `label` (a fork lies across the flow direction).
    public static func size(of shape: NodeShape, label: Size, padding p: Double = padding,
                            direction: FlowDirection = .topToBottom) -> Size {
        let w = label.width, h = label.height
        switch shape {
        case .rectangle:
            return Size(width: w + 4 * p, height: h + 2 * p)
        case .roundedRectangle:
            return Size(width: w + 2 * p, height: h + 2 * p)
        case .stadium:
            let height = h + p
            return Size(width: max(w + height / 4 + p, roundEndWidth(label: label, height: height)), height: height)
        case .subroutine:
            return Size(width: w + p + 2 * subroutineInset, height: h + p)
        case .cylinder:
            let width = w + p
            let ry = cylinderCapHeight(width: width)
            return Size(width: width, height: h + p + 3 * ry)
        case .circle:
            // mermaid sizes circles by the label width; the diagonal keeps tall labels inside.
            let d = max(w + p, (w * w + h * h).squareRoot() + 4)
            return Size(width: d, height: d)
        case .doubleCircle:
            let d = max(w + 2 * p, (w * w + h * h).squareRoot() + 14)
            return Size(width: d, height: d)
        case .asymmetric:
            let height = h + p
            return Size(width: w + p + height / 4, height: height)
        case .rhombus:
            let side = w + h + 2 * p
            return Size(width: side, height: side)
        case .hexagon:
            let height = h + p
            return Size(width: w + p + height / 2, height: height)
        case .parallelogram, .parallelogramAlt, .trapezoid:
            let height = h + p
            return Size(width: w + p + height, height: height)
        case .trapezoidAlt:
            let height = h + 2 * p
            return Size(width: w + 2 * p + height, height: height)
        case .fork:
            return direction == .leftToRight || direction == .rightToLeft
                ? Size(width: 10, height: 70) : Size(width: 70, height: 10)
        default:
            return ExpandedShapeSizing.size(of: shape, label: label, padding: p)
        }
    }

    /// Where the label's centre sits relative to the box centre (lids, bands, waves and
    /// side bars push it off the middle).
    public static func labelOffset(of shape: NodeShape, box: Size, label: Size = .zero) -> Point {
        switch shape {
        case .cylinder:
            // mermaid lowers the label by two thirds of the padding; a thin lid allows less.
            return Point(x: 0, y: min(padding / 1.5, cylinderCapHeight(width: box.width)))
        case .asymmetric: return Point(x: box.height / 8, y: 0)
        default: return ExpandedShapeSizing.labelOffset(of: shape, box: box, label: label)
        }
    }

    /// Whether the shape shows its label (the small markers do not, as in mermaid).
    public static func showsLabel(_ shape: NodeShape) -> Bool {
        switch shape {
        case .smallCircle, .framedCircle, .filledCircle, .fork, .hourglass, .bolt, .crossedCircle: return false
        default: return true
        }
    }

    /// Width of a box with round ends of height `height` whose label corners stay inside the ends.
    static func roundEndWidth(label: Size, height: Double) -> Double {
        let r = height / 2
        return label.width + 2 * r - 2 * max(0, r * r - label.height * label.height / 4).squareRoot() + 2
    }

    static let subroutineInset = 8.0
    static let notch = 12.0
    static let linedFrame = 8.0
    static let paneFrame = 10.0
    static let stackOffset = 5.0
    static let documentStackOffset = 10.0
    static let tagRatio = 0.2

    /// Vertical radius of a cylinder's elliptic caps for a cylinder of that width.
    static func cylinderCapHeight(width: Double) -> Double {
        let rx = width / 2
        return rx / (2.5 + width / 50)
    }

    /// Horizontal radius of a lying cylinder's caps for a cylinder of that height.
    static func sideCapWidth(height: Double) -> Double {
        (height / 2) / (2.5 + height / 50)
    }

    /// How far a bow-tie rectangle's sides bow, for a box of that height.
    static func bowDepth(height: Double) -> Double { sideCapWidth(height: height) }

    /// Radius of a brace's curls for a box of that height (a tenth of the body, at least 5).
    static func braceRadius(boxHeight: Double) -> Double {
        min(max(5, boxHeight / 12), boxHeight / 4)
    }

    /// Wave amplitude of a stacked document whose box has that height.
    static func stackedDocumentAmplitude(boxHeight: Double) -> Double {
        max(0, boxHeight - 2 * documentStackOffset) / 1.1875 / 8
    }
}
