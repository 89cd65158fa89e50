import Foundation

/// Decides whether a job's artefacts are current: some manifest entry for its source has
/// the same settings digest (settings, Trellis version and output revision, fonts), the same hash for every
/// input it recorded, and outputs that are all present (same size; with
/// `checkingOutputContents`, the same SHA-256).
struct FreshnessState {
    let plan: ProjectPlan
    let manifests: [BuildManifest]
    var hasher: InputHasher
    private let fontDirectory: String?
    private var settingsDigests: [String: String] = [:]
    /// Font records of every manifest (the first seen wins).
    private let knownFonts: [String: BuildManifest.FontRecord]

    init(plan: ProjectPlan, manifests: [BuildManifest], fontDirectory: String?) {
        self.plan = plan
        self.fontDirectory = fontDirectory
        self.manifests = manifests
        hasher = InputHasher(projectDirectory: plan.projectDirectory)
        knownFonts = manifests.reduce(into: [:]) { all, manifest in all.merge(manifest.fonts) { first, _ in first } }
    }

    /// Why a job is not current, for `check --outputs`.
    enum Staleness: Equatable {
        case missing([String])
        case notRecorded
        case changed(String)
    }

    /// The digest of what besides the inputs decides the bytes.
    mutating func settingsDigest(for job: BuildJob) -> String {
        let key = (job.usesFonts ? "fonts " : "") + job.settings
        if let known = settingsDigests[key] { return known }
        var text = "trellis \(TrellisVersion.string) output \(OutputRevision.current)\n\(job.settings)\n"
        if job.usesFonts {
            text += "fonts \(hasher.fontsDigest(directory: fontDirectory, known: knownFonts) ?? "missing")\n"
        }
        let digest = SHA256.hex(text)
        settingsDigests[key] = digest
        return digest
    }

    /// The last recorded entry for a source (the whole-build manifest's first).
    func previousEntry(for source: String) -> BuildManifest.Entry? {
        manifests.lazy.compactMap { $0.artefacts[source] }.first
    }

    /// A recorded entry that still describes the job's artefacts, if any.
    mutating func currentEntry(for job: BuildJob, checkingOutputContents: Bool) -> BuildManifest.Entry? {
        staleness(of: job, checkingOutputContents: checkingOutputContents).entry
    }

    /// The current entry, or why there is none.
    mutating func staleness(of job: BuildJob, checkingOutputContents: Bool)
        -> (entry: BuildManifest.Entry?, reason: Staleness?) {
        let candidates = manifests.compactMap { $0.artefacts[job.source] }
        let missing = job.outputs.filter { FileStat(path: plan.outputDirectory + "/" + $0) == nil }
        guard missing.isEmpty else { return (nil, .missing(missing)) }
        guard !candidates.isEmpty else { return (nil, .notRecorded) }
        let settings = settingsDigest(for: job)
        var reason = "settings, Trellis version or fonts changed"
        for entry in candidates {
            guard entry.settings == settings else { continue }
            guard entry.inputs[job.source] != nil, job.dependencies.allSatisfy({ entry.inputs[$0] != nil }) else { continue }
            if let changed = entry.inputs.keys.sorted().first(where: { hasher.hash($0) != entry.inputs[$0] }) {
                reason = "\(changed) changed"
                continue
            }
            if let differing = entry.outputs.keys.sorted().first(where: {
                !outputMatches($0, entry.outputs[$0], contents: checkingOutputContents)
            }) {
                reason = "\(differing) is not the artefact recorded in the manifest"
                continue
            }
            guard job.outputs.allSatisfy({ entry.outputs[$0] != nil }) else { continue }
            return (entry, nil)
        }
        return (nil, .changed(reason))
    }

    private func outputMatches(_ path: String, _ record: BuildManifest.OutputRecord?, contents: Bool) -> Bool {
        guard let record else { return false }
        let full = plan.outputDirectory + "/" + path
        if contents {
            guard let data = FileManager.default.contents(atPath: full) else { return false }
            return data.count == record.size && SHA256.hex(Array(data)) == record.sha256
        }
        return FileStat(path: full).map { !$0.isDirectory && $0.size == record.size } ?? false
    }
}
