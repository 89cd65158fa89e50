import Foundation

/// A long-running command (`trellis serve`, `trellis watch`, chromium) whose stderr is read
/// as it arrives; stopped with SIGINT (or killed) when the test ends.
final class LiveProcess: @unchecked Sendable {
    private let process = Process()
    private let lock = NSLock()
    private var errText = ""

    init(executable: URL, _ arguments: [String], in directory: URL? = nil) throws {
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        process.environment = env
        let err = Pipe()
        process.standardError = err
        process.standardOutput = err
        process.standardInput = FileHandle.nullDevice
        err.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self, !data.isEmpty else { return }
            self.lock.withLock { self.errText += String(decoding: data, as: UTF8.self) }
        }
        try process.run()
    }

    /// Runs the built `trellis`.
    convenience init(trellis arguments: [String], in directory: URL? = nil) throws {
        try self.init(executable: CLIRunner.executable, arguments, in: directory)
    }

    var output: String { lock.withLock { errText } }

    var isRunning: Bool { process.isRunning }

    var status: Int32 { process.terminationStatus }

    /// Polls until `condition` holds on the output, or the timeout passes; returns the output then.
    @discardableResult
    func waitForOutput(timeout: Double = 20, _ condition: (String) -> Bool) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let text = output
            if condition(text) { return text }
            if !process.isRunning { return condition(output) ? output : nil }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return nil
    }

    /// The `http://…/` URL that `trellis serve` prints once it listens.
    func servedURL(timeout: Double = 30) -> URL? {
        guard let text = waitForOutput(timeout: timeout, { $0.contains("serving ") && $0.contains("/ (Ctrl-C") }),
              let range = text.range(of: "http://[^ ]+/", options: .regularExpression) else { return nil }
        return URL(string: String(text[range]))
    }

    /// Sends SIGINT (Ctrl-C) and waits for the exit.
    func interrupt() {
        guard process.isRunning else { return }
        process.interrupt()
        let deadline = Date().addingTimeInterval(5)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
    }

    deinit {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }
}
