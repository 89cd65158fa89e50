import Foundation
import Testing
@testable import Native

@Suite struct FileWatcherTests {
    private func temporaryDirectory() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("watch-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func reportsAWriteInAWatchedDirectory() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let watcher = try FileWatcher(directories: [directory])
        #expect(!watcher.isPolling)
        try "a".write(toFile: directory + "/x.mmd", atomically: false, encoding: .utf8)
        #expect(watcher.nextChanges() == [directory + "/x.mmd"])
    }

    @Test func aSaveByRenameIsOneBatchNamingTheTarget() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "a".write(toFile: directory + "/x.mmd", atomically: false, encoding: .utf8)
        let watcher = try FileWatcher(directories: [directory])
        // Editors write a temporary file and rename it over the original.
        try "b".write(toFile: directory + "/.x.mmd.swp", atomically: false, encoding: .utf8)
        _ = rename(directory + "/.x.mmd.swp", directory + "/x.mmd")
        #expect(watcher.nextChanges() == [directory + "/.x.mmd.swp", directory + "/x.mmd"])
    }

    @Test func reportsRemoval() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "a".write(toFile: directory + "/gone.mmd", atomically: false, encoding: .utf8)
        let watcher = try FileWatcher(directories: [directory])
        try FileManager.default.removeItem(atPath: directory + "/gone.mmd")
        #expect(watcher.nextChanges() == [directory + "/gone.mmd"])
    }

    @Test func pollingFallbackSeesWritesAndRemovals() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "a".write(toFile: directory + "/old.mmd", atomically: false, encoding: .utf8)
        let watcher = try FileWatcher(directories: [directory], polling: true)
        #expect(watcher.isPolling)
        try "b".write(toFile: directory + "/new.mmd", atomically: false, encoding: .utf8)
        try FileManager.default.removeItem(atPath: directory + "/old.mmd")
        #expect(watcher.nextChanges() == [directory + "/new.mmd", directory + "/old.mmd"])
    }

    @Test func aMissingDirectoryIsAnError() {
        #expect(throws: NativeError.self) { try FileWatcher(directories: ["/nonexistent/trellis-watch"]) }
        #expect(throws: NativeError.self) { try FileWatcher(directories: ["/nonexistent/trellis-watch"], polling: true) }
    }

    @Test func parsesInotifyRecords() {
        // wd=3, mask, cookie, len=8, "ab.mmd\0\0"; then wd=4, len=0.
        var bytes: [UInt8] = [3, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 8, 0, 0, 0]
        bytes += Array("ab.mmd".utf8) + [0, 0]
        bytes += [4, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
        let events = FileWatcher.parse(bytes[...])
        #expect(events.map(\.0) == [3, 4])
        #expect(events.map(\.1) == ["ab.mmd", ""])
    }
}
