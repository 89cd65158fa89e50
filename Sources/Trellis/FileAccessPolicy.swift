import Diagnostics
import Foundation

/// Which local files an input may make Trellis read: those under a root directory (the
/// input's own directory, or `--root`), plus paths the user allowed (`--allow-files`). A
/// reference is resolved the way the kernel would open it (`..` and symlinks followed), and
/// the resolved path is what must lie inside, so neither `../` nor a symlink can escape.
/// URLs with a scheme are never files here: nothing is fetched from a network.
public struct FileAccessPolicy: Sendable, Equatable {
    /// The directory files must resolve under (symlinks resolved), absolute.
    public var root: String
    /// Further files or directories (resolved, absolute) that may be read wherever they are.
    public var allowed: [String]

    /// `root` and each allowed path are resolved now (relative to the working directory).
    public init(root: String, allowed: [String] = []) {
        self.root = Self.resolved(root)
        self.allowed = allowed.map(Self.resolved)
    }

    /// The default root for an input file: its directory; the working directory for
    /// standard input (`-`, `<stdin>`) or a bare name.
    public static func directory(ofInput path: String) -> String {
        guard path != "-", path != "<stdin>", let slash = path.lastIndex(of: "/") else {
            return FileManager.default.currentDirectoryPath
        }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The default policy for a deck or document at `path`: the working directory when the
    /// input lies under it (a deck in `decks/` may draw `../diagrams/*.mmd` of its project),
    /// else the input's own directory.
    public static func project(forInput path: String, allowed: [String] = []) -> FileAccessPolicy {
        let here = FileManager.default.currentDirectoryPath
        if case .allowed = FileAccessPolicy(root: here).decide(path, relativeTo: here) {
            return FileAccessPolicy(root: here, allowed: allowed)
        }
        return FileAccessPolicy(root: directory(ofInput: path), allowed: allowed)
    }

    /// What became of one reference.
    public enum Decision: Sendable, Equatable {
        /// Read this absolute, resolved path.
        case allowed(String)
        /// The reference resolves to this path, outside the root and every allowed path.
        case outsideRoot(String)
        /// A URL (`https:`, `data:`, `file:`…): never fetched, never read.
        case remote
    }

    /// Resolves `reference` (absolute, or relative to `baseDirectory`) and decides.
    public func decide(_ reference: String, relativeTo baseDirectory: String) -> Decision {
        if Self.isURL(reference) { return .remote }
        let joined = reference.hasPrefix("/") ? reference : baseDirectory + "/" + reference
        let path = Self.resolved(joined)
        if Self.path(path, isInside: root) || allowed.contains(where: { Self.path(path, isInside: $0) }) {
            return .allowed(path)
        }
        return .outsideRoot(path)
    }

    /// The error for a refused reference, for callers that report it.
    public func refusal(_ reference: String, resolvedTo path: String, at range: SourceRange) -> Diagnostic {
        let shown = reference.count > 200 ? String(reference.prefix(200)) + "…" : reference
        let target = path == reference ? "" : " (it resolves to \(path))"
        return .error("trellis.file-outside-root",
                      "'\(shown)' is outside the project directory \(root)\(target); it is not read",
                      at: range,
                      hint: "keep files under the root, choose another with --root DIR, or allow this one with --allow-files \(path)")
    }

    /// Whether `path` is `directory` itself or below it (both absolute and resolved).
    static func path(_ path: String, isInside directory: String) -> Bool {
        if directory == "/" { return path.hasPrefix("/") }
        return path == directory || path.hasPrefix(directory.hasSuffix("/") ? directory : directory + "/")
    }

    /// The absolute path with `.`, `..` and symlinks resolved. When the file does not exist,
    /// its deepest existing ancestor is resolved and the rest appended lexically, so a missing
    /// file still gets an honest place (and a later "not found", not a false "outside").
    static func resolved(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var components: [String] = []
        for part in absolute.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                // Resolve what is there so far first: `link/..` is the link target's parent.
                let sofar = real("/" + components.joined(separator: "/"))
                components = sofar.split(separator: "/").map(String.init)
                if !components.isEmpty { components.removeLast() }
            default: components.append(String(part))
            }
        }
        return real("/" + components.joined(separator: "/"))
    }

    /// `realpath` of the longest existing prefix, the missing rest appended.
    private static func real(_ path: String) -> String {
        var head = path
        var tail: [String] = []
        while true {
            if let resolved = realpath(head, nil) {
                defer { free(resolved) }
                let base = String(cString: resolved)
                guard !tail.isEmpty else { return base }
                return (base == "/" ? "" : base) + "/" + tail.reversed().joined(separator: "/")
            }
            guard let slash = head.lastIndex(of: "/"), head != "/" else { return path }
            tail.append(String(head[head.index(after: slash)...]))
            head = slash == head.startIndex ? "/" : String(head[..<slash])
        }
    }

    /// A URL with a scheme (two or more letters before `:`); one letter is a Windows drive.
    public static func isURL(_ reference: String) -> Bool {
        guard let colon = reference.firstIndex(of: ":") else { return false }
        let scheme = reference[..<colon]
        return scheme.count >= 2 && scheme.first?.isLetter == true
            && scheme.allSatisfy { $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }
    }
}
