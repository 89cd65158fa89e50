import ArgumentParser
import Diagnostics
import Foundation
import Trellis

/// `trellis build`: renders a project's `diagrams/` and `decks/` into `build/`.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Render every diagram of a project into its build directory.",
        discussion: """
        Renders DIR/diagrams/*.mmd into OUT/<name>.png, .pdf and .svg (OUT defaults to DIR/build), \
        and compiles the decks DIR/decks/*.md into OUT/<name>.pdf. Every file is tried; the exit code \
        is 1 if any failed, and a failed diagram leaves its previous outputs in place.
        """
    )

    @Argument(help: ArgumentHelp("The project directory.", valueName: "dir"))
    var directory: String = "."

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("Output directory (default: DIR/build).", valueName: "dir"))
    var out: String?

    @Option(help: ArgumentHelp("Formats to write, comma-separated.", valueName: "list"))
    var formats: String = "png,pdf,svg"

    @Option(name: .shortAndLong,
            help: ArgumentHelp("Theme for every diagram: default, neutral, dark, forest or base.", valueName: "name"))
    var theme: ThemeArgument?

    @Option(name: .shortAndLong, help: ArgumentHelp("PNG device scale factor, 1 to 8.", valueName: "factor"))
    var scale: Double = 1

    @Option(name: [.customShort("c"), .customLong("configFile"), .customLong("config-file")],
            help: ArgumentHelp("mermaid config JSON for every diagram; each diagram's own config wins.",
                               valueName: "file"))
    var configFile: String?

    @OptionGroup var diagnostics: DiagnosticsOptions

    mutating func validate() throws {
        guard scale.isFinite, DiagramOptions.scaleRange.contains(scale) else {
            throw ValidationError("--scale must be between 1 and 8, got \(scale)")
        }
        for name in formatList where OutputFormat(rawValue: name) == nil {
            throw ValidationError("unknown format '\(name)' in --formats; use png, pdf and/or svg")
        }
    }

    private var formatList: [String] {
        formats.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    }

    func run() throws {
        let console = Console()
        let root = URL(fileURLWithPath: directory)
        let outDir = out.map { URL(fileURLWithPath: $0) } ?? root.appendingPathComponent("build")
        let diagrams = Self.files(in: root.appendingPathComponent("diagrams"), withExtension: "mmd")
        let decks = Self.files(in: root.appendingPathComponent("decks"), withExtension: "md")
        if diagrams.isEmpty && decks.isEmpty {
            console.error("nothing to build: no diagrams/*.mmd or decks/*.md under \(root.path)")
            throw ExitCode(1)
        }
        let compiler = try console.makeCompiler()
        do {
            try FileManager.default.createDirectory(at: outDir, withIntermediateDirectories: true)
        } catch {
            console.error("cannot create \(outDir.path): \(error.localizedDescription)")
            throw ExitCode(1)
        }
        let configFile = try configFile.map { try RenderCommand.readConfig($0, console: console) }
        let options = DiagramOptions(theme: theme?.name, scale: scale, sourceDateEpoch: Environment.sourceDateEpoch,
                                     configFile: configFile)
        var built = 0, failed = 0
        for file in diagrams {
            let name = file.deletingPathExtension().lastPathComponent
            let shown = Self.relative(file, to: root)
            guard let source = try? console.readSource(file.path) else { failed += 1; continue }
            let compilation = compiler.compile(source.renamed(shown), options: options)
            let reported = diagnostics.applied(to: compilation.diagnostics)
            console.report(reported, in: compilation.source, format: diagnostics.format)
            guard let frame = compilation.frame, !reported.hasErrors else { failed += 1; continue }
            do {
                for format in formatList.compactMap(OutputFormat.init(rawValue:)) {
                    let bytes = try compiler.render(frame, as: format, options: options)
                    try OutputFile.write(bytes, toPath: outDir.appendingPathComponent("\(name).\(format.rawValue)").path)
                }
                built += 1
                console.note("built \(shown) -> \(Self.relative(outDir, to: root))/\(name).{\(formatList.joined(separator: ","))}")
            } catch {
                console.error("\(shown): \(error)")
                failed += 1
            }
        }
        let deckCompiler = decks.isEmpty ? nil : try DeckCommand.makeCompiler(console: console)
        for deck in decks {
            guard let deckCompiler else { break }
            let deckOptions = DeckOptions(theme: theme.flatMap { DeckCompiler.themes.contains($0.name) ? $0.name : nil },
                                          sourceDateEpoch: Environment.sourceDateEpoch)
            let shown = Self.relative(deck, to: root)
            if DeckCommand.build(deck: deck, shownName: shown, outDir: outDir, compiler: deckCompiler, options: deckOptions,
                                 diagnostics: diagnostics, console: console) {
                built += 1
                console.note("built \(shown) -> \(Self.relative(outDir, to: root))/\(deck.deletingPathExtension().lastPathComponent).pdf")
            } else {
                failed += 1
            }
        }
        console.note("\(built) built, \(failed) failed")
        if failed > 0 { throw ExitCode(1) }
    }

    /// Regular files with the extension, sorted by name (stable output order).
    static func files(in directory: URL, withExtension ext: String) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".\(ext)") && !$0.hasPrefix(".") }.sorted()
            .map { directory.appendingPathComponent($0) }
    }

    static func relative(_ url: URL, to root: URL) -> String {
        let base = root.standardizedFileURL.path
        let path = url.standardizedFileURL.path
        if path.hasPrefix(base + "/") { return String(path.dropFirst(base.count + 1)) }
        return path
    }
}

extension SourceFile {
    /// The same text under another display name.
    func renamed(_ name: String) -> SourceFile { SourceFile(name: name, text: text) }
}
