import Geometry
@testable import LayeredLayout

/// Checks a layout result against the properties every layout must have; returns failures.
enum Invariants {
    static func violations(_ graph: LayoutGraph, _ result: LayoutResult) -> [String] {
        var problems: [String] = []
        let tolerance = 1.0
        let horizontal = graph.options.direction.isHorizontal
        let rects = result.nodes
        guard rects.count == graph.nodes.count, result.edges.count == graph.edges.count,
              result.clusters.count == graph.clusters.count else { return ["array sizes differ from the input"] }
        for (i, r) in rects.enumerated() {
            if abs(r.width - graph.nodes[i].size.width) > 1e-6 || abs(r.height - graph.nodes[i].size.height) > 1e-6 {
                problems.append("node \(i) has size \(r.size), wanted \(graph.nodes[i].size)")
            }
        }
        // Boxes do not overlap; boxes in one rank keep half the node spacing.
        for i in rects.indices {
            for j in rects.indices where j > i {
                if rects[i].intersects(rects[j], tolerance: tolerance) { problems.append("nodes \(i) and \(j) overlap") }
                let sameRank = horizontal ? abs(rects[i].midX - rects[j].midX) < 0.01 : abs(rects[i].midY - rects[j].midY) < 0.01
                if sameRank {
                    let gap = horizontal
                        ? max(rects[j].minY - rects[i].maxY, rects[i].minY - rects[j].maxY)
                        : max(rects[j].minX - rects[i].maxX, rects[i].minX - rects[j].maxX)
                    if gap < graph.options.nodeSpacing / 2 - tolerance { problems.append("nodes \(i) and \(j) only \(gap) apart") }
                }
            }
        }
        // Everything inside the result's bounds, starting at 0.
        var all = rects + result.clusters
        for route in result.edges {
            all += route.points.map { Rect(origin: $0, size: .zero) }
            if let l = route.labelRect { all.append(l) }
        }
        let bounds = Rect(origin: .zero, size: result.size)
        for r in all where !bounds.contains(r, tolerance: 1e-6) { problems.append("\(r) outside \(bounds)") }
        if let minX = all.map(\.minX).min(), let minY = all.map(\.minY).min(), abs(minX) > 1e-6 || abs(minY) > 1e-6 {
            problems.append("layout does not start at (0, 0)")
        }
        problems += clusterViolations(graph, result, tolerance: tolerance)
        problems += edgeViolations(graph, result, tolerance: tolerance)
        return problems
    }

    private static func ancestors(_ graph: LayoutGraph, _ c: Int?) -> [Int] {
        var result: [Int] = []
        var c = c
        while let x = c, result.count <= graph.clusters.count { result.append(x); c = graph.clusters[x].parent }
        return result
    }

    private static func clusterViolations(_ graph: LayoutGraph, _ result: LayoutResult, tolerance: Double) -> [String] {
        var problems: [String] = []
        for (c, cluster) in graph.clusters.enumerated() {
            let box = result.clusters[c]
            let pad = cluster.padding
            if box.width + tolerance < cluster.titleSize.width + 2 * pad || box.height + tolerance < cluster.titleSize.height + 2 * pad {
                problems.append("cluster \(c) box \(box) too small for its title")
            }
            let inner = box.insetBy(dx: pad, dy: pad)
            for (i, node) in graph.nodes.enumerated() {
                if ancestors(graph, node.cluster).contains(c) {
                    if !inner.contains(result.nodes[i], tolerance: tolerance) { problems.append("cluster \(c) misses node \(i)") }
                    // Room for the title at the top (output orientation).
                    if result.nodes[i].minY < box.minY + pad + cluster.titleSize.height - tolerance {
                        problems.append("node \(i) covers the title of cluster \(c)")
                    }
                } else if result.nodes[i].intersects(box, tolerance: tolerance) {
                    problems.append("node \(i) overlaps foreign cluster \(c)")
                }
            }
            for d in graph.clusters.indices where d != c {
                if ancestors(graph, d).dropFirst().contains(c) {
                    if !box.contains(result.clusters[d], tolerance: tolerance) { problems.append("cluster \(c) misses cluster \(d)") }
                } else if d > c, !ancestors(graph, c).contains(d), result.clusters[d].intersects(box, tolerance: tolerance) {
                    problems.append("clusters \(c) and \(d) overlap")
                }
            }
        }
        return problems
    }

    private static func edgeViolations(_ graph: LayoutGraph, _ result: LayoutResult, tolerance: Double) -> [String] {
        var problems: [String] = []
        let horizontal = graph.options.direction.isHorizontal
        let labels = result.edges.compactMap(\.labelRect)
        for (i, l) in labels.enumerated() {
            for (j, r) in result.nodes.enumerated() where l.intersects(r, tolerance: tolerance) {
                problems.append("label \(i) overlaps node \(j)")
            }
            for (j, m) in labels.enumerated() where j > i && l.intersects(m, tolerance: tolerance) {
                problems.append("labels \(i) and \(j) overlap")
            }
        }
        for (i, edge) in graph.edges.enumerated() {
            let route = result.edges[i]
            guard let first = route.points.first, let last = route.points.last else {
                problems.append("edge \(i) has no route"); continue
            }
            if (edge.labelSize != nil) != (route.labelRect != nil) { problems.append("edge \(i) label box mismatch") }
            if let l = route.labelRect, let size = edge.labelSize, abs(l.width - size.width) + abs(l.height - size.height) > 1e-6 {
                problems.append("edge \(i) label has the wrong size")
            }
            for (end, point) in [(edge.from, first), (edge.to, last)] {
                switch end {
                case .node(let n):
                    // The centre, or a point inside the box on its centre line across the ranks
                    // (parallel edges are spread along the ranks).
                    let box = result.nodes[n]
                    let along = horizontal ? abs(point.x - box.midX) : abs(point.y - box.midY)
                    if along > 0.01 || !box.insetBy(dx: 1, dy: 1).contains(point) {
                        problems.append("edge \(i) does not meet node \(n)'s centre line inside its box")
                    }
                case .cluster(let c):
                    let box = result.clusters[c]
                    let onBorder = box.insetBy(dx: -tolerance, dy: -tolerance).contains(point)
                        && !box.insetBy(dx: tolerance, dy: tolerance).contains(point)
                    if !onBorder { problems.append("edge \(i) does not end on cluster \(c)'s border") }
                }
            }
        }
        return problems
    }
}
