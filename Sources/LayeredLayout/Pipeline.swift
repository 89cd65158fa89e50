import Geometry

/// Entry point of the layered (Sugiyama) layout: the passes in order, like dagre's runLayout.
public enum LayeredPipeline {
    public static func run(_ graph: LayoutGraph) -> LayoutResult {
        measured(graph).result
    }

    /// The layout plus the time each pass took (for `--timings`).
    public static func measured(_ graph: LayoutGraph) -> (result: LayoutResult, timings: [LayoutPassTiming]) {
        var clock = PassClock()
        let (outer, isolated) = clock.time("isolate directed clusters") { IsolateDirectedClusters.run(graph) }
        var g = clock.time("build work graph") { BuildWorkGraph.run(outer) }
        clock.time("nest clusters") { NestClusters.run(&g) }
        clock.time("break cycles") { BreakCycles.run(&g) }
        clock.time("rank (network simplex)") { RankNodes.run(&g) }
        clock.time("unnest clusters") { NestClusters.cleanup(&g) }
        clock.time("split long edges") { SplitLongEdges.run(&g) }
        clock.time("order") { OrderNodes.run(&g) }
        clock.time("cluster sides") { ClusterBorders.insert(&g) }
        clock.time("coordinates (Brandes-Koepf)") { AssignCoordinates.run(&g) }
        clock.time("cluster boxes") { ClusterBorders.setBoxes(&g) }
        clock.time("route edges") { RouteEdges.run(&g, graph: outer) }
        clock.time("undo cycle reversals") { BreakCycles.undo(&g) }
        let oriented = clock.time("orient") { Orient.run(g, nodeCount: outer.nodes.count) }
        var result = clock.time("place directed clusters") { IsolateDirectedClusters.undo(oriented, isolated) }
        clock.time("routes beside titles") { AvoidTitles.run(&result, graph: graph) }
        return (result, clock.timings)
    }
}

/// How long one layout pass took.
public struct LayoutPassTiming: Hashable, Sendable {
    public var pass: String
    public var duration: Duration

    public init(pass: String, duration: Duration) {
        self.pass = pass
        self.duration = duration
    }
}

/// Collects pass durations with the monotonic clock.
struct PassClock {
    private(set) var timings: [LayoutPassTiming] = []
    private let clock = ContinuousClock()

    mutating func time<T>(_ pass: String, _ body: () -> T) -> T {
        let start = clock.now
        let value = body()
        timings.append(LayoutPassTiming(pass: pass, duration: clock.now - start))
        return value
    }
}
