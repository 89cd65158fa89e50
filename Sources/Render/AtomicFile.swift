import Glibc

/// Writes a file all at once: readers see the old contents or the new, never a partial file.
public enum AtomicFile {
    /// Writes `bytes` to a temporary file beside `path`, flushes it to disk, and renames it
    /// over `path`. On failure the temporary file is removed and `path` is left untouched.
    public static func write(_ bytes: [UInt8], toPath path: String) throws(RenderError) {
        let directory = Self.directory(of: path)
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
        var template = Array("\(directory)/.\(name).tmp-XXXXXX".utf8CString)
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
            guard fsync(fd) == 0 else { throw failure(path, "fsync failed: \(errorText())") }
        }
        guard rename(tempPath, path) == 0 else { throw failure(path, errorText()) }
        committed = true
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
