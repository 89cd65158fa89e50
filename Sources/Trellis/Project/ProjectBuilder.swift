import Diagnostics
import Foundation

/// Builds a project's plan: decides from the manifests which jobs are up to date, runs the
/// rest on a fixed pool of worker threads, writes each job's artefacts atomically only when
/// all of them were made, and records what was read and written in the manifest.
public struct ProjectBuilder {
    public let plan: ProjectPlan
    /// The bundled fonts every worker's compilers load.
    public let fontDirectory: String

    public init(plan: ProjectPlan, fontDirectory: String) {
        self.plan = plan
        self.fontDirectory = fontDirectory
    }

    /// One finished run of a job on a worker.
    private struct Run: Sendable {
        var product: BuildProduct
        var sourceHash: String?
        var outputs: [String: BuildManifest.OutputRecord]
        var writeFailure: String?
        var stopped = false
    }

    public func build(_ request: BuildRequest, progress: (@Sendable (BuildProgress) -> Void)? = nil) -> BuildSummary {
        let jobs = plan.jobs(in: request.shard)
        let named = BuildManifest.readNamed(outputDirectory: plan.outputDirectory)
        let manifests = named.map(\.manifest)
        let previous = named.first { $0.name == BuildManifest.fileName(shard: request.shard) }?.manifest
        var state = FreshnessState(plan: plan, manifests: manifests, fontDirectory: fontDirectory)
        let colliding = Set(plan.collisions.flatMap(\.sources))
        var outcomes: [JobOutcome?] = Array(repeating: nil, count: jobs.count)
        var entries: [String: BuildManifest.Entry] = [:]
        var pending: [Int] = []
        for (index, job) in jobs.enumerated() {
            if colliding.contains(job.source) {
                let outputs = plan.collisions.filter { $0.sources.contains(job.source) }.map(\.output)
                outcomes[index] = JobOutcome(kind: job.kind, source: job.source, status: .failed(
                    "\(outputs.joined(separator: ", ")) would also be written by another source; rename one"),
                    reports: [], written: [])
            } else if let entry = state.currentEntry(for: job, checkingOutputContents: false) {
                outcomes[index] = JobOutcome(kind: job.kind, source: job.source, status: .upToDate, reports: [], written: [])
                entries[job.source] = entry
            } else {
                pending.append(index)
            }
        }
        let runs = run(pending.map { jobs[$0] }, request: request, progress: progress)
        for (slot, index) in pending.enumerated() {
            let job = jobs[index]
            guard let run = runs[slot], !run.stopped else {
                outcomes[index] = JobOutcome(kind: job.kind, source: job.source, status: .stopped, reports: [], written: [])
                continue
            }
            let failure = run.product.failure ?? run.writeFailure
            if run.product.failed || run.writeFailure != nil {
                outcomes[index] = JobOutcome(kind: job.kind, source: job.source, status: .failed(failure),
                                             reports: run.product.reports, written: [])
                continue
            }
            outcomes[index] = JobOutcome(kind: job.kind, source: job.source, status: .built,
                                         reports: run.product.reports, written: run.product.files.map(\.path))
            var inputs: [String: String] = [job.source: run.sourceHash ?? ""]
            for dependency in job.dependencies + run.product.discoveredDependencies {
                inputs[dependency] = state.hasher.hash(dependency) ?? ""
            }
            entries[job.source] = BuildManifest.Entry(kind: job.kind.rawValue, settings: state.settingsDigest(for: job),
                                                      inputs: inputs, outputs: run.outputs)
        }
        // A failed source keeps the record of its last good artefacts (which stay in place):
        // they are stale now, and `check --outputs` says so.
        for (index, job) in jobs.enumerated() where entries[job.source] == nil {
            if case .failed = outcomes[index]?.status, let old = state.previousEntry(for: job.source) {
                entries[job.source] = old
            }
        }
        var manifest = BuildManifest()
        manifest.fonts = state.hasher.fontRecords.isEmpty ? (manifests.first?.fonts ?? [:]) : state.hasher.fontRecords
        manifest.artefacts = entries
        var summary = BuildSummary(outcomes: outcomes.compactMap { $0 })
        if manifest != previous { writeManifest(manifest, shard: request.shard, into: &summary) }
        return summary
    }

    private func run(_ jobs: [BuildJob], request: BuildRequest,
                     progress: (@Sendable (BuildProgress) -> Void)?) -> [Run?] {
        guard !jobs.isEmpty else { return [] }
        let signals = BuildSignals()
        let plan = self.plan
        let fonts = fontDirectory
        // With --fail-fast, sources start in path order, so the same failure stops every run.
        let order = request.failFast ? nil : Self.costliestFirst(jobs, plan: plan)
        return WorkerPool.run(count: jobs.count, workers: request.workers, order: order,
                              keepsStates: request.keepsCompilers, makeState: {
            BuildContext(projectDirectory: plan.projectDirectory, fontDirectory: fonts)
        }, work: { context, index in
            let job = jobs[index]
            if request.failFast, signals.isStopped {
                return Run(product: BuildProduct(), outputs: [:], stopped: true)
            }
            let result = Self.runOne(job, plan: plan, denyWarnings: request.denyWarnings, context: &context)
            if request.failFast, result.product.failed || result.writeFailure != nil { signals.stop() }
            progress?(BuildProgress(finished: signals.finishOne(), total: jobs.count, source: job.source))
            return result
        })
    }

    /// Job indices by estimated cost, highest first (ties in plan order): the bytes of the
    /// source and of the files it includes, times the number of artefacts it makes.
    static func costliestFirst(_ jobs: [BuildJob], plan: ProjectPlan) -> [Int] {
        let costs = jobs.map { job in
            let read = ([job.source] + job.dependencies).reduce(0) { total, path in
                total + (FileStat(path: plan.projectDirectory + "/" + path)?.size ?? 0)
            }
            return read * max(1, job.outputs.count)
        }
        return jobs.indices.sorted { costs[$0] != costs[$1] ? costs[$0] > costs[$1] : $0 < $1 }
    }

    /// Reads, compiles and (when everything was made) writes one job's artefacts.
    private static func runOne(_ job: BuildJob, plan: ProjectPlan, denyWarnings: Bool, context: inout BuildContext) -> Run {
        let path = context.path(job.source)
        guard let data = FileManager.default.contents(atPath: path) else {
            return Run(product: BuildProduct(failure: "cannot read \(job.source)"), outputs: [:])
        }
        let bytes = Array(data)
        guard let text = String(data: data, encoding: .utf8) else {
            return Run(product: BuildProduct(failure: "\(job.source) is not valid UTF-8 text"), outputs: [:])
        }
        var product = job.compile(SourceFile(name: job.source, text: text), &context)
        if denyWarnings {
            product.reports = product.reports.map { report in
                DiagnosticReport(file: report.file, diagnostics: report.diagnostics.map {
                    var promoted = $0
                    if promoted.severity == .warning { promoted.severity = .error }
                    return promoted
                })
            }
        }
        let sourceHash = SHA256.hex(bytes)
        guard !product.failed else { return Run(product: product, sourceHash: sourceHash, outputs: [:]) }
        var outputs: [String: BuildManifest.OutputRecord] = [:]
        for file in product.files {
            let target = plan.outputDirectory + "/" + file.path
            do {
                try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent,
                                                        withIntermediateDirectories: true)
                try OutputFile.write(file.bytes, toPath: target)
            } catch {
                return Run(product: product, sourceHash: sourceHash, outputs: [:], writeFailure: "\(error)")
            }
            outputs[file.path] = BuildManifest.OutputRecord(size: file.bytes.count, sha256: SHA256.hex(file.bytes))
        }
        return Run(product: product, sourceHash: sourceHash, outputs: outputs)
    }

    /// Writes the manifest (part) unless its bytes are already on disk.
    private func writeManifest(_ manifest: BuildManifest, shard: ShardSpec?, into summary: inout BuildSummary) {
        let path = plan.outputDirectory + "/" + BuildManifest.fileName(shard: shard)
        let bytes = manifest.encoded()
        if let existing = FileManager.default.contents(atPath: path), Array(existing) == bytes { return }
        do {
            try FileManager.default.createDirectory(atPath: plan.outputDirectory, withIntermediateDirectories: true)
            try OutputFile.write(bytes, toPath: path)
            summary.manifestWritten = path
        } catch {
            summary.manifestFailure = "cannot write \(path): \(error)"
        }
    }
}
