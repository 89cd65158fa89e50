import Foundation
import Testing

/// `trellis serve` runs the HTTP server from `trellis-serve`, so `trellis` itself links no
/// networking; without that program beside it, serve fails with a clear message.
@Suite struct ServeHandOverTests {
    @Test func trellisDoesNotLinkTheNetworkingStack() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/ldd")
        process.arguments = [CLIRunner.executable.path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(text.contains("libcairo"))
        for library in ["libcurl", "librsvg", "libgdk_pixbuf", "libssl", "libxml2"] {
            #expect(!text.contains(library), "trellis links \(library) at start")
        }
    }

    @Test func serveWithoutTheServerProgramSaysWhatToBuild() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lonely = dir.appendingPathComponent("trellis")
        try FileManager.default.copyItem(at: CLIRunner.executable, to: lonely)
        let process = Process()
        process.executableURL = lonely
        process.arguments = ["serve", ".", "--port", "0"]
        process.currentDirectoryURL = dir
        let err = Pipe()
        process.standardError = err
        process.standardOutput = Pipe()
        try process.run()
        let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(text.contains("trellis-serve is missing"))
        #expect(text.contains("--product trellis-serve"))
    }
}
