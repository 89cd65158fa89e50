import Diagnostics
import Flowchart
import Geometry
import Scene
import Testing
@testable import FlowchartScene

/// Edge curve kinds, `look: handDrawn`, and the flowchart config values that size the drawing.
@Suite struct CurveAndLookTests {
    let route = [Point(x: 0, y: 0), Point(x: 10, y: 20), Point(x: 30, y: 40)]

    func kinds(_ path: Path) -> String {
        path.elements.map { element -> String in
            switch element {
            case .move: return "M"
            case .line: return "L"
            case .cubic: return "C"
            case .close: return "Z"
            }
        }.joined()
    }

    func frame(_ text: String) throws -> Frame {
        let (diagram, diagnostics) = FlowchartCompiler.compile(SourceFile(name: "t.mmd", text: text))
        #expect(!diagnostics.hasErrors)
        return Fixtures.draw(try #require(diagram)).frame
    }

    func edgePaths(_ frame: Frame) -> [Path] {
        Fixtures.groups(frame, "edge").compactMap { Fixtures.shapes($0, "edge-path").first?.path }
    }

    @Test func curveNamesMapToKinds() {
        #expect(EdgeCurveKind(name: "linear") == .linear)
        #expect(EdgeCurveKind(name: "stepBefore") == .stepBefore)
        #expect(EdgeCurveKind(name: "STEPAFTER") == .stepAfter)
        #expect(EdgeCurveKind(name: "basis") == .smooth)
        #expect(EdgeCurveKind(name: "monotoneX") == .monotoneX)
        #expect(EdgeCurveKind(name: "rounded") == .rounded)
        #expect(EdgeCurveKind(name: "catmullRom") == .catmullRom)
        #expect(EdgeCurveKind(name: "nonsense") == .basis)
        #expect(EdgeCurveKind(name: nil) == .smooth)
        #expect(EdgeCurveKind(name: "bumpY") == .bumpY)
    }

    @Test func curveKindsProduceTheirPathCommands() {
        #expect(kinds(EdgeCurveKind.linear.path(through: route)) == "MLL")
        #expect(kinds(EdgeCurveKind.smooth.path(through: route)) == "MCC")
        #expect(kinds(EdgeCurveKind.step.path(through: route)) == "MLLLLLL")
        #expect(kinds(EdgeCurveKind.bumpX.path(through: route)) == "MCC")
        let before = EdgeCurveKind.stepBefore.path(through: route)
        #expect(before.elements[1] == .line(Point(x: 0, y: 20)))
        let after = EdgeCurveKind.stepAfter.path(through: route)
        #expect(after.elements[1] == .line(Point(x: 10, y: 0)))
        let step = EdgeCurveKind.step.path(through: route)
        // Ranks advance downwards: the across leg is in the middle of the gap between them.
        #expect(step.elements[1] == .line(Point(x: 0, y: 10)) && step.elements[2] == .line(Point(x: 10, y: 10)))
        let sideways = EdgeCurveRouter(obstacles: [], ranksHorizontal: true).path(through: route, kind: .step)
        #expect(sideways.elements[1] == .line(Point(x: 5, y: 0)) && sideways.elements[2] == .line(Point(x: 5, y: 20)))
        #expect(kinds(EdgeCurveKind.rounded.path(through: route)) == "MLCLCLCLCL")
        #expect(kinds(EdgeCurveKind.step.path(through: [route[0]])) == "M")
    }

    /// A box in the way of a kind's usual shape: the line takes another turn, never the box.
    @Test func everyKindAvoidsObstacles() {
        let a = Point(x: 0, y: 0), b = Point(x: 100, y: 100)
        // Blocks the middle of the gap (step), the corner (100, 0) of stepAfter, and (0, 100);
        // the straight route itself is clear.
        let boxes = [Rect(x: 60, y: 45, width: 30, height: 10), Rect(x: 80, y: -10, width: 30, height: 20),
                     Rect(x: -10, y: 80, width: 20, height: 30)]
        let router = EdgeCurveRouter(obstacles: boxes, ranksHorizontal: false)
        for kind in EdgeCurveKind.allCases {
            let path = router.path(through: [a, b], kind: kind)
            let samples = Self.flatten(path)
            #expect(router.clear(samples), "\(kind) enters a box")
        }
    }

    /// Points along a path (cubics sampled), for obstacle checks.
    static func flatten(_ path: Path) -> [Point] {
        path.flattened(segmentsPerCurve: 32).flatMap { $0 }
    }

    @Test func configCurveAndEdgeCurveReachTheDrawing() throws {
        let drawn = try frame("""
        ---
        config:
          flowchart:
            curve: linear
        ---
        flowchart LR
          A --> B --> C
          A e1@--> C
          e1@{ curve: stepAfter }
        """)
        let paths = edgePaths(drawn)
        #expect(paths.count == 3)
        for path in paths {
            #expect(!path.elements.contains { if case .cubic = $0 { return true } else { return false } })
        }
    }

    @Test func handDrawnIsDeterministicAndSketchy() throws {
        let source = """
        ---
        config:
          look: handDrawn
        ---
        flowchart TD
          A[One] --> B{Two}
          subgraph S
            C
          end
          B --> C
        """
        let first = try frame(source), second = try frame(source)
        #expect(first == second)
        let classic = try frame(source.replacingOccurrences(of: "handDrawn", with: "classic"))
        #expect(first != classic)
        let node = try #require(Fixtures.groups(first, "node").first)
        guard case .group(let sketch) = node.items.first else {
            Issue.record("a hand-drawn node starts with its sketch group")
            return
        }
        #expect(sketch.tag.classes == ["hand-drawn"])
        let strokes = Fixtures.shapes(sketch).filter { $0.stroke != nil }
        #expect(strokes.count == 2)
        #expect(strokes[0].path != strokes[1].path)
        #expect(Fixtures.shapes(sketch).first?.fill == Color(rgb: 0xECECFF))
        #expect(Fixtures.texts(node).count == 1)
    }

    @Test func spacingPaddingAndDiagramPaddingTakeEffect() throws {
        let plain = try frame("flowchart LR\n  A --> B")
        let wide = try frame("""
        ---
        config:
          flowchart:
            nodeSpacing: 10
            rankSpacing: 150
            padding: 40
            diagramPadding: 30
        ---
        flowchart LR
          A --> B
        """)
        // Wider nodes (padding 40 vs 15), longer rank gap (150 vs 50), 30 vs 8 margin.
        #expect(wide.size.width > plain.size.width + 2 * 50 + 100 + 2 * 22 - 1)
        let node = try #require(Fixtures.groups(wide, "node").first.flatMap { Fixtures.shapes($0).first })
        #expect(node.path.bounds.minX >= 30 - 0.001)
        let plainNode = try #require(Fixtures.groups(plain, "node").first.flatMap { Fixtures.shapes($0).first })
        #expect(node.path.bounds.width - plainNode.path.bounds.width > 40)
    }

    @Test func wrappingWidthTakesEffect() throws {
        let label = "a long label with many words that wraps somewhere"
        let narrow = try frame("%%{init: {\"flowchart\": {\"wrappingWidth\": 60}}}%%\nflowchart LR\n  A[\(label)]")
        let wide = try frame("%%{init: {\"flowchart\": {\"wrappingWidth\": 1000}}}%%\nflowchart LR\n  A[\(label)]")
        let text = try #require(Fixtures.groups(narrow, "node").first.flatMap { Fixtures.texts($0).first })
        let line = try #require(Fixtures.groups(wide, "node").first.flatMap { Fixtures.texts($0).first })
        #expect(text.wraps && !line.wraps)
        #expect(text.box.width < line.box.width / 2)
        #expect(text.box.height > line.box.height * 2)
    }
}
