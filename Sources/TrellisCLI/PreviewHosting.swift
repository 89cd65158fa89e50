import Foundation
import Native
import Preview

/// Who runs the preview's HTTP server behind `trellis serve`.
///
/// The server, and the networking libraries it links, live only in the `trellis-serve`
/// program beside `trellis`, so that every other run of `trellis` starts without loading
/// them. `trellis serve` checks its arguments, then replaces itself with `trellis-serve`,
/// which installs its server here and runs the same command line.
public enum PreviewHosting {
    /// Builds, watches and serves `workspace` until cancelled; `listening` gets the base URL,
    /// `rebuilt` every batch of rebuild reports.
    public typealias Server = @Sendable (_ workspace: PreviewWorkspace, _ host: String, _ port: UInt16,
                                         _ listening: @escaping @Sendable (String) -> Void,
                                         _ rebuilt: @escaping @Sendable ([PreviewReport]) -> Void) async throws -> Void

    /// The program that holds the server, looked for beside the running one.
    public static let serverProgram = "trellis-serve"

    private static let installed = ServerBox()

    /// Makes `server` the one `trellis serve` runs in this process.
    public static func install(_ server: @escaping Server) { installed.set(server) }

    static var server: Server? { installed.get() }

    /// Replaces this process with `trellis-serve` and the same arguments; returns only with
    /// the reason that failed.
    static func handOver() -> String {
        guard let executable = ProcessImage.executablePath() else {
            return "cannot find the running program (/proc/self/exe is unreadable)"
        }
        let program = (executable as NSString).deletingLastPathComponent + "/" + serverProgram
        guard FileManager.default.isExecutableFile(atPath: program) else {
            return "the preview server \(program) is missing; build it with: "
                + "swift build -c release --static-swift-stdlib --product \(serverProgram)"
        }
        var arguments = CommandLine.arguments
        arguments[0] = program
        return "cannot start \(program): " + ProcessImage.replace(with: program, arguments: arguments)
    }
}

/// The installed server, set once at start and read by the serve command.
private final class ServerBox: @unchecked Sendable {
    private let lock = NSLock()
    private var server: PreviewHosting.Server?

    func set(_ server: @escaping PreviewHosting.Server) { lock.withLock { self.server = server } }

    func get() -> PreviewHosting.Server? { lock.withLock { server } }
}
