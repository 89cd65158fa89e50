import Flowchart
import Foundation
import Geometry
import LayeredLayout
import Scene
import Testing
@testable import FlowchartScene

/// Frame dumps compared with golden files in `Snapshots/`; `TRELLIS_RECORD=1` re-records them.
/// They go through the real `LayeredPipeline`, so they are re-recorded when the layout changes.
@Suite struct SnapshotTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    func assertSnapshot(_ name: String, _ frame: Frame, sourceLocation: SourceLocation = #_sourceLocation) throws {
        DebugSVG.write(frame, name: name)
        let text = FrameDump.dump(frame)
        let url = Self.directory.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["TRELLIS_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: Self.directory, withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(text == expected, "snapshot \(name) differs; re-record with TRELLIS_RECORD=1", sourceLocation: sourceLocation)
    }

    @Test func allShapes() throws {
        let nodes = NodeShape.allCases.enumerated().map { i, shape in Fixtures.node("n\(i)", shape.rawValue, shape) }
        let edges = (0..<(nodes.count - 1)).map { Fixtures.edge($0, $0 + 1) }
        try assertSnapshot("all-shapes", Fixtures.draw(FlowchartDiagram(nodes: nodes, edges: edges)).frame)
    }

    @Test func edgesLabelsAndStyles() throws {
        let diagram = FlowchartDiagram(
            title: "Edges",
            nodes: [Fixtures.node("A", "Start"), Fixtures.node("B", "**Bold** step", .roundedRectangle, markdown: true),
                    Fixtures.node("C", "End", .circle, style: [("fill", "#ffcccc"), ("stroke", "red")])],
            edges: [Fixtures.edge(0, 1, label: "a long edge label that has to wrap somewhere", stroke: .thick),
                    Fixtures.edge(1, 2, stroke: .dotted, start: .circle, end: .cross),
                    Fixtures.edge(0, 2, stroke: .invisible)])
        try assertSnapshot("edges-labels-styles", Fixtures.draw(diagram).frame)
    }

    @Test func clusterWithHandMadeLayout() throws {
        let tests = SceneBuilderTests()
        let frame = Fixtures.draw(tests.clusterDiagram(), options: FlowchartSceneOptions(theme: "forest"),
                                  layout: tests.clusterLayout).frame
        try assertSnapshot("cluster-forest", frame)
    }
}
