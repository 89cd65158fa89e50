import Glibc

/// Writes a file all at once: readers see the old contents or the new, never a partial file.
/// The temporary file is `.NAME.trellis-tmp-PID-XXXXXX` beside `NAME`; one left behind by a
/// killed process is removed by the next write of the same `NAME` (see `removeStale`).
public enum AtomicFile {
    /// When the written bytes reach the disk.
    public enum Durability: Sendable {
        /// Flushed (file, then the rename) before `write` returns.
        case immediate
        /// Left to the kernel, as build systems do for their outputs (an fsync costs
        /// milliseconds per file). Readers still never see a partial file and a failed or
        /// killed run leaves the old one; only a power loss can leave a file short, which
        /// `trellis build` notices by its size and rebuilds.
        case deferred
    }

    /// Writes `bytes` to a temporary file beside `path`, flushes it to disk (unless
    /// `durability` defers that), and renames it over `path`. On failure the temporary file is
    /// removed and `path` is left untouched.
    public static func write(_ bytes: [UInt8], toPath path: String,
                             durability: Durability = .immediate) throws(RenderError) {
        let directory = Self.directory(of: path)
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
        removeStale(in: directory, name: name)
        var template = Array("\(directory)/\(tempPrefix(name))\(getpid())-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemp(base)
        }
        guard fd >= 0 else { throw failure(path, "cannot create a temporary file in \(directory)") }
        let tempPath = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var committed = false
        defer {
            if !committed { unlink(tempPath) }
        }
        do {
            defer { close(fd) }
            try writeAll(bytes, to: fd, path: path)
            fchmod(fd, Self.mode(forExisting: path))
            if durability == .immediate {
                guard fsync(fd) == 0 else { throw failure(path, "fsync failed: \(errorText())") }
            }
        }
        guard rename(tempPath, path) == 0 else { throw failure(path, errorText()) }
        committed = true
        guard durability == .immediate else { return }
        // Make the rename itself durable.
        let dirFD = open(directory, O_RDONLY)
        if dirFD >= 0 {
            fsync(dirFD)
            close(dirFD)
        }
    }

    private static func writeAll(_ bytes: [UInt8], to fd: Int32, path: String) throws(RenderError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw failure(path, errorText())
            }
            offset += written
        }
    }

    /// The start of every temporary name for `name`.
    static func tempPrefix(_ name: String) -> String { ".\(name).trellis-tmp-" }

    /// Removes temporary files for `name` whose writing process no longer exists (killed
    /// mid-write: `SIGKILL` runs no cleanup). Only names of exactly our pattern are touched,
    /// `PID-XXXXXX` with a decimal PID and six `mkstemp` letters, and only when that PID is
    /// gone, so a concurrent writer's file is never removed.
    static func removeStale(in directory: String, name: String) {
        let prefix = tempPrefix(name)
        guard let dir = opendir(directory) else { return }
        defer { closedir(dir) }
        var stale: [String] = []
        while let entry = readdir(dir) {
            let entryName = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard entryName.hasPrefix(prefix), let pid = stalePID(String(entryName.dropFirst(prefix.count))),
                  pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            stale.append(entryName)
        }
        for entryName in stale { unlink("\(directory)/\(entryName)") }
    }

    /// The PID of a `PID-XXXXXX` suffix, nil for anything else.
    static func stalePID(_ suffix: String) -> pid_t? {
        let parts = suffix.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...10).contains(parts[0].count), parts[0].allSatisfy({ $0.isASCII && $0.isNumber }),
              parts[1].count == 6, parts[1].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }),
              let pid = pid_t(parts[0]), pid > 0 else { return nil }
        return pid
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let dir = String(path[..<slash])
        return dir.isEmpty ? "/" : dir
    }

    /// The existing file's permissions, or the usual `0666` minus the umask for a new file
    /// (`mkstemp` would otherwise leave it private, `0600`).
    private static func mode(forExisting path: String) -> mode_t {
        var info = stat()
        if stat(path, &info) == 0 { return info.st_mode & 0o7777 }
        let mask = umask(0o022)
        umask(mask)
        return 0o666 & ~mask
    }

    private static func errorText() -> String { String(cString: strerror(errno)) }

    private static func failure(_ path: String, _ reason: String) -> RenderError {
        .writeFailed(path: path, reason: reason)
    }
}
