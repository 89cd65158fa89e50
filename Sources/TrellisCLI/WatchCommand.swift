import ArgumentParser
import Diagnostics
import Foundation
import Preview
import Trellis

/// `trellis watch`: builds, then rebuilds each diagram whose file changes, until Ctrl-C.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Re-render diagrams and decks every time they are saved.",
        discussion: """
        Builds every diagram under the paths (files, or folders walked recursively) and every deck \
        (a .md named on the command line or inside a decks/ folder, to <name>.pdf), then watches \
        their folders and re-renders a source when its text changes (a deck also when a diagram \
        or image it draws changes), printing one line per rebuild \
        with its time and any diagnostics. A diagram with errors keeps its previous outputs. Outputs go \
        to -o DIR, else DIR/build for a single project folder that has a diagrams/ folder, else ./build. \
        Stop with Ctrl-C.
        """
    )

    @Argument(help: ArgumentHelp("Diagram files or folders to watch.", valueName: "path"))
    var paths: [String] = ["."]

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("Output directory.", valueName: "dir"))
    var out: String?

    @Option(help: ArgumentHelp("Formats to write, comma-separated.", valueName: "list"))
    var formats: String = "svg"

    @Option(name: .shortAndLong,
            help: ArgumentHelp("Theme for every diagram: default, neutral, dark, forest or base.", valueName: "name"))
    var theme: ThemeArgument?

    @OptionGroup var diagnostics: DiagnosticsOptions

    mutating func validate() throws {
        for name in formatList where OutputFormat(rawValue: name) == nil {
            throw ValidationError("unknown format '\(name)' in --formats; use png, pdf and/or svg")
        }
    }

    private var formatList: [String] {
        formats.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    }

    func run() throws {
        let console = Console()
        var sources = PreviewSources(paths: paths, includesDecks: true)
        for path in sources.missing { console.error("\(path): no such file or directory") }
        guard sources.missing.isEmpty else { throw ExitCode(1) }
        let outDir = outputDirectory()
        let compiler = try console.makeCompiler()
        do {
            try FileManager.default.createDirectory(atPath: outDir, withIntermediateDirectories: true)
        } catch {
            console.error("cannot create \(outDir): \(error.localizedDescription)")
            throw ExitCode(1)
        }
        var builder = WatchBuilder(compiler: compiler, console: console, outDir: outDir,
                                   formats: formatList.compactMap(OutputFormat.init(rawValue:)),
                                   options: DiagramOptions(theme: theme?.name, sourceDateEpoch: Environment.sourceDateEpoch),
                                   diagnostics: diagnostics)
        for item in sources.items { builder.build(item, verb: "built") }
        let watcher: SourceWatcher
        do {
            watcher = try SourceWatcher(directories: sources.directories)
        } catch {
            console.error("cannot watch: \(error)")
            throw ExitCode(1)
        }
        StopSignal.install(console: console)
        console.note("watching \(sources.items.count) source\(sources.items.count == 1 ? "" : "s") in "
                     + "\(sources.directories.count) folder\(sources.directories.count == 1 ? "" : "s")"
                     + "\(watcher.isPolling ? " (polling)" : ""); Ctrl-C to stop")
        while true {
            for path in watcher.nextChanges() {
                if let item = sources.items.first(where: { $0.path == path }) {
                    builder.build(item, verb: "rebuilt")
                    for deck in builder.decks(reading: path) {
                        if let deckItem = sources.items.first(where: { $0.path == deck }) {
                            builder.build(deckItem, verb: "rebuilt", force: true)
                        }
                    }
                } else if !builder.decks(reading: path).isEmpty {
                    for deck in builder.decks(reading: path) {
                        if let deckItem = sources.items.first(where: { $0.path == deck }) {
                            builder.build(deckItem, verb: "rebuilt", force: true)
                        }
                    }
                } else if FileManager.default.fileExists(atPath: path), let item = sources.item(forNewPath: path) {
                    sources.add(item)
                    builder.build(item, verb: "built")
                }
            }
        }
    }

    /// `-o DIR`; else DIR/build for one project folder with diagrams/; else ./build.
    private func outputDirectory() -> String {
        if let out { return out }
        if paths.count == 1 {
            var isDirectory: ObjCBool = false
            let diagrams = (paths[0] as NSString).appendingPathComponent("diagrams")
            if FileManager.default.fileExists(atPath: diagrams, isDirectory: &isDirectory), isDirectory.boolValue {
                return (paths[0] as NSString).appendingPathComponent("build")
            }
        }
        return "build"
    }
}
