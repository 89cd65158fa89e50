import Foundation
import Geometry
import Scene
import Testing
@testable import Trellis

/// The figures on hand-made drawings whose answers are known, and on real drawings against
/// shared/tools/layout_metrics.py run over our own SVG.
@Suite struct DiagramStatsTests {
    static func node(_ id: String, _ rect: Rect) -> Item {
        .group(GroupItem([.shape(ShapeItem(path: .rect(rect), fill: .white))],
                         tag: Tag(classes: ["node"], data: [Tag.KeyValue("id", id)])))
    }

    static func edge(_ from: String, _ to: String, _ points: [Point]) -> Item {
        .group(GroupItem([.shape(ShapeItem(path: .polyline(points), stroke: StrokeStyle(color: .black), tag: .class("edge-path")))],
                         tag: Tag(classes: ["edge"], data: [Tag.KeyValue("from", from), Tag.KeyValue("to", to)])))
    }

    static func label(_ rect: Rect) -> Item {
        .group(GroupItem([.shape(ShapeItem(path: .rect(rect), fill: .white))], tag: .class("edge-label")))
    }

    static func p(_ x: Double, _ y: Double) -> Point { Point(x: x, y: y) }

    @Test func countsCrossingsThroughNodesAndOverlaps() {
        let frame = Frame(size: Size(width: 400, height: 400), items: [
            Self.node("a", Rect(x: 0, y: 0, width: 40, height: 20)),
            Self.node("b", Rect(x: 200, y: 0, width: 40, height: 20)),
            Self.node("c", Rect(x: 0, y: 200, width: 40, height: 20)),
            Self.node("d", Rect(x: 200, y: 200, width: 40, height: 20)),
            Self.node("m", Rect(x: 100, y: 90, width: 40, height: 20)),
            Self.node("o", Rect(x: 110, y: 95, width: 40, height: 20)),   // overlaps m
            Self.edge("a", "d", [Self.p(20, 20), Self.p(220, 200)]),                 // through m and o
            Self.edge("b", "c", [Self.p(220, 20), Self.p(20, 200)]),                 // crosses a->d, through m/o
            Self.edge("a", "b", [Self.p(40, 10), Self.p(200, 10)]),                  // shares a with a->d: no crossing
            Self.label(Rect(x: 60, y: 0, width: 30, height: 20)),
            Self.label(Rect(x: 80, y: 5, width: 30, height: 20)),          // overlaps the first label
        ])
        let stats = DiagramStats(frame: frame)
        #expect(stats.nodes == 6)
        #expect(stats.edges == 3)
        #expect(stats.crossings == 1)
        #expect(stats.edgesThroughNodes == 4)
        #expect(stats.nodeOverlaps == 1)
        #expect(stats.labelOverlaps == 1)
        #expect(stats.labelNodeOverlaps == 0)
        #expect(stats.width == 240 && stats.height == 220)
    }

    @Test func straightEdgeHasNoBendsAndCornerHasOne() {
        let frame = Frame(size: Size(width: 300, height: 300), items: [
            Self.edge("x", "y", [Self.p(0, 0), Self.p(0, 100)]),
            Self.edge("x", "z", [Self.p(0, 0), Self.p(0, 100), Self.p(100, 100)]),
        ])
        #expect(DiagramStats(frame: frame).bends == 1)
    }

    @Test func agreesWithLayoutMetricsToolOnTheFlagship() throws {
        let tool = TestPaths.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/tools/layout_metrics.py")
        guard FileManager.default.fileExists(atPath: tool.path) else {
            print("DiagramStatsTests: \(tool.path) not found; comparison not run")
            return
        }
        let compiler = try DiagramCompiler(fontDirectory: TestPaths.fonts)
        let text = try String(contentsOf: TestPaths.flagship, encoding: .utf8)
        let frame = try #require(compiler.compile(.init(name: "flagship.mmd", text: text)).frame)
        let svg = FileManager.default.temporaryDirectory.appendingPathComponent("trellis-stats-\(UUID().uuidString).svg")
        try Data(try compiler.render(frame, as: .svg)).write(to: svg)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", tool.path, "--dialect", "trellis", svg.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let lines = output.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        try #require(lines.count == 2)
        let row = Dictionary(uniqueKeysWithValues: zip(lines[0], lines[1]))
        let stats = DiagramStats(frame: frame)
        for (name, value) in stats.fields where ["nodes", "edges", "clusters", "edge_labels", "crossings",
                                                 "edge_through_node", "node_overlaps", "cluster_overlaps",
                                                 "cluster_title_crossings"].contains(name) {
            #expect(row[name] == value, "\(name): ours \(value), layout_metrics.py \(row[name] ?? "?")")
        }
    }
}
