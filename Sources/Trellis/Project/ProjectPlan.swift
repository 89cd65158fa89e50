import Foundation

/// What a project build would do: the configuration, and one job per source found by the
/// source patterns, in a fixed order (diagrams, decks, documents; each by path).
public struct ProjectPlan: Sendable {
    public var projectDirectory: String
    public var config: ProjectConfig
    /// The output directory as a path (the project's, or absolute).
    public var outputDirectory: String
    public var jobs: [BuildJob]
    /// Sources whose artefacts would be written by more than one job: (output, sources).
    public var collisions: [(output: String, sources: [String])]

    /// Discovers the sources of `projectDirectory` under `config`. `output` overrides the
    /// configured output directory.
    public init(projectDirectory: String, config: ProjectConfig, output: String? = nil,
                sourceDateEpoch: Int? = nil) {
        self.projectDirectory = projectDirectory
        self.config = config
        let out = output ?? config.output
        outputDirectory = out.hasPrefix("/") || output != nil ? out : projectDirectory + "/" + out
        let excluded = Self.excludedDirectories(projectDirectory: projectDirectory, output: outputDirectory)
        var jobs: [BuildJob] = []
        let makers: [(BuildJob.Kind, ProjectConfig.SourceSet, (String, String, ProjectConfig, Int?) -> BuildJob)] = [
            (.diagram, config.diagrams, DiagramJob.make), (.deck, config.decks, DeckJob.make),
            (.document, config.documents, DocumentJob.make),
        ]
        for (_, set, make) in makers {
            var seen = Set<String>()
            var found: [(path: String, name: String)] = []
            for pattern in set.sources.map(SourceGlob.init) {
                for path in pattern.files(in: projectDirectory, excluding: excluded) where seen.insert(path).inserted {
                    found.append((path, Self.artefactName(path, base: pattern.base)))
                }
            }
            found.sort { Array($0.path.utf8).lexicographicallyPrecedes(Array($1.path.utf8)) }
            jobs += found.map { make($0.path, $0.name, config, sourceDateEpoch) }
        }
        self.jobs = jobs
        var writers: [String: [String]] = [:]
        var order: [String] = []
        for job in jobs {
            for output in job.outputs {
                if writers[output] == nil { order.append(output) }
                writers[output, default: []].append(job.source)
            }
        }
        collisions = order.compactMap { output in
            guard let sources = writers[output], sources.count > 1 else { return nil }
            return (output, sources)
        }
    }

    /// The jobs of shard K of N (all of them without a shard).
    public func jobs(in shard: ShardSpec?) -> [BuildJob] {
        guard let shard else { return jobs }
        return jobs.filter { shard.contains($0.source) }
    }

    /// The source path below the pattern's base, without its extension: `diagrams/net/a.mmd`
    /// under `diagrams` is `net/a`.
    static func artefactName(_ path: String, base: String) -> String {
        var rest = path
        if !base.isEmpty, rest.hasPrefix(base + "/") { rest.removeFirst(base.count + 1) }
        if let dot = rest.lastIndex(of: "."), !rest[dot...].contains("/"), dot != rest.startIndex {
            rest = String(rest[..<dot])
        }
        return rest
    }

    /// The output directory (when inside the project) and tool directories are never searched.
    static func excludedDirectories(projectDirectory: String, output: String) -> Set<String> {
        var excluded: Set<String> = ["node_modules"]
        let root = URL(fileURLWithPath: projectDirectory).standardizedFileURL.path
        let out = URL(fileURLWithPath: output).standardizedFileURL.path
        if out.hasPrefix(root + "/") { excluded.insert(String(out.dropFirst(root.count + 1))) }
        return excluded
    }
}
