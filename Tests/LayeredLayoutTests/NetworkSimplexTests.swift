import Testing
@testable import LayeredLayout

@Suite struct NetworkSimplexTests {
    /// A connected DAG on `n` nodes: each node hangs below a random earlier one, plus extra
    /// edges between random ordered pairs (no parallel edges), random minimum lengths and weights.
    private func randomDAG(seed: UInt64, n: Int, extra: Int) -> (tails: [Int], heads: [Int], minLength: [Int], weight: [Double]) {
        var rng = SeededRandom(seed: seed)
        var tails: [Int] = [], heads: [Int] = [], minLength: [Int] = [], weight: [Double] = []
        var seen = Set<Int>()
        func add(_ a: Int, _ b: Int) {
            guard a != b, seen.insert(min(a, b) * n + max(a, b)).inserted else { return }
            tails.append(min(a, b)); heads.append(max(a, b))
            minLength.append(rng.chance(0.2) ? 2 : 1)
            weight.append([1, 1, 1, 2, 0.5, 8][rng.int(0..<6)])
        }
        for v in 1..<n { add(rng.int(0..<v), v) }
        for _ in 0..<extra { add(rng.int(0..<n), rng.int(0..<n)) }
        return (tails, heads, minLength, weight)
    }

    private func length(_ g: (tails: [Int], heads: [Int], minLength: [Int], weight: [Double]), _ rank: [Int]) -> Double {
        g.tails.indices.reduce(0) { $0 + g.weight[$1] * Double(rank[g.heads[$1]] - rank[g.tails[$1]]) }
    }

    @Test(arguments: [(UInt64(1), 8, 6), (2, 20, 25), (3, 40, 60), (4, 60, 30), (5, 120, 200), (6, 150, 150),
                      (7, 300, 450), (8, 500, 400)])
    func sameRanksAsTheReferenceSolver(seed: UInt64, n: Int, extra: Int) {
        for s in 0..<UInt64(n <= 150 ? 6 : 1) {
            let g = randomDAG(seed: seed * 1000 + s, n: n, extra: extra)
            var fast = NetworkSimplex(nodeCount: n, tails: g.tails, heads: g.heads, minLength: g.minLength, weight: g.weight)
            var reference = ReferenceSimplex(nodeCount: n, tails: g.tails, heads: g.heads, minLength: g.minLength, weight: g.weight)
            let ranks = fast.solve(maxIterations: 100_000)
            let expected = reference.solve(maxIterations: 100_000)
            #expect(ranks == expected, "seed \(seed) sample \(s)")
            #expect(length(g, ranks) == length(g, expected))
            #expect(fast.iterations == reference.iterations)
        }
    }

    /// Optimality without an LP solver: every edge feasible, every tree edge tight and no tree
    /// edge with a negative cut value (the simplex optimality condition).
    @Test func optimalOnRandomDAGs() {
        for seed in UInt64(50)..<UInt64(70) {
            let n = 10 + Int(seed % 7) * 30
            let g = randomDAG(seed: seed, n: n, extra: n * 3 / 2)
            var s = NetworkSimplex(nodeCount: n, tails: g.tails, heads: g.heads, minLength: g.minLength, weight: g.weight)
            let ranks = s.solve(maxIterations: 100_000)
            #expect(ranks.min() == 0)
            #expect(g.tails.indices.allSatisfy { ranks[g.heads[$0]] - ranks[g.tails[$0]] >= g.minLength[$0] }, "seed \(seed)")
            #expect(s.inTree.filter { $0 }.count == n - 1)
            #expect(g.tails.indices.allSatisfy { !s.inTree[$0] || (s.slack($0) == 0 && s.cut[$0] >= -1e-9) }, "seed \(seed)")
        }
    }

    /// The pivot rule fixes the answer: solving twice gives the same ranks.
    @Test func deterministic() {
        let g = randomDAG(seed: 99, n: 400, extra: 600)
        var a = NetworkSimplex(nodeCount: 400, tails: g.tails, heads: g.heads, minLength: g.minLength, weight: g.weight)
        var b = a
        #expect(a.solve(maxIterations: 100_000) == b.solve(maxIterations: 100_000))
    }
}
