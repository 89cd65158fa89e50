import Geometry
@testable import LayeredLayout

/// A small deterministic generator (SplitMix64) so random graphs are the same every run.
struct SeededRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func int(_ range: Range<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
    mutating func chance(_ p: Double) -> Bool { Double(next() % 10_000) / 10_000 < p }
}

enum Fixtures {
    static func node(_ w: Double = 40, _ h: Double = 30, in cluster: Int? = nil) -> LayoutNode {
        LayoutNode(size: Size(width: w, height: h), cluster: cluster)
    }

    static func edge(_ a: Int, _ b: Int, label: Size? = nil, minLength: Int = 1) -> LayoutEdge {
        LayoutEdge(from: .node(a), to: .node(b), minLength: minLength, labelSize: label)
    }

    /// A random graph: `acyclic` keeps edges pointing to larger ids.
    static func random(seed: UInt64, nodes: Int, edges: Int, acyclic: Bool, clusters: Int = 0,
                       labels: Bool = false, clusterEnds: Bool = false,
                       direction: LayoutDirection = .topToBottom) -> LayoutGraph {
        var rng = SeededRandom(seed: seed)
        var g = LayoutGraph(options: LayoutOptions(direction: direction))
        for c in 0..<clusters {
            let parent = c > 0 && rng.chance(0.4) ? rng.int(0..<c) : nil
            g.clusters.append(LayoutCluster(parent: parent, titleSize: Size(width: Double(30 + rng.int(0..<60)), height: 18),
                                            padding: 8))
        }
        for _ in 0..<nodes {
            let cluster = clusters > 0 && rng.chance(0.6) ? rng.int(0..<clusters) : nil
            g.nodes.append(node(Double(20 + rng.int(0..<80)), Double(20 + rng.int(0..<40)), in: cluster))
        }
        guard nodes > 1 else { return g }
        for _ in 0..<edges {
            var a = rng.int(0..<nodes), b = rng.int(0..<nodes)
            if a == b { continue }
            if acyclic && a > b { swap(&a, &b) }
            let label = labels && rng.chance(0.3) ? Size(width: Double(20 + rng.int(0..<40)), height: 16) : nil
            var e = edge(a, b, label: label)
            if clusterEnds && clusters > 0 && rng.chance(0.15) { e.from = .cluster(rng.int(0..<clusters)) }
            if clusterEnds && clusters > 0 && rng.chance(0.15) { e.to = .cluster(rng.int(0..<clusters)) }
            g.edges.append(e)
        }
        return g
    }

    /// Runs the passes up to ordering, for tests of the inner passes.
    static func ordered(_ graph: LayoutGraph) -> WorkGraph {
        var g = BuildWorkGraph.run(graph)
        NestClusters.run(&g)
        BreakCycles.run(&g)
        RankNodes.run(&g)
        NestClusters.cleanup(&g)
        SplitLongEdges.run(&g)
        OrderNodes.run(&g)
        return g
    }

    static func crossings(_ g: WorkGraph) -> Int { CrossingCount.total(layers: g.layers, down: g.down) }
}
