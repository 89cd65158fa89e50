/// `trellis check --outputs`: whether every artefact the project's sources call for exists
/// and is what a build of the current sources recorded, without rendering anything. Reads
/// the whole-build manifest and every shard part.
public enum OutputVerifier {
    /// The verdict on one source's artefacts.
    public struct Verdict: Sendable, Equatable {
        /// Current, or what is wrong.
        public enum State: Sendable, Equatable {
            case current
            /// Artefacts that do not exist (paths relative to the output directory).
            case missing([String])
            /// The artefacts exist but do not match the sources; the reason.
            case stale(String)
        }

        public var kind: BuildJob.Kind
        public var source: String
        public var state: State
    }

    /// One verdict per job of the plan, in plan order. Output files are hashed in full.
    /// `fontDirectory` is the bundled fonts (part of every rendered artefact's settings);
    /// nil locates them as the renderer does.
    public static func verify(_ plan: ProjectPlan, fontDirectory: String? = nil) -> [Verdict] {
        let fonts = fontDirectory ?? (try? OutputFile.fontDirectory())
        var state = FreshnessState(plan: plan, manifests: BuildManifest.readAll(outputDirectory: plan.outputDirectory),
                                   fontDirectory: fonts)
        return plan.jobs.map { job in
            let (entry, staleness) = state.staleness(of: job, checkingOutputContents: true)
            if entry != nil { return Verdict(kind: job.kind, source: job.source, state: .current) }
            switch staleness {
            case .missing(let paths): return Verdict(kind: job.kind, source: job.source, state: .missing(paths))
            case .notRecorded:
                return Verdict(kind: job.kind, source: job.source, state: .stale("not recorded in the build manifest"))
            case .changed(let reason): return Verdict(kind: job.kind, source: job.source, state: .stale(reason))
            case .none: return Verdict(kind: job.kind, source: job.source, state: .stale("unknown"))
            }
        }
    }
}
