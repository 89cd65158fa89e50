import Flowchart
import Geometry

/// Box sizes and label offsets of the expanded-syntax shapes, after mermaid.js 11
/// (`w`, `h`: label size; `p`: padding 15).
enum ExpandedShapeSizing {
    static func size(of shape: NodeShape, label: Size, padding p: Double) -> Size {
        let w = label.width, h = label.height
        func s(_ width: Double, _ height: Double) -> Size { Size(width: width, height: height) }
        switch shape {
        case .datastore: return s(w + 4 * p, h + 2 * p)
        case .cloud: return grown(s(w + p, h + p), depth: 0.12)
        case .bang: return grown(s(w + 2 * p, h + 2 * p), depth: 0.15)
        case .text: return s(w + p, h + p)
        case .notchedRectangle: return s(w + p + NodeShapeSizing.notch, h + p)
        case .linedRectangle: return s(w + 2 * p + 2 * NodeShapeSizing.linedFrame, h + 2 * p)
        case .smallCircle, .framedCircle, .filledCircle: return s(14, 14)
        case .hourglass: return s(30, 30)
        case .bolt: return s(35, 70)
        case .crossedCircle: return s(60, 60)
        case .braceLeft, .braceRight, .braces:
            let body = h + p, k = max(5, 0.1 * body)
            // Mermaid's pair of braces reaches into the padding; one brace stands beside it.
            return s(w + p + (shape == .braces ? 3 : 2) * k, body + 2 * k)
        case .document, .taggedDocument, .linedDocument:
            return s((w + 2 * p) * (shape == .document ? 1 : 1.1), (h + 2 * p) * 1.25)
        case .stackedDocument:
            let o = 2 * NodeShapeSizing.documentStackOffset
            return s(w + 2 * p + o, (h + 3 * p) * 1.1875 + o)
        case .flag: return s(w + 2 * p, (h + p) * 1.5)
        case .delay:
            let height = max(10, h) + 2 * p
            return s(max(max(15, w) + 2 * p, NodeShapeSizing.roundEndWidth(label: label, height: height) + 2), height)
        case .horizontalCylinder:
            let height = h + p / 2
            return s(w + p / 2 + 3 * NodeShapeSizing.sideCapWidth(height: height), height)
        case .linedCylinder:
            let width = w + 2 * p, ry = NodeShapeSizing.cylinderCapHeight(width: width)
            return s(width, h + ry + 2 * p + 2 * ry)
        case .curvedTrapezoid:
            let height = h + 2 * p
            let round = w + 4 + height - 2 * max(0, height * height / 4 - h * h / 4).squareRoot()
            return s(max(20, 1.25 * (w + 2 * p), round, w + h / 2 + 4), height)
        case .dividedRectangle: return s(w + p, (h + p) * 1.2)
        case .triangle, .flippedTriangle:
            let side = w + p + h
            return s(side, side)
        case .windowPane:
            return s(w + 2 * p + NodeShapeSizing.paneFrame, h + 2 * p + NodeShapeSizing.paneFrame)
        case .notchedPentagon: return s(w + 2 * p, h + 2 * p)
        case .slopedRectangle: return s(w + 2 * p, (h + 2 * p) * 1.5)
        case .stackedRectangle:
            let o = 2 * NodeShapeSizing.stackOffset
            return s(w + 2 * p + o, h + 2 * p + o)
        case .bowTieRectangle:
            let height = h + p
            return s(w + 2 * p + NodeShapeSizing.bowDepth(height: height), height)
        case .taggedRectangle:
            let height = h + 2 * p
            return s(w + 2 * p + NodeShapeSizing.tagRatio * height, height)
        default:
            return s(w + 4 * p, h + 2 * p)
        }
    }

    static func labelOffset(of shape: NodeShape, box: Size, label: Size) -> Point {
        let wb = box.width, hb = box.height
        func o(_ x: Double, _ y: Double) -> Point { Point(x: x, y: y) }
        switch shape {
        case .linedRectangle: return o(NodeShapeSizing.linedFrame / 2, 0)
        case .windowPane: return o(NodeShapeSizing.paneFrame / 2, NodeShapeSizing.paneFrame / 2)
        case .stackedRectangle: return o(-NodeShapeSizing.stackOffset, NodeShapeSizing.stackOffset)
        case .braceLeft, .braceRight:
            let k = NodeShapeSizing.braceRadius(boxHeight: hb)
            return o(shape == .braceLeft ? k : -k, 0)
        case .document, .taggedDocument: return o(0, -hb / 10)
        case .linedDocument: return o(wb * 0.025 / 1.1, -hb / 10)
        case .stackedDocument:
            let d = NodeShapeSizing.documentStackOffset
            return o(-d, d - NodeShapeSizing.stackedDocumentAmplitude(boxHeight: hb) / 2)
        case .horizontalCylinder: return o(-NodeShapeSizing.sideCapWidth(height: hb) / 2, 0)
        case .linedCylinder: return o(0, NodeShapeSizing.cylinderCapHeight(width: wb))
        case .dividedRectangle: return o(0, hb / 12)
        case .slopedRectangle: return o(0, hb / 6)
        case .triangle, .flippedTriangle:
            // The label sits against the wide side, half a padding from it.
            let y = hb / 2 - label.height / 2 - NodeShapeSizing.padding / 2
            return o(0, shape == .triangle ? y : -y)
        default: return .zero
        }
    }

    /// A core box grown on every side by bulges `ratio` deep of the final box's short side.
    static func grown(_ core: Size, depth ratio: Double) -> Size {
        let e = ratio * min(core.width, core.height) / (1 - 2 * ratio)
        return Size(width: core.width + 2 * e, height: core.height + 2 * e)
    }
}
