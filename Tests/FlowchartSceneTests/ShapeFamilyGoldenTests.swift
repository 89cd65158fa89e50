import Flowchart
import Foundation
import Geometry
import Testing
@testable import FlowchartScene

/// One golden path dump per shape family (`Snapshots/shapes-<family>.txt`), re-recorded with
/// `TRELLIS_RECORD=1`: each shape sized around a 64×19 label and drawn at the origin.
@Suite struct ShapeFamilyGoldenTests {
    static let families: [(String, [NodeShape])] = [
        ("polygons", [.rectangle, .rhombus, .hexagon, .asymmetric, .parallelogram, .parallelogramAlt, .trapezoid,
                      .trapezoidAlt, .notchedRectangle, .notchedPentagon, .triangle, .flippedTriangle,
                      .slopedRectangle, .hourglass, .bolt, .fork]),
        ("boxes", [.subroutine, .linedRectangle, .windowPane, .dividedRectangle, .datastore, .text,
                   .taggedRectangle, .stackedRectangle]),
        ("round", [.roundedRectangle, .stadium, .circle, .doubleCircle, .smallCircle, .filledCircle, .framedCircle,
                   .crossedCircle, .delay, .curvedTrapezoid, .bowTieRectangle, .cloud, .bang]),
        ("cylinders", [.cylinder, .linedCylinder, .horizontalCylinder]),
        ("documents", [.document, .linedDocument, .taggedDocument, .stackedDocument, .flag]),
        ("braces", [.braceLeft, .braceRight, .braces]),
    ]

    static func dump(_ shapes: [NodeShape]) -> String {
        let label = Size(width: 64, height: 19)
        var lines: [String] = []
        for shape in shapes {
            let size = NodeShapeSizing.size(of: shape, label: label)
            let box = Rect(x: 0, y: 0, width: size.width, height: size.height)
            let paths = NodeShapePaths(shape, in: box)
            let offset = NodeShapeSizing.labelOffset(of: shape, box: size, label: label)
            lines.append("\(shape.rawValue) box \(size) paint \(paths.paint) label \(offset)")
            lines.append("  outer " + FrameDump.path(paths.outer))
            for p in paths.layers { lines.append("  layer " + FrameDump.path(p)) }
            for p in paths.details { lines.append("  detail " + FrameDump.path(p)) }
            for p in paths.solids { lines.append("  solid " + FrameDump.path(p)) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func familiesCoverEveryShapeOnce() {
        let listed = Self.families.flatMap(\.1)
        #expect(listed.count == NodeShape.allCases.count)
        #expect(Set(listed) == Set(NodeShape.allCases))
    }

    @Test(arguments: families.map(\.0))
    func familyMatchesItsGolden(family: String) throws {
        let shapes = try #require(Self.families.first { $0.0 == family }?.1)
        let text = Self.dump(shapes)
        let url = SnapshotTests.directory.appendingPathComponent("shapes-\(family).txt")
        if ProcessInfo.processInfo.environment["TRELLIS_RECORD"] == "1" {
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(text == expected, "shapes-\(family) differs; re-record with TRELLIS_RECORD=1")
    }
}
