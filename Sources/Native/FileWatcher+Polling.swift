import Foundation

/// The polling fallback of `FileWatcher`: modification times and sizes of the files in
/// some directories, compared every `interval`.
struct PollingSnapshot {
    let directories: [String]
    let interval: Duration
    private var stamps: [String: String] = [:]

    init(directories: [String], interval: Duration) {
        self.directories = directories
        self.interval = interval
        stamps = Self.scan(directories)
    }

    /// Sleeps `interval` at a time until some file's stamp changes, appears or disappears.
    mutating func waitForChanges() -> [String] {
        while true {
            Thread.sleep(forTimeInterval: Double(interval.components.attoseconds) / 1e18
                         + Double(interval.components.seconds))
            let now = Self.scan(directories)
            var changed: [String] = []
            for (path, stamp) in now where stamps[path] != stamp { changed.append(path) }
            for path in stamps.keys where now[path] == nil { changed.append(path) }
            stamps = now
            if !changed.isEmpty { return changed.sorted() }
        }
    }

    private static func scan(_ directories: [String]) -> [String: String] {
        var stamps: [String: String] = [:]
        let manager = FileManager.default
        for directory in directories {
            for name in (try? manager.contentsOfDirectory(atPath: directory)) ?? [] {
                let path = directory + "/" + name
                guard let attributes = try? manager.attributesOfItem(atPath: path) else { continue }
                let date = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
                stamps[path] = "\(date)/\(size)"
            }
        }
        return stamps
    }
}
