/// The figures as named values and as text, for `trellis stats`.
extension DiagramStats {
    /// Name and value of every figure, in a fixed order.
    public var fields: [(String, String)] {
        func n(_ value: Double) -> String { value == value.rounded() ? String(Int(value)) : String((value * 10).rounded() / 10) }
        return [
            ("nodes", "\(nodes)"), ("edges", "\(edges)"), ("clusters", "\(clusters)"), ("edge_labels", "\(edgeLabels)"),
            ("crossings", "\(crossings)"), ("edge_through_node", "\(edgesThroughNodes)"),
            ("node_overlaps", "\(nodeOverlaps)"), ("label_overlaps", "\(labelOverlaps)"),
            ("label_node_overlaps", "\(labelNodeOverlaps)"), ("cluster_overlaps", "\(clusterOverlaps)"),
            ("cluster_title_crossings", "\(clusterTitleCrossings)"), ("bends", "\(bends)"),
            ("total_edge_length", n(totalEdgeLength)), ("width", n(width)), ("height", n(height)), ("area", n(area)),
        ]
    }

    /// One `name  value` line per figure.
    public var text: String {
        fields.map { name, value in name.padding(to: 24) + value }.joined(separator: "\n") + "\n"
    }
}

extension String {
    fileprivate func padding(to width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
