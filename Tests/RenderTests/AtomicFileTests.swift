import Render
import Testing

@Suite struct AtomicFileTests {
    @Test func writesBytesAndLeavesNoTemporaryFile() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/out.bin"
        try AtomicFile.write([1, 2, 3], toPath: path)
        try AtomicFile.write([4, 5], toPath: path)
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
