/// Exact count of edge crossings between adjacent layers, with the accumulator tree of
/// Barth, Jünger and Mutzel (2002), "Simple and Efficient Bilayer Cross Counting".
enum CrossingCount {
    /// Crossings of the segments from `upper` down to the next layer (`lowerCount` nodes);
    /// `position` gives each node's index within its own layer.
    static func between(upper: [Int], lowerCount: Int, down: [[Int]], position: [Int]) -> Int {
        guard lowerCount > 1 else { return 0 }
        var tree = Array(repeating: 0, count: lowerCount + 1)
        var crossings = 0, inserted = 0
        var targets: [Int] = []
        for u in upper {
            targets.removeAll(keepingCapacity: true)
            for w in down[u] { targets.append(position[w]) }
            targets.sort()
            for t in targets {
                var i = t + 1, atMost = 0
                while i > 0 { atMost += tree[i]; i -= i & -i }
                crossings += inserted - atMost
                i = t + 1
                while i <= lowerCount { tree[i] += 1; i += i & -i }
                inserted += 1
            }
        }
        return crossings
    }

    /// Total crossings of a layered graph whose segments are listed in `down`.
    static func total(layers: [[Int]], down: [[Int]], position: [Int]) -> Int {
        var sum = 0
        for r in layers.indices.dropLast() {
            sum += between(upper: layers[r], lowerCount: layers[r + 1].count, down: down, position: position)
        }
        return sum
    }

    /// Total crossings for layers given as orders; builds the positions itself.
    static func total(layers: [[Int]], down: [[Int]]) -> Int {
        var position = Array(repeating: 0, count: down.count)
        for layer in layers { for (i, v) in layer.enumerated() { position[v] = i } }
        return total(layers: layers, down: down, position: position)
    }
}
