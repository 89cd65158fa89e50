import Glibc

/// A fresh directory under /tmp, removed (with its files) when released.
final class TemporaryDirectory {
    let path: String

    init() throws {
        var template = Array("/tmp/trellis-render-test-XXXXXX".utf8CString)
        let created = template.withUnsafeMutableBufferPointer { buffer -> Bool in
            guard let base = buffer.baseAddress else { return false }
            return mkdtemp(base) != nil
        }
        guard created else { throw TemporaryDirectoryError() }
        path = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    deinit {
        for name in entries() { unlink(path + "/" + name) }
        rmdir(path)
    }

    /// File names in the directory, sorted, without `.` and `..`.
    func entries() -> [String] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }
}

struct TemporaryDirectoryError: Error {}

/// The whole file, or nil when it cannot be read.
func readAll(_ path: String) -> [UInt8]? {
    guard let file = fopen(path, "rb") else { return nil }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
        let count = fread(&chunk, 1, chunk.count, file)
        if count > 0 { bytes.append(contentsOf: chunk[0..<count]) }
        if count < chunk.count { break }
    }
    return bytes
}

/// Creates a directory; true on success.
func mkdirHelper(_ path: String) -> Bool {
    mkdir(path, 0o755) == 0
}
