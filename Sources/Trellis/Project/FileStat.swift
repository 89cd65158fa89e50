#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Size and modification time of a file from one `stat` call (no Foundation attribute
/// dictionaries: this runs for every artefact of every no-change build).
struct FileStat: Equatable {
    var size: Int
    /// Seconds and nanoseconds since 1970, as text (exact, unlike a Double).
    var modified: String
    var isDirectory: Bool

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        size = Int(info.st_size)
        #if canImport(Darwin)
        modified = "\(info.st_mtimespec.tv_sec).\(info.st_mtimespec.tv_nsec)"
        #else
        modified = "\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
        #endif
        isDirectory = (info.st_mode & S_IFMT) == S_IFDIR
    }
}
