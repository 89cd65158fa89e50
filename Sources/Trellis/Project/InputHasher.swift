import Foundation

/// Content hashes of a build's inputs, each file read and hashed at most once per run, and
/// the digest of the fonts directory, re-hashing only font files whose size or modification
/// time changed since the last manifest.
public struct InputHasher {
    let projectDirectory: String
    private var cache: [String: String?] = [:]
    /// The font records after `fontsDigest`, to store in the next manifest.
    public private(set) var fontRecords: [String: BuildManifest.FontRecord] = [:]
    private var fonts: String??

    public init(projectDirectory: String) {
        self.projectDirectory = projectDirectory
    }

    /// The SHA-256 of a project file (relative path) or nil when it cannot be read.
    public mutating func hash(_ relative: String) -> String? {
        if let known = cache[relative] { return known }
        let path = relative.hasPrefix("/") ? relative : projectDirectory + "/" + relative
        let digest = FileManager.default.contents(atPath: path).map { SHA256.hex(Array($0)) }
        cache[relative] = digest
        return digest
    }

    /// Records a hash already computed from bytes in hand (a source just read).
    public mutating func remember(_ relative: String, bytes: [UInt8]) -> String {
        let digest = SHA256.hex(bytes)
        cache[relative] = digest
        return digest
    }

    /// One hash for the `.otf`/`.ttf` files of the fonts directory (names and contents), or
    /// nil when there is no fonts directory. `known` are the records of earlier manifests.
    public mutating func fontsDigest(directory: String?, known: [String: BuildManifest.FontRecord]) -> String? {
        if let fonts { return fonts }
        guard let directory, let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            fonts = .some(nil)
            return nil
        }
        var summary = ""
        var records: [String: BuildManifest.FontRecord] = [:]
        var userCache: [String: BuildManifest.FontRecord]?
        var hashedAny = false
        for name in names.sorted() where name.lowercased().hasSuffix(".otf") || name.lowercased().hasSuffix(".ttf") {
            let path = directory + "/" + name
            guard let info = FileStat(path: path), !info.isDirectory else { continue }
            let size = info.size, modified = info.modified
            let record: BuildManifest.FontRecord
            func unchanged(_ old: BuildManifest.FontRecord?) -> Bool {
                old.map { $0.size == size && $0.modified == modified && !modified.isEmpty } ?? false
            }
            if let old = known[name], unchanged(old) {
                record = old
            } else {
                if userCache == nil { userCache = FontHashCache.load() }
                if let cached = userCache?[path], unchanged(cached) {
                    record = cached
                } else {
                    guard let data = FileManager.default.contents(atPath: path) else { continue }
                    record = BuildManifest.FontRecord(size: size, modified: modified, sha256: SHA256.hex(Array(data)))
                    userCache?[path] = record
                    hashedAny = true
                }
            }
            records[name] = record
            summary += name + " " + record.sha256 + "\n"
        }
        if hashedAny, let userCache { FontHashCache.save(userCache) }
        fontRecords = records
        let digest = SHA256.hex(summary)
        fonts = .some(digest)
        return digest
    }
}
