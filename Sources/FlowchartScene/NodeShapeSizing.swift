import Flowchart
import Geometry

/// How big each shape is drawn around its label, after mermaid.js 11's shape code
/// (`padding` is mermaid's flowchart padding, 15).
public enum NodeShapeSizing {
    public static let padding = 15.0

    /// The node's box for a label of size `label`.
    public static func size(of shape: NodeShape, label: Size, padding p: Double = padding) -> Size {
        let w = label.width, h = label.height
        switch shape {
        case .rectangle:
            return Size(width: w + 4 * p, height: h + 2 * p)
        case .roundedRectangle:
            return Size(width: w + 2 * p, height: h + 2 * p)
        case .stadium:
            let height = h + p
            // Wide enough that the label's corners stay inside the round ends.
            let r = height / 2
            let inside = w + 2 * r - 2 * (r * r - h * h / 4).squareRoot() + 2
            return Size(width: max(w + height / 4 + p, inside), height: height)
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
        default:
            // Expanded-syntax shapes get their own sizing with the rendering issue.
            return Size(width: w + 4 * p, height: h + 2 * p)
        }
    }

    /// Where the label's centre sits relative to the box centre (the cylinder's lid pushes it down).
    public static func labelOffset(of shape: NodeShape, box: Size) -> Point {
        switch shape {
        case .cylinder: return Point(x: 0, y: cylinderCapHeight(width: box.width) / 2)
        case .asymmetric: return Point(x: box.height / 8, y: 0)
        default: return .zero
        }
    }

    /// Width of the side bands of a subroutine box.
    static let subroutineInset = 8.0

    /// Vertical radius of a cylinder's elliptic caps for a cylinder of that width.
    static func cylinderCapHeight(width: Double) -> Double {
        let rx = width / 2
        return rx / (2.5 + width / 50)
    }
}
