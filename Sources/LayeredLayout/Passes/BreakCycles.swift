/// Makes the graph acyclic by reversing a small set of edges.
///
/// What: a depth-first search in input order (nodes by id, edges in input order, as dagre's
/// default acyclicer) orders the boxes (real nodes and placeholders; a cluster end stands for
/// the boxes inside it) by reverse finishing time, so exactly the edges closing a cycle back
/// to a node still on the search path point backward: in `A→B→C→A` it is `C→A`, the edge the
/// author wrote last. (`greedyOrder`, Eades, Lin and Smyth 1993, is kept for comparison.)
/// Border nodes are slotted just before (top) or after (bottom) their cluster's content so
/// nesting edges always point forward; every other edge pointing backward is reversed.
/// `undo` reverses the routes of reversed edges so they run from source to target again.
/// Pre: no self-loops. Post: the graph (with nesting edges) is a DAG.
enum BreakCycles {
    static func run(_ g: inout WorkGraph) {
        let n = g.nodes.count
        // A cluster end stands for all the boxes inside it (or the first, for huge products),
        // so the order tends to put a whole cluster before or after the other end.
        var members = Array(repeating: [Int](), count: g.clusters.count)
        for v in g.nodes.indices where g.nodes[v].isSolid {
            var c = g.nodes[v].cluster
            while let x = c { members[x].append(v); c = g.clusters[x].parent }
        }
        func boxes(_ v: Int) -> [Int] {
            switch g.nodes[v].kind {
            case .clusterTop(let c), .clusterBottom(let c): return members[c].isEmpty ? [v] : members[c]
            default: return [v]
            }
        }
        var pairs: [(Int, Int)] = []
        for e in g.edges where !e.isNesting {
            var tails = boxes(e.from), heads = boxes(e.to)
            if tails.count * heads.count > 400 { tails = [tails[0]]; heads = [heads[0]] }
            for a in tails { for b in heads where a != b { pairs.append((a, b)) } }
        }
        let position = depthFirstOrder(nodeCount: n, edges: pairs)

        var firstPosition = Array(repeating: Int.max, count: g.clusters.count)
        var lastPosition = Array(repeating: Int.min, count: g.clusters.count)
        for v in g.nodes.indices where g.nodes[v].isSolid {
            var c = g.nodes[v].cluster
            while let x = c {
                firstPosition[x] = min(firstPosition[x], position[v])
                lastPosition[x] = max(lastPosition[x], position[v])
                c = g.clusters[x].parent
            }
        }
        func key(_ v: Int) -> (Double, Int) {
            switch g.nodes[v].kind {
            case .clusterTop(let c): return (Double(firstPosition[c]) - 0.5 + 0.001 * Double(g.clusters[c].depth), v)
            case .clusterBottom(let c): return (Double(lastPosition[c]) + 0.5 - 0.001 * Double(g.clusters[c].depth), v)
            default: return (Double(position[v]), v)
            }
        }
        for i in g.edges.indices where !g.edges[i].isNesting {
            let e = g.edges[i]
            if key(e.from) > key(e.to) {
                g.edges[i].from = e.to
                g.edges[i].to = e.from
                g.edges[i].reversed = true
            }
        }
        assert(isAcyclic(g), "cycle breaking must leave a DAG")
    }

    /// Puts the routes of reversed edges back in source-to-target order.
    static func undo(_ g: inout WorkGraph) {
        for e in g.edges where e.reversed {
            guard let original = e.original else { continue }
            g.routes[original].points.reverse()
        }
    }

    /// Reverse postorder of a depth-first search started from every unvisited node in id order,
    /// following out-edges in input order: returns each node's position.
    static func depthFirstOrder(nodeCount n: Int, edges: [(Int, Int)]) -> [Int] {
        var outs = Array(repeating: [Int](), count: n)
        for (a, b) in edges { outs[a].append(b) }
        var visited = Array(repeating: false, count: n)
        var finished: [Int] = []
        finished.reserveCapacity(n)
        var stack: [(node: Int, next: Int)] = []
        for start in 0..<n where !visited[start] {
            visited[start] = true
            stack.append((start, 0))
            while let top = stack.last {
                if top.next < outs[top.node].count {
                    stack[stack.count - 1].next += 1
                    let w = outs[top.node][top.next]
                    if !visited[w] { visited[w] = true; stack.append((w, 0)) }
                } else {
                    finished.append(top.node)
                    stack.removeLast()
                }
            }
        }
        var position = Array(repeating: 0, count: n)
        for (i, v) in finished.reversed().enumerated() { position[v] = i }
        return position
    }

    /// Eades–Lin–Smyth: returns each node's position in a order with few backward edges.
    static func greedyOrder(nodeCount n: Int, edges: [(Int, Int)]) -> [Int] {
        var outs = Array(repeating: [Int](), count: n), ins = Array(repeating: [Int](), count: n)
        var outDegree = Array(repeating: 0, count: n), inDegree = Array(repeating: 0, count: n)
        for (a, b) in edges {
            outs[a].append(b); ins[b].append(a)
            outDegree[a] += 1; inDegree[b] += 1
        }
        var alive = Array(repeating: true, count: n)
        var remaining = n
        var front: [Int] = [], back: [Int] = []
        func remove(_ v: Int) {
            alive[v] = false
            remaining -= 1
            for w in outs[v] where alive[w] { inDegree[w] -= 1 }
            for w in ins[v] where alive[w] { outDegree[w] -= 1 }
        }
        while remaining > 0 {
            var changed = true
            while changed {
                changed = false
                for v in 0..<n where alive[v] {
                    if outDegree[v] == 0 { back.append(v); remove(v); changed = true }
                    else if inDegree[v] == 0 { front.append(v); remove(v); changed = true }
                }
            }
            guard remaining > 0 else { break }
            var best = -1, bestDelta = Int.min
            for v in 0..<n where alive[v] && outDegree[v] - inDegree[v] > bestDelta {
                best = v
                bestDelta = outDegree[v] - inDegree[v]
            }
            front.append(best)
            remove(best)
        }
        var position = Array(repeating: 0, count: n)
        for (i, v) in (front + back.reversed()).enumerated() { position[v] = i }
        return position
    }

    /// Kahn's algorithm over all edges.
    static func isAcyclic(_ g: WorkGraph) -> Bool {
        var inDegree = Array(repeating: 0, count: g.nodes.count)
        var outs = Array(repeating: [Int](), count: g.nodes.count)
        for e in g.edges { inDegree[e.to] += 1; outs[e.from].append(e.to) }
        var queue = g.nodes.indices.filter { inDegree[$0] == 0 }
        var seen = 0
        while let v = queue.popLast() {
            seen += 1
            for w in outs[v] { inDegree[w] -= 1; if inDegree[w] == 0 { queue.append(w) } }
        }
        return seen == g.nodes.count
    }
}
