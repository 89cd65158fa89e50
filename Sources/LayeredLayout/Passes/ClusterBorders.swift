import Geometry

/// Makes cluster boxes part of the coordinate assignment (as dagre's border segments do).
///
/// What: `insert` puts a left and a right side node around each cluster's run in every rank
/// its box covers (the ranks between its border rows, and a border row holding its title),
/// replacing its spine bends, and chains each side from rank to rank, so
/// Brandes–Köpf keeps the content `insets` inside the sides, keeps anything outside a cluster
/// clear of it in every rank, and aligns each side chain into one straight block (side
/// chains win every alignment conflict). `setBoxes` then reads each box off its sides
/// (across ranks) and its content (along ranks). No node moves after Brandes–Köpf, so
/// straight edges stay straight.
/// Pre (insert): ordered, clusters contiguous in every rank they span. Pre (setBoxes): x and
/// y assigned. Post: every box contains its members and child boxes with their insets;
/// sibling boxes and boxes versus non-member nodes do not overlap.
enum ClusterBorders {
    static func insert(_ g: inout WorkGraph) {
        guard !g.clusters.isEmpty else { return }
        let isSpine = g.nodes.map { $0.kind == .spine }
        var lastSide = Array(repeating: (left: -1, right: -1), count: g.clusters.count)
        let boxRows = g.clusters.map { sideRanks(g, $0, isSpine: isSpine) }
        func side(_ c: Int, right: Bool, rank r: Int) -> Int {
            let v = g.addNode(.init(kind: right ? .borderRight(c) : .borderLeft(c), width: 0, height: 0,
                                    cluster: c, rank: r))
            g.up.append([])
            g.down.append([])
            let previous = right ? lastSide[c].right : lastSide[c].left
            if previous >= 0 && g.nodes[previous].rank == r - 1 {
                g.down[previous].append(v)
                g.up[v].append(previous)
            }
            if right { lastSide[c].right = v } else { lastSide[c].left = v }
            return v
        }
        for r in g.layers.indices {
            middleTitles(&g, rank: r, isSpine: isSpine)
            var out: [Int] = []
            var open: [Int] = []
            for v in g.layers[r] {
                var chain: [Int] = []
                var c = g.nodes[v].cluster
                while let x = c { chain.append(x); c = g.clusters[x].parent }
                chain.reverse()
                var common = 0
                while common < chain.count, common < open.count, chain[common] == open[common] { common += 1 }
                while open.count > common {
                    let x = open.removeLast()
                    if boxRows[x].contains(r) { out.append(side(x, right: true, rank: r)) }
                }
                for x in chain[common...] {
                    open.append(x)
                    if boxRows[x].contains(r) { out.append(side(x, right: false, rank: r)) }
                }
                if !isSpine[v] { out.append(v) }
            }
            while let x = open.popLast() {
                if boxRows[x].contains(r) { out.append(side(x, right: true, rank: r)) }
            }
            g.layers[r] = out
            for (i, v) in out.enumerated() { g.nodes[v].order = i }
        }
        for v in g.nodes.indices where !isSpine.indices.contains(v) || !isSpine[v] {
            if g.up[v].contains(where: { $0 < isSpine.count && isSpine[$0] }) {
                g.up[v].removeAll { $0 < isSpine.count && isSpine[$0] }
            }
            if g.down[v].contains(where: { $0 < isSpine.count && isSpine[$0] }) {
                g.down[v].removeAll { $0 < isSpine.count && isSpine[$0] }
            }
        }
        for v in isSpine.indices where isSpine[v] { g.up[v] = []; g.down[v] = [] }
    }

    /// The title is drawn at the middle of its box: a title node without edges moves to the
    /// middle of its cluster's run in its row, so routes pass it on both sides, not through it.
    private static func middleTitles(_ g: inout WorkGraph, rank r: Int, isSpine: [Bool]) {
        for v in g.layers[r] {
            let c: Int
            switch g.nodes[v].kind {
            case .clusterTop(let own) where g.nodes[v].height > 0: c = own
            case .clusterBottom(let own) where g.nodes[v].height > 0: c = own
            default: continue
            }
            guard g.up[v].allSatisfy({ isSpine[$0] }), g.down[v].allSatisfy({ isSpine[$0] }) else { continue }
            var layer = g.layers[r]
            guard let at = layer.firstIndex(of: v) else { continue }
            layer.remove(at: at)
            let run = layer.indices.filter { g.isInside(g.nodes[layer[$0]].cluster, c) && !isSpine[layer[$0]] }
            guard let first = run.first, let last = run.last else { continue }
            // Between the middle two items of the run (the run is contiguous).
            layer.insert(v, at: first + (last - first + 1) / 2)
            g.layers[r] = layer
        }
    }

    /// The ranks a cluster's box covers: between its border rows, and a border row with a title.
    static func boxRanks(_ g: WorkGraph, _ cluster: WorkGraph.Cluster) -> ClosedRange<Int> {
        let top = g.nodes[cluster.top], bottom = g.nodes[cluster.bottom]
        let first = top.height > 0 ? top.rank : top.rank + 1
        let last = bottom.height > 0 ? bottom.rank : bottom.rank - 1
        return first...max(first, last)
    }

    /// The ranks with side nodes: the box's ranks, plus a border row whose border node ends an
    /// edge (an edge to the cluster itself), so that node stays between the sides and the
    /// edge leaves from under the box, not from wherever the row left it.
    static func sideRanks(_ g: WorkGraph, _ cluster: WorkGraph.Cluster, isSpine: [Bool]) -> ClosedRange<Int> {
        let rows = boxRanks(g, cluster)
        func attached(_ v: Int) -> Bool {
            (g.up[v] + g.down[v]).contains {
                ($0 >= isSpine.count || !isSpine[$0]) && $0 != cluster.top && $0 != cluster.bottom
            }
        }
        let first = attached(cluster.top) ? min(rows.lowerBound, g.nodes[cluster.top].rank) : rows.lowerBound
        let last = attached(cluster.bottom) ? max(rows.upperBound, g.nodes[cluster.bottom].rank) : rows.upperBound
        return first...last
    }

    /// Boxes from the side nodes (x) and the rows they cover (y), innermost first, grown to
    /// hold nested boxes and to their minimum length (AssignCoordinates made room below).
    static func setBoxes(_ g: inout WorkGraph) {
        let count = g.clusters.count
        guard count > 0, !g.rowTop.isEmpty else { return }
        var minX = Array(repeating: Double.infinity, count: count)
        var maxX = Array(repeating: -Double.infinity, count: count)
        for node in g.nodes {
            guard let c = node.cluster else { continue }
            switch node.kind {
            case .borderLeft: minX[c] = min(minX[c], node.x)
            case .borderRight: maxX[c] = max(maxX[c], node.x)
            default: break
            }
        }
        var minY = g.clusters.map { g.rowTop[boxRanks(g, $0).lowerBound] - $0.insets.top }
        var maxY = g.clusters.map { g.rowBottom[boxRanks(g, $0).upperBound] + $0.insets.bottom }
        let innerFirst = g.clusters.indices.sorted { (g.clusters[$0].depth, $0) > (g.clusters[$1].depth, $1) }
        for c in innerFirst {
            let cluster = g.clusters[c]
            if !minX[c].isFinite || !maxX[c].isFinite {
                let x = g.nodes[cluster.top].x
                minX[c] = x - cluster.insets.left
                maxX[c] = x + cluster.insets.right
            }
            maxY[c] = max(maxY[c], minY[c] + cluster.minimumLength)
            let box = Rect(x: minX[c], y: minY[c], width: maxX[c] - minX[c], height: maxY[c] - minY[c])
            g.clusters[c].box = box
            if let p = cluster.parent {
                let i = g.clusters[p].insets
                minY[p] = min(minY[p], box.minY - i.top)
                maxY[p] = max(maxY[p], box.maxY + i.bottom)
                minX[p] = min(minX[p], box.minX - i.left)
                maxX[p] = max(maxX[p], box.maxX + i.right)
            }
        }
        assert(g.nodes.allSatisfy { node in
            guard let c = node.cluster else { return true }
            let box = g.clusters[c].box
            switch node.kind {
            case .spine, .clusterTop, .clusterBottom, .borderLeft, .borderRight: return true
            default: break
            }
            return node.width == 0
                || (node.x - node.width / 2 >= box.minX - 1e-6 && node.x + node.width / 2 <= box.maxX + 1e-6)
        }, "cluster boxes must hold their members")
    }
}
