import ArgumentParser
import Diagnostics
import Foundation
import Trellis

/// `trellis build`: renders a project's diagrams, decks and documents into its output
/// directory, in parallel and incrementally (see `ProjectBuilder`).
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build every diagram, deck and document of a project into its output directory.",
        discussion: """
        Sources, output directory, formats and theme come from DIR/trellis.yml (defaults without it: \
        diagrams/**/*.mmd as png, pdf and svg; decks/*.md as pdf; output build/). Only sources whose \
        inputs changed since the last build are rebuilt (the record is OUT/.trellis-manifest.json). \
        Every source is tried (unless --fail-fast); a failed one keeps its previous artefacts, and \
        the exit code is 1 when any failed.
        """
    )

    @Argument(help: ArgumentHelp("The project directory.", valueName: "dir"))
    var directory: String = "."

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("Output directory (overrides trellis.yml).", valueName: "dir"))
    var out: String?

    @Option(help: ArgumentHelp("Diagram formats, comma-separated (overrides trellis.yml).", valueName: "list"))
    var formats: String?

    @Option(name: .shortAndLong,
            help: ArgumentHelp("Theme for every diagram: default, neutral, dark, forest or base.", valueName: "name"))
    var theme: ThemeArgument?

    @Option(name: .shortAndLong, help: ArgumentHelp("PNG device scale factor, 1 to 8.", valueName: "factor"))
    var scale: Double?

    @Option(name: [.customShort("c"), .customLong("configFile"), .customLong("config-file")],
            help: ArgumentHelp("mermaid config JSON for every diagram; each diagram's own config wins.",
                               valueName: "file"))
    var configFile: String?

    @Option(help: ArgumentHelp("Build only shard K of N (1-based), e.g. 2/4; writes its own manifest part.",
                               valueName: "K/N"))
    var shard: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Worker threads (default: every core).", valueName: "n"))
    var jobs: Int?

    @Flag(name: .customLong("fail-fast"), help: "Stop starting new sources after the first failure.")
    var failFast = false

    @OptionGroup var diagnostics: DiagnosticsOptions

    mutating func validate() throws {
        if let scale, !(scale.isFinite && DiagramOptions.scaleRange.contains(scale)) {
            throw ValidationError("--scale must be between 1 and 8, got \(scale)")
        }
        for name in formatList ?? [] where OutputFormat(rawValue: name) == nil {
            throw ValidationError("unknown format '\(name)' in --formats; use png, pdf and/or svg")
        }
        if let shard, ShardSpec(shard) == nil {
            throw ValidationError("--shard must be K/N with 1 ≤ K ≤ N, got '\(shard)'")
        }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    private var formatList: [String]? {
        formats.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() } }
    }

    func run() throws {
        let console = Console()
        let plan = try ProjectLoader.plan(directory: directory, output: out, console: console, format: diagnostics.format) {
            config in
            if let formats = formatList { config.diagrams.formats = formats }
            if let theme { config.theme = theme.name }
            if let scale { config.scale = scale }
            if let configFile { config.mermaidConfig = URL(fileURLWithPath: configFile).standardizedFileURL.path }
        }
        if plan.jobs.isEmpty {
            console.error("nothing to build: no sources match trellis.yml's patterns (default diagrams/**/*.mmd, "
                + "decks/*.md) under \(directory)")
            throw ExitCode(1)
        }
        let fontDirectory: String
        do {
            fontDirectory = try OutputFile.fontDirectory()
        } catch {
            console.error(error.description)
            throw ExitCode(1)
        }
        let shardSpec: ShardSpec? = shard.flatMap { ShardSpec($0) }
        var request = BuildRequest(shard: shardSpec, failFast: failFast, denyWarnings: diagnostics.denyWarnings,
                                   workers: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        // The process ends with the build: the kernel reclaims the compilers at once.
        request.keepsCompilers = true
        let progress = ProgressLine(enabled: isatty(STDERR_FILENO) == 1)
        let builder = ProjectBuilder(plan: plan, fontDirectory: fontDirectory)
        var onProgress: (@Sendable (BuildProgress) -> Void)?
        if progress.enabled { onProgress = { @Sendable update in progress.show(update) } }
        let summary = builder.build(request, progress: onProgress)
        progress.clear()
        report(summary, console: console)
        if summary.failed > 0 || summary.stopped > 0 || summary.manifestFailure != nil {
            throw ExitCode(1)
        }
    }

    private func report(_ summary: BuildSummary, console: Console) {
        var failures: [String] = []
        for outcome in summary.outcomes {
            for report in outcome.reports {
                console.report(diagnostics.applied(to: report.diagnostics), in: report.file, format: diagnostics.format)
            }
            switch outcome.status {
            case .failed(let reason):
                if let reason { console.error("\(outcome.source): \(reason)") }
                failures.append(outcome.source)
            case .stopped:
                console.note("\(outcome.source): not built (stopped by --fail-fast)")
            case .built, .upToDate:
                break
            }
        }
        if let failure = summary.manifestFailure { console.error(failure) }
        var line = "built \(summary.built), up to date \(summary.upToDate), failed \(summary.failed)"
        if summary.stopped > 0 { line += ", not built \(summary.stopped)" }
        console.note(line)
        if !failures.isEmpty {
            console.note("failed:\n" + failures.map { "  \($0)" }.joined(separator: "\n"))
        }
    }
}

/// A one-line `[done/total] source` status on a terminal's standard error, redrawn in place
/// at most every 100 ms, for builds long enough to need it.
final class ProgressLine: @unchecked Sendable {
    let enabled: Bool
    private let lock = NSLock()
    private var lastDrawn = ContinuousClock.now
    private var drawn = false
    private let start = ContinuousClock.now

    init(enabled: Bool) {
        self.enabled = enabled
    }

    func show(_ progress: BuildProgress) {
        lock.lock()
        defer { lock.unlock() }
        let now = ContinuousClock.now
        guard now - start > .milliseconds(300), now - lastDrawn > .milliseconds(100) || progress.finished == progress.total
        else { return }
        lastDrawn = now
        drawn = true
        FileHandle.standardError.write(Data("\r\u{1B}[K[\(progress.finished)/\(progress.total)] \(progress.source)".utf8))
    }

    func clear() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
