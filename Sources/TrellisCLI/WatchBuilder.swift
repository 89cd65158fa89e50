import Diagnostics
import Foundation
import Preview
import Trellis

/// `trellis watch`'s rebuild step: compiles a diagram when its text changed since the last
/// build, writes its outputs, and prints one line with the time.
struct WatchBuilder {
    let compiler: DiagramCompiler
    let console: Console
    let outDir: String
    let formats: [OutputFormat]
    let options: DiagramOptions
    let diagnostics: DiagnosticsOptions
    /// The text last built per path; nil after the file went away.
    private var texts: [String: String] = [:]
    /// The deck compiler, made when the first deck is built.
    private var deckCompiler: DeckCompiler?
    /// The files each deck read when it was last built (its diagrams and images).
    private var deckInputs: [String: [String]] = [:]

    init(compiler: DiagramCompiler, console: Console, outDir: String, formats: [OutputFormat],
         options: DiagramOptions, diagnostics: DiagnosticsOptions) {
        self.compiler = compiler
        self.console = console
        self.outDir = outDir
        self.formats = formats
        self.options = options
        self.diagnostics = diagnostics
    }

    /// The decks that read `path` when they were last built, in build order.
    func decks(reading path: String) -> [String] {
        deckInputs.keys.sorted().filter { deckInputs[$0]?.contains(path) == true }
    }

    /// Builds `item` when its text changed (or always, with `force`: an input it reads changed).
    mutating func build(_ item: PreviewItem, verb: String, force: Bool = false) {
        let clock = ContinuousClock()
        let start = clock.now
        guard let data = FileManager.default.contents(atPath: item.path) else {
            if texts.removeValue(forKey: item.path) != nil { console.note("removed \(item.name) (outputs kept)") }
            return
        }
        let text = String(decoding: data, as: UTF8.self)
        guard texts[item.path] != text || force else { return }
        texts[item.path] = text
        if item.kind == .deck {
            buildDeck(item, text: text, verb: verb, start: start)
            return
        }
        var itemOptions = options
        itemOptions.baseDirectory = (item.path as NSString).deletingLastPathComponent
        let compilation = compiler.compile(SourceFile(name: item.name, text: text), options: itemOptions)
        let reported = diagnostics.applied(to: compilation.diagnostics)
        console.report(reported, in: compilation.source, format: diagnostics.format, outcome: false)
        let base = Self.outputBase(of: item)
        guard let frame = compilation.frame, !reported.hasErrors else {
            noteFailure(item, reported, after: clock.now - start)
            return
        }
        do {
            let folder = ((outDir as NSString).appendingPathComponent(base) as NSString).deletingLastPathComponent
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for format in formats {
                let bytes = try compiler.render(frame, as: format, options: options)
                try OutputFile.write(bytes, toPath: (outDir as NSString).appendingPathComponent("\(base).\(format.rawValue)"))
            }
        } catch {
            console.error("\(item.name): \(error)")
            return
        }
        let names = formats.map(\.rawValue)
        let target = (outDir as NSString).appendingPathComponent(base) + "."
            + (names.count == 1 ? names[0] : "{\(names.joined(separator: ","))}")
        console.note("\(verb) \(item.name) → \(target) in \(Self.milliseconds(clock.now - start))")
    }

    /// A deck to `<outDir>/<name>.pdf`, reading files under the working directory (or the
    /// deck's folder when it lies elsewhere), as `trellis deck` does.
    private mutating func buildDeck(_ item: PreviewItem, text: String, verb: String, start: ContinuousClock.Instant) {
        let clock = ContinuousClock()
        if deckCompiler == nil {
            do {
                deckCompiler = try DeckCompiler(fontDirectory: try OutputFile.fontDirectory())
            } catch {
                console.error("\(item.name): \(error)")
                return
            }
        }
        guard let decks = deckCompiler else { return }
        let folder = (item.path as NSString).deletingLastPathComponent
        var deckOptions = DeckOptions(theme: options.theme, sourceDateEpoch: options.sourceDateEpoch)
        deckOptions.fileAccess = .project(forInput: item.path)
        let compilation = decks.compile(SourceFile(name: item.name, text: text), baseDirectory: folder, options: deckOptions)
        deckInputs[item.path] = compilation.readFiles.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        let reported = diagnostics.applied(to: compilation.diagnostics)
        console.report(reported, in: compilation.source, format: diagnostics.format, outcome: false)
        let target = (outDir as NSString).appendingPathComponent(Self.outputBase(of: item) + ".pdf")
        guard let document = compilation.document, !reported.hasErrors else {
            noteFailure(item, reported, after: clock.now - start)
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try OutputFile.write(try decks.renderPDF(document, options: deckOptions), toPath: target)
        } catch {
            console.error("\(item.name): \(error)")
            return
        }
        console.note("\(verb) \(item.name) → \(target) in \(Self.milliseconds(clock.now - start))")
    }

    /// The line for a source that did not build: its error count, and that the old output stays.
    private func noteFailure(_ item: PreviewItem, _ reported: [Diagnostic], after duration: Duration) {
        let errors = reported.filter { $0.severity == .error }.count
        console.note("failed \(item.name) in \(Self.milliseconds(duration)): \(errors) error"
                     + "\(errors == 1 ? "" : "s"); previous output kept")
    }

    /// Where a source's outputs go under the output folder, without extension, as
    /// `trellis build` places them: `diagrams/net/lan.mmd` → `net/lan`, `decks/talk.md` →
    /// `talk`, so two `lan.mmd` in different folders no longer overwrite each other. A source
    /// outside the working directory keeps only its file name.
    static func outputBase(of item: PreviewItem) -> String {
        let stem = (item.name as NSString).deletingPathExtension
        guard !stem.hasPrefix("/"), !stem.hasPrefix("../") else { return (stem as NSString).lastPathComponent }
        var parts = stem.split(separator: "/").map(String.init)
        if parts.count > 1, parts[0] == "diagrams" || parts[0] == "decks" { parts.removeFirst() }
        return parts.joined(separator: "/")
    }

    static func milliseconds(_ duration: Duration) -> String {
        let ms = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
        return "\(Int(ms.rounded())) ms"
    }
}
