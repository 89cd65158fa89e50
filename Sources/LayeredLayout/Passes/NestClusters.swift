/// Ties every cluster's content between its top and bottom border nodes.
///
/// What: adds "nesting" edges top(c) → each direct member and → top(child), each direct
/// member and bottom(child) → bottom(c), all with length 1 and a weight above the sum of all
/// edge weights (twice that towards a box), so ranking keeps a cluster's content between its
/// borders and makes every cluster as short as it can be: clusters then stack along the rank
/// axis instead of spreading side by side (the nesting graph of Sander 1996 as used by dagre). `cleanup` removes them once ranks are known.
/// Pre: border nodes exist (BuildWorkGraph). Post (cleanup): rank(top) < rank(member) <
/// rank(bottom) for every member, nested clusters strictly inside their parent's borders.
enum NestClusters {
    static func run(_ g: inout WorkGraph) {
        guard !g.clusters.isEmpty else { return }
        let weight = g.edges.reduce(1.0) { $0 + $1.weight }
        func nest(_ a: Int, _ b: Int) {
            let toBox = g.nodes[a].isSolid || g.nodes[b].isSolid
            g.edges.append(.init(from: a, to: b, minLength: 1, weight: toBox ? 2 * weight : weight,
                                 original: nil, isNesting: true))
        }
        for v in g.nodes.indices {
            guard let c = g.nodes[v].cluster else { continue }
            switch g.nodes[v].kind {
            case .clusterTop(let own):
                if let p = g.clusters[own].parent { nest(g.clusters[p].top, v) }
            case .clusterBottom(let own):
                if let p = g.clusters[own].parent { nest(v, g.clusters[p].bottom) }
            default:
                nest(g.clusters[c].top, v)
                nest(v, g.clusters[c].bottom)
            }
        }
    }

    static func cleanup(_ g: inout WorkGraph) {
        g.edges.removeAll { $0.isNesting }
        assert(g.nodes.allSatisfy { node in
            guard let c = node.cluster else { return true }
            let top = g.nodes[g.clusters[c].top].rank, bottom = g.nodes[g.clusters[c].bottom].rank
            switch node.kind {
            case .clusterTop, .clusterBottom: return top < bottom
            default: return top < node.rank && node.rank < bottom
            }
        }, "cluster content must lie strictly between its border ranks")
    }
}
