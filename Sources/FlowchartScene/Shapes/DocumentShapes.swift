import Flowchart
import Foundation
import Geometry

/// Shapes with a wavy edge: the document (plain, lined, tagged, stacked) and the paper-tape flag.
enum DocumentShapes {
    /// Cycles of the document's bottom wave, after mermaid's 0.8.
    static let cycles = 0.8

    static func paths(_ shape: NodeShape, in r: Rect) -> NodeShapePaths? {
        switch shape {
        case .document:
            return NodeShapePaths(outer: Path.polygon(document(r, amplitude: r.height / 10)))
        case .linedDocument:
            let amp = r.height / 10, x = r.minX + r.width * 0.05 / 1.1
            let line = Path.polyline([Point(x: x, y: r.minY), Point(x: x, y: waveY(r, amp, at: x))])
            return NodeShapePaths(outer: Path.polygon(document(r, amplitude: amp)), details: [line])
        case .taggedDocument:
            let amp = r.height / 10
            let tagWidth = 0.2 * r.width / 1.1, tagHeight = 0.2 * r.height / 1.25
            let end = waveY(r, amp, at: r.maxX)
            var tag = [Point(x: r.maxX, y: end - tagHeight)]
            tag += ShapeCurves.wave(from: r.minX, to: r.maxX, baseline: r.maxY - amp, amplitude: amp, cycles: cycles, steps: 48)
                .filter { $0.x >= r.maxX - tagWidth }.reversed()
            return NodeShapePaths(outer: Path.polygon(document(r, amplitude: amp)), details: [Path.polygon(tag)])
        case .stackedDocument:
            return stacked(r)
        case .flag:
            let amp = r.height / 12
            let bottom = ShapeCurves.wave(from: r.minX, to: r.maxX, baseline: r.maxY - amp, amplitude: amp, cycles: 1)
            let top = ShapeCurves.wave(from: r.minX, to: r.maxX, baseline: r.minY + amp, amplitude: amp, cycles: 1)
            return NodeShapePaths(outer: Path.polygon(bottom + top.reversed()))
        default:
            return nil
        }
    }

    /// A flat top and a wave along the bottom whose lowest point touches the box's bottom.
    static func document(_ r: Rect, amplitude amp: Double) -> [Point] {
        let wave = ShapeCurves.wave(from: r.minX, to: r.maxX, baseline: r.maxY - amp, amplitude: amp, cycles: cycles)
        return [Point(x: r.minX, y: r.minY), Point(x: r.maxX, y: r.minY)] + wave.reversed()
    }

    /// The wave's height at `x`.
    static func waveY(_ r: Rect, _ amp: Double, at x: Double) -> Double {
        r.maxY - amp + amp * sin(2 * Double.pi * cycles * (x - r.minX) / max(r.width, 1e-9))
    }

    /// A document in front of two sheets, each `o` up and right of the one before.
    static func stacked(_ r: Rect) -> NodeShapePaths {
        let o = min(NodeShapeSizing.documentStackOffset, r.width / 8, r.height / 8)
        let amp = NodeShapeSizing.stackedDocumentAmplitude(boxHeight: r.height)
        let frontBox = Rect(x: r.minX, y: r.minY + 2 * o, width: r.width - 2 * o, height: r.height - 2 * o)
        let front = document(frontBox, amplitude: amp)
        let end = waveY(frontBox, amp, at: frontBox.maxX)
        func p(_ x: Double, _ y: Double) -> Point { Point(x: x, y: y) }
        let back = [p(r.minX + o, frontBox.minY), p(r.minX + o, r.minY + o), p(r.minX + 2 * o, r.minY + o),
                    p(r.minX + 2 * o, r.minY), p(r.maxX, r.minY), p(r.maxX, end - 2 * o),
                    p(r.maxX - o, end - 2 * o), p(r.maxX - o, end - o), p(frontBox.maxX, end - o)]
        // Silhouette: the front document with the sheets' visible corners spliced in at its top right.
        let silhouette = [front[0]] + back + Array(front.dropFirst(2))
        let middle = Path.rect(Rect(x: r.minX + o, y: r.minY + o, width: r.width - 2 * o, height: end - 2 * o - r.minY))
        return NodeShapePaths(outer: Path.polygon(silhouette), layers: [middle, Path.polygon(front)])
    }
}
