import ArgumentParser
import Diagnostics
import Foundation
import Trellis

/// `trellis deck`: a Marp Markdown deck to one vector PDF, or to one PNG per slide.
struct DeckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deck",
        abstract: "Compile a Marp Markdown deck to a vector PDF (or one PNG per slide).",
        discussion: """
        Reads a deck written for Marp (front matter, `---` slides, directives, speaker notes in \
        HTML comments, ```mermaid blocks) and writes a PDF with a 960x540 pt page per 16:9 slide, \
        embedded fonts, bookmarks, links, metadata and speaker notes as annotations. Images and \
        .mmd files are read relative to the deck; nothing is fetched from the network.

        The output format comes from the output file's extension: .pdf (the default, beside the \
        input) or .png, which writes one file per page: -o slides.png --pages 3-5 writes \
        slides.003.png, slides.004.png and slides.005.png.
        With --notes each page is a handout: the slide on top of a portrait page, its speaker \
        notes under it. The PDF dates come from SOURCE_DATE_EPOCH, so the same deck gives the \
        same bytes. On any error nothing is written and previous output files are left untouched.

        Examples:
          trellis deck talk.md -o talk.pdf
          trellis deck talk.md -o slides.png --pages 3-5
          trellis deck talk.md --notes --paper letter -o handout.pdf
        """
    )

    @Argument(help: ArgumentHelp("The deck (.md), or `-` for standard input.", valueName: "input"))
    var input: String

    @Option(name: .shortAndLong,
            help: ArgumentHelp("Output file: .pdf, or .png for one file per page; `-` writes the PDF to standard output.",
                               valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Only these slides, 1-based: 3-5, 2, 1,4,7-9 or 6- (to the end).", valueName: "list"))
    var pages: String?

    @Flag(help: "Handout pages: each slide on top of a portrait page with its speaker notes under it.")
    var notes = false

    @Option(help: ArgumentHelp("Paper for --notes handouts: a4 (the default) or letter.", valueName: "size"))
    var paper: PaperArgument?

    @Flag(inversion: .prefixedNo,
          help: "Speaker notes as PDF text annotations on the slide pages (on by default).")
    var noteAnnotations = true

    @Flag(help: "Scale slide content that overflows down to fit (otherwise overflow is a warning).")
    var shrink = false

    @Option(name: .shortAndLong,
            help: ArgumentHelp("Theme for every slide, over the deck's own: default, gaia, uncover or trellis.",
                               valueName: "name"))
    var theme: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("PNG device scale factor, 1 to 8.", valueName: "factor"))
    var scale: Double = 1

    @Flag(name: .shortAndLong, help: "Print errors only; warnings and notes are not shown.")
    var quiet = false

    @Flag(help: "Print how long each stage took (fonts, parse, layout, encode, write) to standard error.")
    var timings = false

    @OptionGroup var diagnostics: DiagnosticsOptions
    @OptionGroup var fileAccess: FileAccessOptions
    @OptionGroup var limitOptions: LimitOptions

    mutating func validate() throws {
        if let theme, !DeckCompiler.themes.contains(theme.lowercased()) {
            throw ValidationError("unknown theme '\(theme)'; use \(DeckCompiler.themes.joined(separator: ", "))")
        }
        theme = theme?.lowercased()
        guard scale.isFinite, DiagramOptions.scaleRange.contains(scale) else {
            throw ValidationError("--scale must be between 1 and 8, got \(scale)")
        }
        if let pages, PageSelection(pages) == nil {
            throw ValidationError("--pages wants page numbers and ranges such as 3-5, 2, 1,4,7-9 or 6-; got '\(pages)'")
        }
        if paper != nil && !notes {
            throw ValidationError("--paper needs --notes (slides have the deck's own size)")
        }
        if input == "-" && output == nil {
            throw ValidationError("reading standard input needs -o <file> or -o - for the PDF on standard output")
        }
        if let output, output != "-" {
            guard let format = OutputFormat(pathExtension: output), format != .svg else {
                throw ValidationError("cannot tell the format of '\(output)'; decks are written as .pdf or .png")
            }
        }
    }

    var format: OutputFormat {
        output.flatMap { OutputFormat(pathExtension: $0) } ?? .pdf
    }

    func run() throws {
        let console = Console()
        let destination = output ?? RenderCommand.defaultOutput(for: input, format: .pdf)
        let source = try console.readSource(input)
        let clock = ContinuousClock()
        var stages: [StageTiming] = []
        defer { if timings { console.timings(stages) } }
        let fontStart = clock.now
        let compiler = try Self.makeCompiler(console: console)
        stages.append(StageTiming(stage: "load fonts", duration: clock.now - fontStart))
        var options = DeckOptions(theme: theme, shrink: shrink, handout: notes ? (paper?.value ?? .a4) : nil,
                                  notesAsAnnotations: noteAnnotations, scale: scale,
                                  sourceDateEpoch: Environment.sourceDateEpoch)
        options.fileAccess = fileAccess.policy(forProjectInput: input)
        options.limits = limitOptions.limits
        let base = input == "-" ? FileManager.default.currentDirectoryPath : URL(fileURLWithPath: input).deletingLastPathComponent().path
        let (compilation, compileStages) = compiler.compileTimed(source, baseDirectory: base, options: options)
        stages += compileStages
        let reported = diagnostics.applied(to: compilation.diagnostics)
        let shown = quiet ? reported.filter { $0.severity == .error } : reported
        console.report(shown, in: source, format: diagnostics.format, stdoutIsOutput: destination == "-")
        guard var document = compilation.document, !reported.hasErrors else { throw ExitCode(1) }
        var slideNumbers = Array(1...max(1, document.pages.count))
        if let pages, let selection = PageSelection(pages) {
            switch selection.indices(pageCount: document.pages.count) {
            case .success(let indices):
                document = document.selecting(pages: indices)
                slideNumbers = indices.map { $0 + 1 }
            case .failure(let error):
                console.error("--pages \(pages): \(error.message)")
                throw ExitCode(1)
            }
        }
        do {
            let encodeStart = clock.now
            if format == .png {
                let images = try compiler.renderPNGs(document, options: options)
                stages.append(StageTiming(stage: "encode png", duration: clock.now - encodeStart))
                let writeStart = clock.now
                defer { stages.append(StageTiming(stage: "write", duration: clock.now - writeStart)) }
                // Handout pages are numbered in order; slides keep their deck numbers.
                let numbers = notes ? Array(1...max(1, images.count)) : slideNumbers
                let total = compilation.document?.pages.count ?? images.count
                var names: [String] = []
                for (image, number) in zip(images, numbers) {
                    let name = PageFileNames.name(for: destination, page: number, pageCount: max(total, images.count))
                    try OutputFile.write(image, toPath: name)
                    names.append(name)
                }
                if !quiet, let first = names.first, let last = names.last {
                    console.note("wrote \(names.count) page\(names.count == 1 ? "" : "s"): "
                        + (names.count == 1 ? first : "\(first) … \(last)"))
                }
            } else {
                let bytes = try compiler.renderPDF(document, options: options)
                stages.append(StageTiming(stage: "encode pdf", duration: clock.now - encodeStart))
                let writeStart = clock.now
                defer { stages.append(StageTiming(stage: "write", duration: clock.now - writeStart)) }
                if destination == "-" {
                    FileHandle.standardOutput.write(Data(bytes))
                } else {
                    try OutputFile.write(bytes, toPath: destination)
                }
            }
        } catch {
            console.error("\(error)")
            throw ExitCode(1)
        }
    }

    /// The deck compiler with the bundled fonts, or an error exit that says how to fix it.
    static func makeCompiler(console: Console) throws -> DeckCompiler {
        do {
            return ProcessLifetime.keep(try DeckCompiler(fontDirectory: try OutputFile.fontDirectory()))
        } catch {
            console.error(error.description)
            throw ExitCode(1)
        }
    }
}
