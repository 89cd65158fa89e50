import Foundation
import Render
import Testing

@Suite struct AtomicFileTests {
    @Test(arguments: [AtomicFile.Durability.immediate, .deferred])
    func writesBytesAndLeavesNoTemporaryFile(durability: AtomicFile.Durability) throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/out.bin"
        try AtomicFile.write([1, 2, 3], toPath: path, durability: durability)
        try AtomicFile.write([4, 5], toPath: path, durability: durability)
        #expect(readAll(path) == [4, 5])
        #expect(directory.entries() == ["out.bin"])
    }

    @Test func failedWriteKeepsTheOldFile() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/keep.txt"
        try AtomicFile.write(Array("old".utf8), toPath: path)
        // A directory cannot be replaced by a file: rename fails after the data was written.
        let blocked = directory.path + "/blocked"
        #expect(mkdirHelper(blocked))
        #expect(throws: RenderError.self) {
            try AtomicFile.write(Array("new".utf8), toPath: blocked)
        }
        #expect(readAll(path) == Array("old".utf8))
        #expect(directory.entries() == ["blocked", "keep.txt"])
    }

    @Test func missingDirectoryIsAWriteError() {
        #expect(throws: RenderError.self) {
            try AtomicFile.write([1], toPath: "/nonexistent-dir-for-trellis/out.png")
        }
    }
}

/// Temporary files left by a killed writer are removed by the next write of the same file,
/// and nothing else is.
@Suite struct AtomicFileStaleTests {
    /// The PID of a process that has exited (and been reaped), so no longer exists.
    static func deadPID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test func nextWriteRemovesTemporaryFilesOfDeadWriters() throws {
        let directory = try TemporaryDirectory()
        let dead = try Self.deadPID()
        let names = [
            ".out.png.trellis-tmp-\(dead)-aB3xYz",      // a killed writer's: removed
            ".out.png.trellis-tmp-\(getppid())-aB3xYz", // a live process's: kept
            ".out.png.trellis-tmp-\(dead)-aB3xY",       // not our pattern: kept
            ".out.png.trellis-tmp-x\(dead)-aB3xYz",     // not our pattern: kept
            ".other.png.trellis-tmp-\(dead)-aB3xYz",    // another file's: kept
            ".out.png.tmp-aB3xYz",                      // not ours: kept
        ]
        for name in names { try Data([1]).write(to: URL(fileURLWithPath: directory.path + "/" + name)) }
        try AtomicFile.write([7], toPath: directory.path + "/out.png")
        #expect(directory.entries() == (["out.png"] + names.dropFirst()).sorted())
    }
}
