import Diagnostics
import Flowchart
@testable import FlowchartScene
import Foundation
import Geometry
import LayeredLayout
import Render
import Testing

/// The layout invariants, checked on the real drawing of every corpus file and the flagship:
/// node boxes never overlap, clusters hold their members and nested clusters, sibling
/// clusters never overlap, edge labels overlap neither nodes nor each other, and routes pass
/// through no box but their own ends' and no cluster title.
@Suite struct CorpusLayoutInvariantTests {
    static let tolerance = 1.0

    @Test func invariantsHoldOnEveryCorpusFile() throws {
        var files = ((try? FileManager.default.contentsOfDirectory(atPath: TestPaths.corpus.path)) ?? [])
            .filter { $0.hasSuffix(".mmd") }.sorted().map { TestPaths.corpus.appendingPathComponent($0) }
        if files.isEmpty { print("CorpusLayoutInvariantTests: no corpus at \(TestPaths.corpus.path); flagship only") }
        files.append(TestPaths.flagship)
        let engine = try RenderEngine(fontDirectory: TestPaths.fonts)
        var checked = 0
        for url in files {
            let text = try String(contentsOf: url, encoding: .utf8)
            let (diagram, diagnostics) = FlowchartCompiler.compile(SourceFile(name: url.lastPathComponent, text: text))
            guard let diagram, !diagnostics.hasErrors else { continue }
            var graph: LayoutGraph?
            let drawing = FlowchartSceneBuilder.draw(diagram, measurer: engine.measurer, options: FlowchartSceneOptions()) {
                graph = $0
                return LayeredPipeline.run($0)
            }
            let titles = graph.map { g in g.clusters.map(\.titleSize) } ?? []
            let crossed = Self.titleCrossings(in: drawing.layout, titles: titles, diagram: diagram)
            for problem in Self.problems(in: drawing.layout, diagram: diagram) + crossed {
                Issue.record("\(url.lastPathComponent): \(problem)")
            }
            checked += 1
        }
        print("CorpusLayoutInvariantTests: checked \(checked) drawings")
        #expect(checked > 0)
    }

    static func problems(in layout: LayoutResult, diagram: FlowchartDiagram) -> [String] {
        var found: [String] = []
        let nodes = layout.nodes
        for i in nodes.indices {
            for j in nodes.indices where j > i && nodes[i].intersects(nodes[j], tolerance: tolerance) {
                found.append("nodes \(diagram.nodes[i].id) and \(diagram.nodes[j].id) overlap")
            }
            if let s = diagram.nodes[i].subgraph, s < layout.clusters.count,
               !layout.clusters[s].contains(nodes[i], tolerance: tolerance) {
                found.append("cluster \(diagram.subgraphs[s].id) does not hold node \(diagram.nodes[i].id)")
            }
        }
        let clusters = layout.clusters
        for a in clusters.indices {
            if let p = diagram.subgraphs[a].parent, !clusters[p].contains(clusters[a], tolerance: tolerance) {
                found.append("cluster \(diagram.subgraphs[p].id) does not hold cluster \(diagram.subgraphs[a].id)")
            }
            for b in clusters.indices where b > a {
                let nested = clusters[a].contains(clusters[b], tolerance: tolerance)
                    || clusters[b].contains(clusters[a], tolerance: tolerance)
                if !nested && clusters[a].intersects(clusters[b], tolerance: tolerance) {
                    found.append("clusters \(diagram.subgraphs[a].id) and \(diagram.subgraphs[b].id) overlap")
                }
            }
        }
        // Routes go around boxes: no segment enters the box (shrunk by 2) of a node that is
        // not one of the edge's ends (self-loops and cluster ends aside).
        for (e, edge) in diagram.edges.enumerated() where e < layout.edges.count {
            guard case .node(let a) = edge.from, case .node(let b) = edge.to, a != b else { continue }
            let points = layout.edges[e].points
            for (p, q) in zip(points, points.dropFirst()) {
                for (n, node) in nodes.enumerated() where n != a && n != b && node.width > 4 && node.height > 4 {
                    if Self.segment(p, q, enters: node.insetBy(dx: 2, dy: 2)) {
                        found.append("edge \(diagram.nodes[a].id)->\(diagram.nodes[b].id) passes through node \(diagram.nodes[n].id)")
                    }
                }
            }
        }
        let labels = layout.edges.enumerated().compactMap { index, route in route.labelRect.map { (index, $0) } }
        for (k, (edge, rect)) in labels.enumerated() {
            for (n, node) in nodes.enumerated() where rect.intersects(node, tolerance: tolerance) {
                found.append("label of edge \(edge) overlaps node \(diagram.nodes[n].id)")
            }
            for (other, otherRect) in labels[(k + 1)...] where rect.intersects(otherRect, tolerance: tolerance) {
                found.append("labels of edges \(edge) and \(other) overlap")
            }
        }
        return found
    }

    /// Route segments that pass through a cluster's title box (centred at the top inside the
    /// cluster box, `titleSize` big, the title's gap below the top edge included).
    static func titleCrossings(in layout: LayoutResult, titles: [Size], diagram: FlowchartDiagram) -> [String] {
        var found: [String] = []
        for (c, box) in layout.clusters.enumerated() where c < titles.count && titles[c].width > 0 && titles[c].height > 0 {
            let title = Rect(x: box.midX - titles[c].width / 2, y: box.minY, width: titles[c].width, height: titles[c].height)
            for (e, route) in layout.edges.enumerated() {
                let crosses = zip(route.points, route.points.dropFirst()).contains { Self.segment($0, $1, enters: title) }
                if crosses { found.append("edge \(e) crosses the title of cluster \(diagram.subgraphs[c].id)") }
            }
        }
        return found
    }

    /// Whether segment `p`–`q` meets the open rectangle (Liang–Barsky clipping).
    static func segment(_ p: Point, _ q: Point, enters box: Rect) -> Bool {
        var t0 = 0.0, t1 = 1.0
        let dx = q.x - p.x, dy = q.y - p.y
        for (pk, qk) in [(-dx, p.x - box.minX), (dx, box.maxX - p.x), (-dy, p.y - box.minY), (dy, box.maxY - p.y)] {
            if pk == 0 {
                if qk <= 0 { return false }
            } else {
                let t = qk / pk
                if pk < 0 { t0 = max(t0, t) } else { t1 = min(t1, t) }
            }
        }
        return t1 - t0 > 1e-9
    }

    /// Every curve kind, on every third corpus file: no drawn edge line (its path sampled)
    /// enters the box of a node that is not one of its ends.
    @Test func everyCurveKindStaysOutOfOtherBoxes() throws {
        let all = ((try? FileManager.default.contentsOfDirectory(atPath: TestPaths.corpus.path)) ?? [])
            .filter { $0.hasSuffix(".mmd") }.sorted()
        let files = all.enumerated().filter { $0.offset % 3 == 0 }.map { TestPaths.corpus.appendingPathComponent($0.element) }
        let engine = try RenderEngine(fontDirectory: TestPaths.fonts)
        var checked = 0
        for url in files {
            let text = try String(contentsOf: url, encoding: .utf8)
            let (diagram, diagnostics) = FlowchartCompiler.compile(SourceFile(name: url.lastPathComponent, text: text))
            guard let diagram, !diagnostics.hasErrors else { continue }
            let layout = FlowchartSceneBuilder.draw(diagram, measurer: engine.measurer, options: FlowchartSceneOptions()).layout
            let horizontal = diagram.direction == .leftToRight || diagram.direction == .rightToLeft
            for (e, edge) in diagram.edges.enumerated() where e < layout.edges.count {
                guard case .node(let a) = edge.from, case .node(let b) = edge.to, a != b else { continue }
                let start = FlowchartSceneBuilder.outline(edge.from, first: layout.edges[e].points.first, diagram: diagram, layout: layout)
                let end = FlowchartSceneBuilder.outline(edge.to, first: layout.edges[e].points.last, diagram: diagram, layout: layout)
                guard let route = EdgeDrawing.clippedRoute(layout.edges[e].points, start: start, end: end) else { continue }
                let router = EdgeCurveRouter(obstacles: FlowchartSceneBuilder.obstacles(near: route, edge: edge, layout: layout),
                                             ranksHorizontal: horizontal)
                for kind in EdgeCurveKind.allCases {
                    let samples = Self.samples(router.path(through: route, kind: kind))
                    for (p, q) in zip(samples, samples.dropFirst()) {
                        for (n, node) in layout.nodes.enumerated() where n != a && n != b && node.width > 4 && node.height > 4 {
                            if Self.segment(p, q, enters: node.insetBy(dx: 2, dy: 2)) {
                                Issue.record("\(url.lastPathComponent): \(kind) edge \(diagram.nodes[a].id)->\(diagram.nodes[b].id) enters \(diagram.nodes[n].id)")
                            }
                        }
                    }
                }
            }
            checked += 1
        }
        #expect(checked > 0 || all.isEmpty)
    }

    /// Points along a path, cubic pieces sampled finely.
    static func samples(_ path: Path) -> [Point] {
        path.flattened(segmentsPerCurve: 40).flatMap { $0 }
    }
}
