import Foundation
import Testing

/// The CLI side of issue 10: limits and file roots end in exit 1 with nothing written, and a
/// render killed mid-way leaves the previous artefact whole and no stray temporary file.
@Suite struct SecurityCommandTests {
    @Test func limitIsAnErrorNamingTheFlagAndNothingIsWritten() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let input = dir.appendingPathComponent("big.mmd")
        try ("flowchart TD\n" + (0..<30).map { "  n\($0)\n" }.joined()).write(to: input, atomically: true, encoding: .utf8)
        let output = dir.appendingPathComponent("big.svg")
        let refused = try CLIRunner.run(["render", input.path, "-o", output.path, "--max-nodes", "20"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("error: diagram has 30 nodes, more than the limit of 20"))
        #expect(refused.stderr.contains("--max-nodes"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
        let raised = try CLIRunner.run(["render", input.path, "-o", output.path, "--max-nodes", "30"])
        #expect(raised.status == 0, "\(raised.stderr)")
        let checked = try CLIRunner.run(["check", input.path, "--max-nodes", "20"])
        #expect(checked.status == 1)
        #expect(checked.stderr.contains("trellis.limit-nodes") || checked.stderr.contains("more than the limit of 20"))
    }

    @Test func imageOutsideTheRootNeedsAllowFiles() throws {
        let dir = try CLIRunner.temporaryDirectory().resolvingSymlinksInPath()
        let project = dir.appendingPathComponent("project")
        try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../Fixtures/Images/halves.svg").standardizedFileURL
        try FileManager.default.copyItem(at: fixture, to: dir.appendingPathComponent("secret.svg"))
        let input = project.appendingPathComponent("d.mmd")
        try "flowchart TD\n  A@{ img: \"../secret.svg\" }\n".write(to: input, atomically: true, encoding: .utf8)
        let output = project.appendingPathComponent("d.svg")
        let refused = try CLIRunner.run(["render", input.path, "-o", output.path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("is outside the project directory"))
        #expect(refused.stderr.contains("--allow-files"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
        let rooted = try CLIRunner.run(["render", input.path, "-o", output.path, "--root", dir.path])
        #expect(rooted.status == 0, "\(rooted.stderr)")
        let allowed = try CLIRunner.run(["render", input.path, "-o", output.path,
                                         "--allow-files", dir.appendingPathComponent("secret.svg").path])
        #expect(allowed.status == 0, "\(allowed.stderr)")
    }

    @Test func killedRenderKeepsThePreviousArtefactAndTheNextRunCleansUp() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let small = dir.appendingPathComponent("small.mmd")
        try "flowchart LR\n  a --> b\n".write(to: small, atomically: true, encoding: .utf8)
        let big = dir.appendingPathComponent("big.mmd")
        // A 30 × 30 grid: a few seconds of layout and a ~30 Mpx PNG to encode and write.
        let grid = (0..<30).flatMap { row in (0..<30).map { "  r\(row)c\($0) --> r\(row + 1)c\($0)\n" } }
        try ("flowchart TD\n" + grid.joined()).write(to: big, atomically: true, encoding: .utf8)
        let output = dir.appendingPathComponent("out.png")
        #expect(try CLIRunner.run(["render", small.path, "-o", output.path]).status == 0)
        let previous = try Data(contentsOf: output)
        var killed = 0
        for delay in [30, 150, 400, 800, 1500, 2500, 3500, 4500, 6000] {
            let process = Process()
            process.executableURL = CLIRunner.executable
            process.arguments = ["render", big.path, "-o", output.path, "--scale", "1.5"]
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(useconds_t(delay * 1000))
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                killed += 1
            }
            process.waitUntilExit()
            let now = try Data(contentsOf: output)
            if process.terminationReason == .uncaughtSignal {
                #expect(now == previous, "artefact changed by a run killed after \(delay) ms")
            } else {
                // The run finished before the kill: a whole new PNG, never a part of one.
                #expect(now.starts(with: [0x89, 0x50, 0x4E, 0x47]) && now.count > previous.count)
                break
            }
        }
        #expect(killed > 0)
        #expect(try CLIRunner.run(["render", small.path, "-o", output.path]).status == 0)
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains("trellis-tmp") }
        #expect(left.isEmpty, "\(left)")
    }
}
