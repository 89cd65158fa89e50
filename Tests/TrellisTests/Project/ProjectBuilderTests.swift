import Foundation
import Testing
@testable import Trellis

@Suite struct ProjectBuilderTests {
    /// A small project: three diagrams as SVG (fast), one deck.
    private func smallProject(formats: String = "[svg]") throws -> ProjectFixture {
        let project = try ProjectFixture()
        try project.write("trellis.yml", "diagrams:\n  formats: \(formats)\n")
        try project.write("diagrams/a.mmd", "graph TD\n  A --> B\n")
        try project.write("diagrams/b.mmd", "flowchart LR\n  X[Start] --> Y{Ok?}\n  Y -->|yes| Z\n")
        try project.write("diagrams/sub/c.mmd", "graph TD\n  C1 --> C2 --> C3\n")
        return project
    }

    @Test func buildsEverySourceThenNothing() throws {
        let project = try smallProject()
        let first = project.build()
        #expect(first.built == 3 && first.upToDate == 0 && first.failed == 0)
        #expect(project.exists("build/a.svg") && project.exists("build/b.svg") && project.exists("build/sub/c.svg"))
        #expect(first.manifestWritten != nil)
        let before = ["build/a.svg", "build/sub/c.svg", "build/.trellis-manifest.json"].map(project.identity)
        let second = project.build()
        #expect(second.built == 0 && second.upToDate == 3)
        #expect(second.manifestWritten == nil)
        #expect(["build/a.svg", "build/sub/c.svg", "build/.trellis-manifest.json"].map(project.identity) == before)
    }

    @Test func editedSourceIsTheOnlyOneRebuilt() throws {
        let project = try smallProject()
        _ = project.build()
        let untouched = project.identity("build/a.svg")
        try project.write("diagrams/b.mmd", "flowchart LR\n  X --> Y\n")
        let summary = project.build()
        #expect(summary.outcomes.map(\.status) == [.upToDate, .built, .upToDate])
        #expect(project.identity("build/a.svg") == untouched)
    }

    /// Neither artefacts nor the manifest are flushed to disk: a power loss can leave the
    /// manifest empty or as an earlier build wrote it, or an artefact cut short. Each only
    /// makes the next build draw again what it cannot trust.
    @Test func aLostOrRolledBackManifestOrShortArtefactOnlyCausesRebuilds() throws {
        let project = try smallProject()
        _ = project.build()
        let earlier = try #require(project.read("build/.trellis-manifest.json"))
        try project.write("diagrams/b.mmd", "flowchart LR\n  X --> Y\n")
        _ = project.build()
        // Rolled back: the source edited since then is drawn again, the others are current.
        try earlier.write(to: project.url.appendingPathComponent("build/.trellis-manifest.json"))
        #expect(project.build().outcomes.map(\.status) == [.upToDate, .built, .upToDate])
        // Cut short: nothing in it can be trusted.
        let whole = try #require(project.read("build/.trellis-manifest.json"))
        try whole.prefix(whole.count / 2).write(to: project.url.appendingPathComponent("build/.trellis-manifest.json"))
        #expect(project.build().built == 3)
        // An artefact cut short has the wrong size.
        let artefact = try #require(project.read("build/a.svg"))
        try artefact.prefix(artefact.count / 2).write(to: project.url.appendingPathComponent("build/a.svg"))
        #expect(project.build().outcomes.map(\.status) == [.built, .upToDate, .upToDate])
        #expect(project.read("build/a.svg") == artefact)
    }

    @Test func settingsChangeRebuilds() throws {
        let project = try smallProject()
        _ = project.build()
        try project.write("trellis.yml", "theme: dark\ndiagrams:\n  formats: [svg]\n")
        #expect(project.build().built == 3)
    }

    @Test func manifestIsDeterministic() throws {
        let one = try smallProject(), two = try smallProject()
        _ = one.build(BuildRequest(workers: 1))
        _ = two.build(BuildRequest(workers: 3))
        let manifest = one.read("build/.trellis-manifest.json")
        #expect(manifest != nil && manifest == two.read("build/.trellis-manifest.json"))
        let text = String(decoding: manifest ?? Data(), as: UTF8.self)
        // Sorted keys: "diagrams/a.mmd" before "diagrams/b.mmd" before "diagrams/sub/c.mmd".
        let positions = ["\"diagrams/a.mmd\" : {", "\"diagrams/b.mmd\" : {", "\"diagrams/sub/c.mmd\" : {"]
            .compactMap { text.range(of: $0)?.lowerBound }
        #expect(positions.count == 3 && positions == positions.sorted())
    }

    @Test func parallelBuildGivesTheSameBytesAndOrder() throws {
        let serial = try smallProject(formats: "[svg, png]"), parallel = try smallProject(formats: "[svg, png]")
        for index in 0..<8 {
            try serial.write("diagrams/extra\(index).mmd", "graph LR\n  N\(index) --> M\(index)\n")
            try parallel.write("diagrams/extra\(index).mmd", "graph LR\n  N\(index) --> M\(index)\n")
        }
        let one = serial.build(BuildRequest(workers: 1))
        let many = parallel.build(BuildRequest(workers: 4))
        #expect(one.outcomes.map(\.source) == many.outcomes.map(\.source))
        #expect(one.outcomes.map(\.source) == one.outcomes.map(\.source).sorted())
        for outcome in one.outcomes {
            for path in outcome.written {
                #expect(serial.read("build/" + path) == parallel.read("build/" + path), "\(path)")
            }
        }
    }

    @Test func failingSourceKeepsItsOldArtefactsAndOthersBuild() throws {
        let project = try smallProject()
        _ = project.build()
        let good = project.read("build/b.svg")
        try project.write("diagrams/b.mmd", "graph TD\n  A[oops --> B\n")
        try project.write("diagrams/a.mmd", "graph TD\n  A --> B --> C\n")
        let summary = project.build()
        #expect(summary.failed == 1 && summary.built == 1)
        #expect(summary.outcomes[1].reports.first?.diagnostics.first?.id == "mermaid.unclosed-bracket")
        #expect(project.read("build/b.svg") == good)
        let manifest = BuildManifest.read(path: project.path + "/build/.trellis-manifest.json")
        #expect(manifest?.artefacts["diagrams/b.mmd"] != nil)
        let verdicts = OutputVerifier.verify(project.plan(), fontDirectory: TestPaths.fonts)
        #expect(verdicts.map(\.state) == [.current, .stale("diagrams/b.mmd changed"), .current])
    }

    @Test func failFastStopsStartingJobs() throws {
        let project = try smallProject()
        try project.write("diagrams/0_bad.mmd", "graph TD\n  A[oops\n")
        let summary = project.build(BuildRequest(failFast: true, workers: 1))
        #expect(summary.outcomes.first?.source == "diagrams/0_bad.mmd")
        #expect(summary.failed == 1 && summary.stopped == 3 && summary.built == 0)
        let all = project.build(BuildRequest(workers: 1))
        #expect(all.failed == 1 && all.built == 3)
    }

    @Test func denyWarningsFailsAndWritesNothing() throws {
        let project = try smallProject()
        try project.write("diagrams/warn.mmd", "graph TD\n  A --> A\n")
        let summary = project.build(BuildRequest(denyWarnings: true))
        #expect(summary.failed == 1)
        #expect(!project.exists("build/warn.svg"))
    }

    @Test func shardsPartitionTheSourcesAndMergeInCheck() throws {
        let project = try smallProject()
        for index in 0..<6 { try project.write("diagrams/s\(index).mmd", "graph TD\n  S\(index) --> T\n") }
        let plan = project.plan()
        for count in 1...5 {
            var seen: [String: Int] = [:]
            for index in 1...count {
                for job in plan.jobs(in: ShardSpec("\(index)/\(count)")) { seen[job.source, default: 0] += 1 }
            }
            #expect(seen.count == plan.jobs.count && seen.values.allSatisfy { $0 == 1 }, "\(count) shards")
        }
        let first = project.build(BuildRequest(shard: ShardSpec("1/2")))
        let second = project.build(BuildRequest(shard: ShardSpec("2/2")))
        #expect(first.built + second.built == plan.jobs.count)
        #expect(project.exists("build/.trellis-manifest.1-of-2.json") && project.exists("build/.trellis-manifest.2-of-2.json"))
        #expect(!project.exists("build/.trellis-manifest.json"))
        #expect(OutputVerifier.verify(plan, fontDirectory: TestPaths.fonts).allSatisfy { $0.state == .current })
        #expect(project.build().upToDate == plan.jobs.count)
    }

    @Test func verifierReportsMissingTamperedAndUnrecorded() throws {
        let project = try smallProject()
        _ = project.build()
        try FileManager.default.removeItem(atPath: project.path + "/build/a.svg")
        try project.write("build/b.svg", "<svg/>")
        try project.write("diagrams/new.mmd", "graph TD\n  N --> O\n")
        try project.write("build/new.svg", "<svg/>")
        let states = OutputVerifier.verify(project.plan(), fontDirectory: TestPaths.fonts).map(\.state)
        #expect(states[0] == .missing(["a.svg"]))
        #expect(states[1] == .stale("b.svg is not the artefact recorded in the manifest"))
        #expect(states[2] == .stale("not recorded in the build manifest"))
        #expect(states[3] == .current)
    }

    @Test func decksAreBuiltAndTrackTheDiagramsTheyDraw() throws {
        let project = try smallProject()
        try project.write("decks/talk.md", "# Talk\n\n![](../diagrams/a.mmd)\n")
        let first = project.build()
        #expect(first.outcomes.last?.status == .built)
        #expect(first.built == 4)
        #expect(project.exists("build/talk.pdf"))
        let second = project.build()
        #expect(second.built == 0 && second.upToDate == 4)
        try project.write("diagrams/a.mmd", "graph TD\n  A --> C\n")
        let third = project.build()
        // The edited diagram and the deck that draws it are rebuilt; the others are not.
        #expect(third.built == 2 && third.upToDate == 2)
        #expect(third.outcomes.last?.status == .built)
    }

    /// Artefacts are named by the source's path below its pattern's fixed part, so even a
    /// source outside the project (`../other/*.mmd`) is written inside the output
    /// directory, never next to the source or above the output.
    @Test func artefactsStayInsideTheOutputDirectory() throws {
        let outside = try ProjectFixture()
        try outside.write("x.mmd", "graph TD\n  A --> B\n")
        let project = try ProjectFixture()
        let sibling = "../" + outside.url.lastPathComponent
        try project.write("trellis.yml", "diagrams:\n  sources: [\(sibling)/*.mmd]\n  formats: [svg]\n")
        let summary = project.build()
        #expect(summary.built == 1)
        #expect(project.exists("build/x.svg"))
        #expect(!outside.exists("x.svg") && !outside.exists("build/x.svg"))
    }

    @Test func collidingOutputsFailBothSources() throws {
        let project = try ProjectFixture()
        try project.write("trellis.yml", "diagrams:\n  sources: [diagrams/*.mmd, more/*.mmd]\n  formats: [svg]\n")
        try project.write("diagrams/x.mmd", "graph TD\n  A --> B\n")
        try project.write("more/x.mmd", "graph TD\n  A --> C\n")
        let summary = project.build()
        #expect(summary.failed == 2)
        #expect(!project.exists("build/x.svg"))
    }

    @Test func documentsGetTheirDiagramsDrawn() throws {
        let project = try smallProject()
        try project.write("trellis.yml", "diagrams:\n  formats: [svg]\ndocuments:\n  sources: [docs/GUIDE.md]\n  formats: [md]\n")
        try project.write("docs/GUIDE.md", "# Guide\n\n```mermaid\ngraph TD\n  accTitle: Flow\n  A --> B\n```\n")
        let summary = project.build()
        #expect(summary.failed == 0)
        let markdown = String(decoding: project.read("build/GUIDE.md") ?? Data(), as: UTF8.self)
        #expect(markdown == "# Guide\n\n![Flow](./GUIDE-1.svg \"Flow\")\n")
        #expect(project.exists("build/GUIDE-1.svg"))
        #expect(project.build().upToDate == 4)
    }

    @Test func documentsAreTypesetToPDFByDefault() throws {
        let project = try smallProject()
        try project.write("trellis.yml", "diagrams:\n  formats: [svg]\ndocuments: [docs/GUIDE.md]\n")
        try project.write("docs/GUIDE.md", "# Guide\n\n![](../diagrams/a.mmd)\n")
        let summary = project.build()
        #expect(summary.failed == 0 && summary.built == 4)
        #expect(String(decoding: (project.read("build/GUIDE.pdf") ?? Data()).prefix(5), as: UTF8.self) == "%PDF-")
        #expect(!project.exists("build/GUIDE.md"))
        // The diagram the document draws is one of its inputs.
        try project.write("diagrams/a.mmd", "graph TD\n  A --> Z\n")
        #expect(project.build().built == 2)
    }

    /// Shards depend on the path alone (a file never moves when others are added) and
    /// spread sources roughly evenly.
    @Test func shardsAreSpreadByPath() {
        let paths = (0..<80).map { "diagrams/d\($0).mmd" }
        var sizes: [Int: Int] = [:]
        for path in paths { sizes[ShardSpec.shard(of: path, count: 4), default: 0] += 1 }
        #expect(sizes.keys.sorted() == [1, 2, 3, 4])
        #expect(sizes.values.allSatisfy { $0 >= 10 }, "\(sizes)")
        #expect(ShardSpec.shard(of: "diagrams/d0.mmd", count: 1) == 1)
    }

    @Test func costliestSourcesStartFirstAndTiesKeepPathOrder() throws {
        let project = try ProjectFixture()
        try project.write("diagrams/a.mmd", "flowchart LR\n  A --> B\n")
        try project.write("diagrams/b.mmd", "flowchart LR\n  A --> B\n")
        try project.write("diagrams/c.mmd", "flowchart LR\n" + String(repeating: "  A --> B\n", count: 20))
        let plan = project.plan()
        let jobs = plan.jobs(in: nil)
        let order = ProjectBuilder.costliestFirst(jobs, plan: plan).map { jobs[$0].source }
        #expect(order == ["diagrams/c.mmd", "diagrams/a.mmd", "diagrams/b.mmd"])
    }
}
