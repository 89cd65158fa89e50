import Glibc

/// The running program's file, and replacing the process with another program (`execv`).
public enum ProcessImage {
    /// `/proc/self/exe` resolved, or nil when unavailable.
    public static func executablePath() -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Replaces this process with the program at `path`, run with `arguments` (the first is
    /// its name); the process id, open files and environment stay. Returns only on failure,
    /// with the reason.
    public static func replace(with path: String, arguments: [String]) -> String {
        var pointers: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) }
        pointers.append(nil)
        defer { for pointer in pointers { free(pointer) } }
        execv(path, pointers)
        return String(cString: strerror(errno))
    }
}
