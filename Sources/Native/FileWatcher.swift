#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Watches directories for files written, created, renamed or removed (inotify on Linux,
/// mtime polling elsewhere or when inotify is unavailable) and reports the changed paths
/// in debounced batches. Watch directories, not files: editors save by renaming a new file
/// over the old one. `nextChanges()` blocks, so run it on a thread of its own.
public final class FileWatcher {
    /// How long to keep collecting events after the first one, so that one save (often
    /// several events: write, rename, attribute change) is one batch.
    public let debounce: Duration
    private let directories: [String]
    private var inotify: Int32 = -1
    private var watches: [Int32: String] = [:]
    private var polling: PollingSnapshot?

    /// Starts watching `directories` (each must exist). Polls every `pollInterval` when
    /// inotify is not available, or when `polling` asks for it.
    public init(directories: [String], debounce: Duration = .milliseconds(20),
                pollInterval: Duration = .milliseconds(100), polling: Bool = false) throws(NativeError) {
        self.directories = directories
        self.debounce = debounce
        #if os(Linux)
        if !polling { inotify = inotify_init1(Int32(IN_CLOEXEC)) }
        #endif
        guard inotify >= 0 else {
            for directory in directories where !FileManager.default.fileExists(atPath: directory) {
                throw .creationFailed("cannot watch \(directory): no such directory")
            }
            self.polling = PollingSnapshot(directories: directories, interval: pollInterval)
            return
        }
        #if os(Linux)
        let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_MODIFY
                          | IN_DELETE_SELF | IN_MOVE_SELF)
        for directory in directories {
            let descriptor = inotify_add_watch(inotify, directory, mask)
            guard descriptor >= 0 else {
                let reason = String(cString: strerror(errno))
                close(inotify)
                throw .creationFailed("cannot watch \(directory): \(reason)")
            }
            watches[descriptor] = directory
        }
        #endif
    }

    deinit {
        if inotify >= 0 { close(inotify) }
    }

    /// Whether the watcher fell back to polling.
    public var isPolling: Bool { polling != nil }

    /// Blocks until something changes, then returns the changed paths (directory + "/" +
    /// name, sorted, each once) after the debounce quiet time.
    public func nextChanges() -> [String] {
        if var snapshot = polling {
            defer { polling = snapshot }
            return snapshot.waitForChanges()
        }
        var changed = Set<String>()
        // Block for the first event, then collect until `debounce` passes without one.
        readEvents(timeoutMilliseconds: -1, into: &changed)
        let quiet = Int32(debounce.components.seconds * 1000 + debounce.components.attoseconds / 1_000_000_000_000_000)
        while readEvents(timeoutMilliseconds: max(quiet, 1), into: &changed) {}
        return changed.sorted()
    }

    /// Waits up to the timeout (-1: forever) for events and adds their paths; false on timeout.
    @discardableResult
    private func readEvents(timeoutMilliseconds: Int32, into changed: inout Set<String>) -> Bool {
        var descriptor = pollfd(fd: inotify, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, timeoutMilliseconds)
        guard ready > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        let count = buffer.withUnsafeMutableBytes { read(inotify, $0.baseAddress, $0.count) }
        guard count > 0 else { return false }
        for (descriptor, name) in Self.parse(buffer[..<count]) {
            guard let directory = watches[descriptor] else { continue }
            changed.insert(name.isEmpty ? directory : directory + "/" + name)
        }
        return true
    }

    /// Splits a read of `struct inotify_event` records (wd, mask, cookie, len, name[len]).
    static func parse(_ bytes: ArraySlice<UInt8>) -> [(Int32, String)] {
        var events: [(Int32, String)] = []
        var offset = bytes.startIndex
        func word(_ at: Int) -> UInt32 {
            UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
        }
        while offset + 16 <= bytes.endIndex {
            let descriptor = Int32(bitPattern: word(offset))
            let length = Int(word(offset + 12))
            let nameStart = offset + 16
            guard nameStart + length <= bytes.endIndex else { break }
            let nameBytes = bytes[nameStart..<(nameStart + length)].prefix { $0 != 0 }
            events.append((descriptor, String(decoding: nameBytes, as: UTF8.self)))
            offset = nameStart + length
        }
        return events
    }
}

// One owner calls `nextChanges()` from one thread at a time (the preview's watch thread);
// the descriptor table is fixed after init.
extension FileWatcher: @unchecked Sendable {}
