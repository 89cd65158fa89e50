import Foundation

/// A source pattern of `trellis.yml`: `/`-separated, `*` and `?` match within one name
/// (never a leading `.`), `**` matches any number of directories. Paths are relative to
/// the project directory.
public struct SourceGlob: Sendable, Equatable {
    public let pattern: String
    let components: [Substring]

    public init(_ pattern: String) {
        var text = pattern
        while text.hasPrefix("./") { text.removeFirst(2) }
        self.pattern = text
        components = text.split(separator: "/", omittingEmptySubsequences: true)
    }

    /// The directory before the first wildcard (`diagrams` for `diagrams/**/*.mmd`);
    /// artefact names are the source's path below it. For a plain file, its directory.
    public var base: String {
        let literal = components.prefix { !Self.hasWildcard($0) }
        let directories = literal.count == components.count ? literal.dropLast() : literal[...]
        return directories.joined(separator: "/")
    }

    /// Whether a relative path matches.
    public func matches(_ path: String) -> Bool {
        Self.match(components[...], path.split(separator: "/")[...])
    }

    /// Every regular file under `root` that matches, relative, in byte order. Hidden entries
    /// and the directories in `excluded` (relative paths, such as the output directory) are
    /// not entered.
    public func files(in root: String, excluding excluded: Set<String> = []) -> [String] {
        let start = base
        if !components.contains(where: Self.hasWildcard) {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: root + "/" + pattern, isDirectory: &isDirectory)
            return exists && !isDirectory.boolValue ? [pattern] : []
        }
        var found: [String] = []
        walk(root: root, relative: start, excluded: excluded, into: &found)
        return found.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    private func walk(root: String, relative: String, excluded: Set<String>, into found: inout [String]) {
        let directory = relative.isEmpty ? root : root + "/" + relative
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names where !name.hasPrefix(".") {
            let path = relative.isEmpty ? name : relative + "/" + name
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                if !excluded.contains(path), couldMatchBelow(path) { walk(root: root, relative: path, excluded: excluded, into: &found) }
            } else if matches(path) {
                found.append(path)
            }
        }
    }

    /// Whether some file below `directory` could match (prunes the walk).
    private func couldMatchBelow(_ directory: String) -> Bool {
        var pattern = components[...]
        for name in directory.split(separator: "/") {
            guard let first = pattern.first else { return false }
            if first == "**" { return true }
            guard Self.matchName(first, name) else { return false }
            pattern = pattern.dropFirst()
        }
        return !pattern.isEmpty
    }

    private static func match(_ pattern: ArraySlice<Substring>, _ path: ArraySlice<Substring>) -> Bool {
        guard let first = pattern.first else { return path.isEmpty }
        if first == "**" {
            var rest = path
            while true {
                if match(pattern.dropFirst(), rest) { return true }
                guard let name = rest.first, !name.hasPrefix(".") else { return false }
                rest = rest.dropFirst()
            }
        }
        guard let name = path.first, matchName(first, name) else { return false }
        return match(pattern.dropFirst(), path.dropFirst())
    }

    /// `*` and `?` within one name; a wildcard never matches a leading dot.
    static func matchName(_ pattern: Substring, _ name: Substring) -> Bool {
        if name.hasPrefix("."), !pattern.hasPrefix(".") { return false }
        let p = Array(pattern.unicodeScalars), n = Array(name.unicodeScalars)
        var pi = 0, ni = 0, starP = -1, starN = 0
        while ni < n.count {
            if pi < p.count, p[pi] == "?" || p[pi] == n[ni] {
                pi += 1
                ni += 1
            } else if pi < p.count, p[pi] == "*" {
                starP = pi
                starN = ni
                pi += 1
            } else if starP >= 0 {
                pi = starP + 1
                starN += 1
                ni = starN
            } else {
                return false
            }
        }
        while pi < p.count, p[pi] == "*" { pi += 1 }
        return pi == p.count
    }

    static func hasWildcard(_ name: Substring) -> Bool {
        name.contains("*") || name.contains("?")
    }
}
