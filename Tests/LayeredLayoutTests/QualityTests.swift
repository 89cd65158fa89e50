import Geometry
import Testing
@testable import LayeredLayout

/// Layout quality regressions: routes around boxes, clusters stacked with straight chains,
/// cycle breaking in the author's order, compact clustered layouts.
@Suite struct QualityTests {
    /// Route segments entering the box (shrunk by 2) of a node that is not an end of the edge.
    static func routesThroughBoxes(_ graph: LayoutGraph, _ result: LayoutResult) -> [String] {
        var found: [String] = []
        for (i, edge) in graph.edges.enumerated() where edge.from != edge.to {
            var ends: [Int] = []
            if case .node(let a) = edge.from { ends.append(a) }
            if case .node(let b) = edge.to { ends.append(b) }
            let points = result.edges[i].points
            for (p, q) in zip(points, points.dropFirst()) {
                for (n, box) in result.nodes.enumerated() where !ends.contains(n) && box.width > 4 && box.height > 4 {
                    if RoutePolyline.segmentEnters(p, q, minX: box.minX + 2, maxX: box.maxX - 2,
                                                   minY: box.minY + 2, maxY: box.maxY - 2) {
                        found.append("edge \(i) passes through node \(n)")
                    }
                }
            }
        }
        return found
    }

    @Test(arguments: LayoutDirection.allCases)
    func randomRoutesGoAroundBoxes(direction: LayoutDirection) {
        for seed in 0..<12 {
            let graph = Fixtures.random(seed: UInt64(seed) &+ 500, nodes: 24, edges: 36, acyclic: seed % 2 == 0,
                                        clusters: seed % 3 == 0 ? 0 : 4, labels: seed % 4 < 2, direction: direction)
            let result = LayeredPipeline.run(graph)
            #expect(Self.routesThroughBoxes(graph, result).isEmpty, "seed \(seed)")
            #expect(Invariants.violations(graph, result).isEmpty, "seed \(seed)")
        }
    }

    /// A box two ranks up whose edge to the far right used to cut through its rank neighbour.
    @Test func endSegmentLeavesBelowTheRow() {
        var graph = LayoutGraph()
        graph.nodes = [Fixtures.node(120, 40), Fixtures.node(120, 40), Fixtures.node(120, 40),
                       Fixtures.node(40, 30), Fixtures.node(40, 30), Fixtures.node(40, 30), Fixtures.node(40, 30)]
        // 0 feeds 1 and 2 (side by side); 1 has its own children; 1 and 2 both reach 6 far right.
        graph.edges = [Fixtures.edge(0, 1), Fixtures.edge(0, 2), Fixtures.edge(1, 3), Fixtures.edge(1, 4),
                       Fixtures.edge(2, 5), Fixtures.edge(1, 6, minLength: 2), Fixtures.edge(2, 6, minLength: 2),
                       Fixtures.edge(3, 6)]
        let result = LayeredPipeline.run(graph)
        #expect(Self.routesThroughBoxes(graph, result).isEmpty)
    }

    @Test func flagshipLikeClustersStackWithStraightChain() {
        let (graph, names) = Self.flagship()
        let result = LayeredPipeline.run(graph)
        #expect(Invariants.violations(graph, result).isEmpty)
        #expect(Self.routesThroughBoxes(graph, result).isEmpty)
        func x(_ n: String) -> Double { result.nodes[names.firstIndex(of: n) ?? 0].midX }
        // lb → waf → gw crosses two cluster borders and stays one straight vertical line.
        #expect(abs(x("lb") - x("waf")) < 1)
        #expect(abs(x("waf") - x("gw")) < 1)
        // Clients, Edge and API tier are stacked, not side by side.
        let clients = result.clusters[0], edge = result.clusters[1], api = result.clusters[2]
        #expect(edge.minY >= clients.maxY)
        #expect(api.minY >= edge.maxY)
        // The edges from the API tier down to storage leave the API box through its bottom:
        // wherever they run level with that box, they run inside it.
        for e in [10, 11, 12, 13] {
            for p in result.edges[e].points where p.y > api.minY + 1 && p.y < api.maxY - 1 {
                #expect(p.x >= api.minX - 1 && p.x <= api.maxX + 1, "edge \(e)")
            }
        }
    }

    @Test func cycleBreakingReversesTheEdgeClosingTheCycle() {
        var graph = LayoutGraph(nodes: (0..<5).map { _ in Fixtures.node() })
        graph.edges = [Fixtures.edge(0, 1), Fixtures.edge(1, 2), Fixtures.edge(2, 3), Fixtures.edge(3, 4), Fixtures.edge(4, 0)]
        let result = LayeredPipeline.run(graph)
        let ys = result.nodes.map(\.midY)
        #expect(ys == ys.sorted() && Set(ys).count == 5, "A..E top to bottom, E→A drawn upwards")
        var g = BuildWorkGraph.run(graph)
        BreakCycles.run(&g)
        #expect(g.edges.map(\.reversed) == [false, false, false, false, true])
    }

    /// Many clusters stacked rank after rank (like bench/inputs/layered1000.mmd): the width
    /// stays within a small multiple of the widest rank.
    @Test func stackedClustersStayNarrow() {
        var rng = SeededRandom(seed: 42)
        var graph = LayoutGraph()
        let perCluster = 20, clusters = 8
        for c in 0..<clusters {
            graph.clusters.append(LayoutCluster(titleSize: Size(width: 60, height: 18)))
            for _ in 0..<perCluster { graph.nodes.append(Fixtures.node(80, 40, in: c)) }
        }
        let n = graph.nodes.count
        for i in 0..<(n - 1) {
            for _ in 0..<2 {
                let j = min(n - 1, i + 1 + rng.int(0..<30))
                let label = rng.chance(0.1) ? Size(width: 30, height: 16) : nil
                graph.edges.append(Fixtures.edge(i, j, label: label))
            }
        }
        let result = LayeredPipeline.run(graph)
        #expect(Invariants.violations(graph, result).isEmpty)
        var rows: [Double: Double] = [:]
        for box in result.nodes { rows[(box.midY * 10).rounded() / 10, default: 0] += box.width + 50 }
        let widest = rows.values.max() ?? 0
        #expect(result.size.width < 3.2 * widest, "width \(result.size.width), widest rank \(widest)")
    }

    /// The flagship topology (diagrams/ARCH_SIGIL_TOPOLOGY.mmd) with rough box sizes.
    static func flagship() -> (LayoutGraph, [String]) {
        let groups: [(String, [String])] = [
            ("Clients", ["cli", "sdk"]), ("Edge", ["lb", "waf"]), ("API tier", ["gw", "enc", "ver", "q"]),
            ("Auth", ["tok", "jwks", "tstore"]), ("Storage", ["ldb", "pg", "integ", "bak"]),
            ("CI/CD", ["build", "tests", "reg", "deploy"]), ("Monitoring", ["prom", "graf", "am", "page"]),
            ("Failure modes", ["hc", "disk", "lock", "rb", "prune", "kill"]),
        ]
        var graph = LayoutGraph()
        var names: [String] = []
        for (c, group) in groups.enumerated() {
            graph.clusters.append(LayoutCluster(titleSize: Size(width: Double(group.0.count * 8), height: 18)))
            for name in group.1 {
                names.append(name)
                graph.nodes.append(Fixtures.node(Double(90 + name.count * 6), name == "hc" ? 110 : 46, in: c))
            }
        }
        let label = Size(width: 70, height: 18)
        let edges: [(String, String, Bool)] = [
            ("cli", "lb", true), ("sdk", "lb", true), ("lb", "waf", false), ("waf", "gw", false),
            ("gw", "tok", true), ("tok", "jwks", false), ("tok", "tstore", false), ("gw", "enc", true),
            ("gw", "ver", true), ("enc", "q", true), ("q", "ldb", false), ("enc", "pg", false),
            ("ver", "ldb", false), ("ver", "pg", false), ("integ", "ldb", true), ("integ", "pg", false),
            ("ldb", "bak", true), ("pg", "bak", true), ("build", "tests", false), ("tests", "reg", true),
            ("reg", "deploy", false), ("deploy", "gw", true), ("enc", "prom", true), ("ver", "prom", true),
            ("prom", "graf", false), ("prom", "am", true), ("am", "page", false), ("page", "hc", false),
            ("page", "disk", false), ("page", "lock", false), ("hc", "rb", true), ("disk", "prune", false),
            ("lock", "kill", false), ("rb", "deploy", false), ("prune", "bak", false),
        ]
        for (a, b, labelled) in edges {
            guard let i = names.firstIndex(of: a), let j = names.firstIndex(of: b) else { continue }
            graph.edges.append(Fixtures.edge(i, j, label: labelled ? label : nil))
        }
        return (graph, names)
    }
}
