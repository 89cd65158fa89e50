import Geometry

/// Entry point of the layered (Sugiyama) layout: the passes in order, like dagre's runLayout.
public enum LayeredPipeline {
    public static func run(_ graph: LayoutGraph) -> LayoutResult {
        let (outer, isolated) = IsolateDirectedClusters.run(graph)
        var g = BuildWorkGraph.run(outer)
        NestClusters.run(&g)
        BreakCycles.run(&g)
        RankNodes.run(&g)
        NestClusters.cleanup(&g)
        SplitLongEdges.run(&g)
        OrderNodes.run(&g)
        AssignCoordinates.run(&g)
        SeparateClusters.run(&g)
        RouteEdges.run(&g, graph: outer)
        BreakCycles.undo(&g)
        let result = Orient.run(g, nodeCount: outer.nodes.count)
        return IsolateDirectedClusters.undo(result, isolated)
    }
}
