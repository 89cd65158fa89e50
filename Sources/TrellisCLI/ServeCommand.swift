import ArgumentParser
import Dispatch
import Foundation
import Preview
import Trellis

/// `trellis serve`: a local web preview of diagrams that updates on every save.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview diagrams in a browser, updated live as you save.",
        discussion: """
        Serves an index of every diagram under the paths and one page per diagram with its current \
        drawing (zoom with the wheel, drag to pan, Fit), reloading by itself when the file is saved. \
        When the source has an error the page shows the diagnostic over the last good drawing. \
        Listens on 127.0.0.1 only; over SSH, forward the port (ssh -L 8080:127.0.0.1:8080 host). \
        Another interface needs an explicit --host and prints a warning.
        """
    )

    @Argument(help: ArgumentHelp("Diagram files or folders to serve.", valueName: "path"))
    var paths: [String] = ["."]

    @Option(help: ArgumentHelp("Port to listen on (0 picks a free one).", valueName: "port"))
    var port: String = "8080"

    @Option(help: ArgumentHelp("Interface to listen on (default 127.0.0.1); anything but loopback warns.",
                               valueName: "address"))
    var host: String?

    @Flag(help: "Open the index in the default browser.")
    var open = false

    @Option(name: .shortAndLong,
            help: ArgumentHelp("Theme for every diagram: default, neutral, dark, forest or base.", valueName: "name"))
    var theme: ThemeArgument?

    /// The address and port to bind; a host inside `--port HOST:PORT` must be loopback.
    func binding() throws -> (host: String, port: UInt16) {
        var portText = port
        var boundHost = host ?? "127.0.0.1"
        if let colon = port.lastIndex(of: ":") {
            let named = String(port[..<colon]).trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
            portText = String(port[port.index(after: colon)...])
            if host == nil {
                guard PreviewAddress.isLoopback(named) else {
                    throw ValidationError("refusing to listen on \(named): the preview serves only 127.0.0.1 "
                                          + "unless --host is given explicitly")
                }
                boundHost = named
            }
        }
        guard let number = UInt16(portText) else {
            throw ValidationError("--port must be a number from 0 to 65535, got '\(port)'")
        }
        return (boundHost, number)
    }

    mutating func validate() throws {
        _ = try binding()
    }

    func run() throws {
        let console = Console()
        guard let serve = PreviewHosting.server else {
            console.error(PreviewHosting.handOver())
            throw ExitCode(1)
        }
        let (boundHost, boundPort) = try binding()
        if host != nil, !PreviewAddress.isLoopback(boundHost) {
            console.warning("listening on \(boundHost): anyone who can reach this machine on port \(boundPort) "
                            + "can read these diagrams (the preview has no authentication)")
        }
        let sources = PreviewSources(paths: paths, includesDecks: true)
        for path in sources.missing { console.error("\(path): no such file or directory") }
        guard sources.missing.isEmpty else { throw ExitCode(1) }
        let workspace: PreviewWorkspace
        do {
            workspace = try PreviewWorkspace(sources: sources, fontDirectory: try OutputFile.fontDirectory(),
                                             theme: theme?.name)
        } catch {
            console.error(error.description)
            throw ExitCode(1)
        }
        StopSignal.install(console: console)
        let count = sources.items.count
        let finished = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        let openBrowser = open
        Task {
            do {
                try await serve(workspace, boundHost, boundPort, { url in
                    console.note("serving \(count) item\(count == 1 ? "" : "s") at \(url) (Ctrl-C to stop)")
                    if openBrowser { Self.openBrowser(url, console: console) }
                }, { reports in
                    for report in reports { Self.print(report, console: console) }
                })
            } catch {
                failure.set("cannot serve on \(boundHost):\(boundPort): \(error)")
            }
            finished.signal()
        }
        finished.wait()
        if let message = failure.message {
            console.error(message)
            throw ExitCode(1)
        }
    }

    private static func print(_ report: PreviewReport, console: Console) {
        let time = WatchBuilder.milliseconds(report.duration)
        switch report.outcome {
        case .built:
            console.note("rendered \(report.item.name) in \(time)")
        case .failed:
            if let source = report.source { console.report(report.diagnostics, in: source, outcome: false) }
            console.note("failed \(report.item.name) in \(time); the page shows the error over the last drawing")
        case .removed:
            console.note("removed \(report.item.name); the page says so and keeps the last drawing")
        }
        if report.outcome == .built, let source = report.source, !report.diagnostics.isEmpty {
            console.report(report.diagnostics, in: source, outcome: false)
        }
    }

    private static func openBrowser(_ url: String, console: Console) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xdg-open", url]
        do {
            try process.run()
        } catch {
            console.note("could not open a browser; visit \(url)")
        }
    }
}

/// The server task's failure, read by the main thread after the task ends.
private final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: String?

    var message: String? { lock.withLock { stored } }

    func set(_ message: String) { lock.withLock { stored = message } }
}
