import Diagnostics
import Foundation
import Testing
@testable import Trellis

/// Issue 5's layout targets on the real drawing of every corpus file, measured with
/// `DiagramStats` (which agrees with shared/tools/layout_metrics.py on our SVG): no node,
/// label or cluster overlaps, no edge through a node or a cluster title, and against
/// mermaid.js 11's figures (shared/reference/mermaidjs/metrics.tsv): no file with more
/// crossings, at most 0.7 times its crossings in total, area ratio at most 1.5 per file and
/// at most 1.0 at the median.
@Suite struct CorpusQualityTargetTests {
    /// mermaid.js's figures per corpus file name (without extension); empty when absent.
    static func reference() -> [String: (crossings: Int, area: Double)] {
        let url = TestPaths.corpus.deletingLastPathComponent().appendingPathComponent("reference/mermaidjs/metrics.tsv")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [:] }
        let rows = text.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        guard let header = rows.first, let file = header.firstIndex(of: "file"),
              let crossings = header.firstIndex(of: "crossings"), let area = header.firstIndex(of: "area") else { return [:] }
        var result: [String: (crossings: Int, area: Double)] = [:]
        for row in rows.dropFirst() where row.count > max(file, crossings, area) {
            guard let c = Int(row[crossings]), let a = Double(row[area]) else { continue }
            result[(row[file] as NSString).deletingPathExtension] = (c, a)
        }
        return result
    }

    @Test func targetsHoldOnEveryCorpusFile() throws {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: TestPaths.corpus.path)) ?? [])
            .filter { $0.hasSuffix(".mmd") }.sorted()
        guard !names.isEmpty else {
            print("CorpusQualityTargetTests: no corpus at \(TestPaths.corpus.path); not run")
            return
        }
        let reference = Self.reference()
        let compiler = try DiagramCompiler(fontDirectory: TestPaths.fonts)
        var ours = 0, theirs = 0
        var ratios: [Double] = []
        for name in names {
            let text = try String(contentsOf: TestPaths.corpus.appendingPathComponent(name), encoding: .utf8)
            guard let frame = compiler.compile(SourceFile(name: name, text: text)).frame else { continue }
            let stats = DiagramStats(frame: frame)
            let zero = [("node overlaps", stats.nodeOverlaps), ("edges through nodes", stats.edgesThroughNodes),
                        ("label overlaps", stats.labelOverlaps), ("label-node overlaps", stats.labelNodeOverlaps),
                        ("cluster overlaps", stats.clusterOverlaps), ("cluster titles crossed", stats.clusterTitleCrossings)]
            for (what, count) in zero where count != 0 { Issue.record("\(name): \(count) \(what)") }
            guard let mermaid = reference[(name as NSString).deletingPathExtension] else { continue }
            #expect(stats.crossings <= mermaid.crossings, "\(name): \(stats.crossings) crossings, mermaid.js \(mermaid.crossings)")
            ours += stats.crossings
            theirs += mermaid.crossings
            let ratio = stats.area / max(1, mermaid.area)
            #expect(ratio <= 1.5, "\(name): area \(ratio) times mermaid.js's")
            ratios.append(ratio)
        }
        guard !ratios.isEmpty else {
            print("CorpusQualityTargetTests: no mermaid.js reference figures; compared nothing")
            return
        }
        #expect(Double(ours) <= 0.7 * Double(theirs), "crossings \(ours), mermaid.js \(theirs)")
        let median = ratios.sorted()[ratios.count / 2]
        #expect(median <= 1.0, "median area ratio \(median)")
        print("CorpusQualityTargetTests: \(ratios.count) files, crossings \(ours) vs mermaid.js \(theirs), median area ratio \(median)")
    }
}
