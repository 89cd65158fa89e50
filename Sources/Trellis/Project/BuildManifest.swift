import Foundation

/// The record a build leaves in its output directory (`.trellis-manifest.json`, or one part
/// per shard): for every source, the content hash of everything it read and of everything it
/// wrote. Written as JSON with sorted keys, so the same build gives the same bytes.
public struct BuildManifest: Encodable, Sendable, Equatable {
    /// Manifest layout version.
    public var format = 1
    /// The Trellis that wrote it.
    public var trellis = TrellisVersion.string
    /// Font files seen: size, modification time and content hash, so an unchanged fonts
    /// directory is recognised by `stat` alone.
    public var fonts: [String: FontRecord] = [:]
    /// Keyed by source path relative to the project.
    public var artefacts: [String: Entry] = [:]

    public init() {}

    /// What one source's last successful build read and wrote.
    public struct Entry: Encodable, Sendable, Equatable {
        public var kind: String
        /// Hash of the job's settings, the Trellis version and the fonts.
        public var settings: String
        /// Every file read (the source first among them), path relative to the project -> SHA-256.
        public var inputs: [String: String]
        /// Every file written, path relative to the output directory.
        public var outputs: [String: OutputRecord]
    }

    /// An artefact's size and content hash.
    public struct OutputRecord: Encodable, Sendable, Equatable {
        public var size: Int
        public var sha256: String
    }

    /// A font file as last hashed.
    public struct FontRecord: Encodable, Sendable, Equatable {
        public var size: Int
        public var modified: String
        public var sha256: String
    }

    /// The manifest's file name: the whole build, or shard `index` of `count`.
    public static func fileName(shard: ShardSpec?) -> String {
        guard let shard else { return ".trellis-manifest.json" }
        return ".trellis-manifest.\(shard.index)-of-\(shard.count).json"
    }

    /// Deterministic JSON (sorted keys, two-space indentation, final newline).
    public func encoded() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return [] }
        return Array(data) + [0x0A]
    }

    /// A manifest file's contents, or nil when absent or unreadable (then everything rebuilds).
    public static func read(path: String) -> BuildManifest? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return parse(data)
    }

    /// The manifests of an output directory: the whole-build one first, then every shard
    /// part in name order.
    public static func readAll(outputDirectory: String) -> [BuildManifest] {
        readNamed(outputDirectory: outputDirectory).map(\.manifest)
    }

    /// `readAll` with each manifest's file name.
    static func readNamed(outputDirectory: String) -> [(name: String, manifest: BuildManifest)] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: outputDirectory)) ?? [])
            .filter { isShardPart($0) }.sorted()
        return ([fileName(shard: nil)] + names).compactMap { name in
            read(path: outputDirectory + "/" + name).map { (name, $0) }
        }
    }

    /// `.trellis-manifest.K-of-N.json`.
    static func isShardPart(_ name: String) -> Bool {
        name.hasPrefix(".trellis-manifest.") && name.hasSuffix(".json") && name.contains("-of-")
    }
}

/// `--shard K/N`: this run builds the sources whose stable path hash falls in part K of N.
public struct ShardSpec: Sendable, Equatable {
    /// 1-based.
    public var index: Int
    public var count: Int

    public init?(_ text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]),
              count >= 1, index >= 1, index <= count else { return nil }
        self.index = index
        self.count = count
    }

    /// Whether a source path belongs to this shard: the first 8 bytes of SHA-256 of the
    /// path, mod N. Independent of what other sources exist, so a file stays in its shard.
    public func contains(_ path: String) -> Bool {
        Self.shard(of: path, count: count) == index
    }

    /// The 1-based shard of a path among `count`.
    public static func shard(of path: String, count: Int) -> Int {
        var hasher = SHA256()
        hasher.update(path)
        let digest = hasher.finalize()
        let value = digest.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        return Int(value % UInt64(count)) + 1
    }
}
