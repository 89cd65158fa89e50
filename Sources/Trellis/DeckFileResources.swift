import Foundation

/// A deck's images and diagram files, read from disk relative to the deck's folder. Nothing
/// is fetched from the network: a URL with a scheme is refused with a message saying so.
/// Records every file it read, for incremental builds (a deck is stale when one changes).
public final class DeckFileResources: @unchecked Sendable {
    /// The folder relative paths start from (the deck's).
    public let baseDirectory: String
    /// Larger files are refused rather than read into memory.
    public static let maximumFileSize = 64 * 1024 * 1024
    /// Which files may be read: by default those under `baseDirectory`.
    public let policy: FileAccessPolicy
    private let lock = NSLock()
    private var read: [String] = []

    /// Files are read relative to `baseDirectory`, and only where `policy` allows
    /// (nil: under `baseDirectory`).
    public init(baseDirectory: String, policy: FileAccessPolicy? = nil) {
        self.baseDirectory = baseDirectory.isEmpty ? "." : baseDirectory
        self.policy = policy ?? FileAccessPolicy(root: self.baseDirectory)
    }

    /// The files read so far (resolved paths), each once, in the order first read.
    public var readFiles: [String] {
        lock.lock()
        defer { lock.unlock() }
        return read
    }

    /// The bytes of the file the deck names `path`, or why it cannot be read, in words.
    public func bytes(at path: String) -> Result<[UInt8], FileProblem> {
        var written = path.trimmingCharacters(in: .whitespaces)
        if written.hasPrefix("file://") { written = String(written.dropFirst(7)) }
        if let colon = written.firstIndex(of: ":"), !written[..<colon].contains("/"), written[..<colon].count > 1 {
            return .failure(FileProblem("'\(written[..<colon]):' resources are not fetched (Trellis never uses the network); "
                + "save the file beside the Markdown file and give its relative path"))
        }
        guard !written.isEmpty else { return .failure(FileProblem("empty path")) }
        var resolved = resolve(written)
        if !FileManager.default.fileExists(atPath: resolved), let decoded = written.removingPercentEncoding, decoded != written {
            resolved = resolve(decoded)
        }
        switch policy.decide(resolved, relativeTo: FileManager.default.currentDirectoryPath) {
        case .allowed: break
        case .remote: return .failure(FileProblem("'\(written)' is not a local file; Trellis never uses the network"))
        case .outsideRoot(let path):
            return .failure(FileProblem("'\(written)' is outside the project directory \(policy.root) (it resolves to \(path)); "
                + "it is not read: keep files under the root, or choose another with --root DIR or allow it with --allow-files PATH"))
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory) else {
            return .failure(FileProblem("no such file: \(resolved)"))
        }
        guard !isDirectory.boolValue else { return .failure(FileProblem("\(resolved) is a directory")) }
        let type = (try? FileManager.default.attributesOfItem(atPath: resolved)[.type] as? FileAttributeType) ?? nil
        guard type == .typeRegular || type == .typeSymbolicLink else {
            return .failure(FileProblem("\(resolved) is not a regular file"))
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: resolved)[.size] as? Int) ?? 0
        guard size <= Self.maximumFileSize else {
            return .failure(FileProblem("\(resolved) is larger than \(Self.maximumFileSize / 1024 / 1024) MB"))
        }
        guard let data = FileManager.default.contents(atPath: resolved) else {
            return .failure(FileProblem("cannot read \(resolved)"))
        }
        lock.lock()
        if !read.contains(resolved) { read.append(resolved) }
        lock.unlock()
        return .success([UInt8](data))
    }

    private func resolve(_ path: String) -> String {
        path.hasPrefix("/") ? path : (baseDirectory == "." ? path : baseDirectory + "/" + path)
    }
}

/// Why a deck resource could not be read, in words for a diagnostic.
public struct FileProblem: Error, Hashable, Sendable {
    public var message: String
    public init(_ message: String) {
        self.message = message
    }
}
