import ArgumentParser
import Diagnostics
import Foundation
import Trellis

/// `trellis doc`: a Markdown run-book or SOP to a paginated PDF.
struct DocCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doc",
        abstract: "Typeset a Markdown document (run-book, SOP) as a paginated PDF.",
        discussion: """
        Reads GitHub Markdown (tables, task lists, footnotes, code with highlighting, \
        > [!NOTE] / [!WARNING] call-outs, ```mermaid blocks and linked .mmd files drawn as vector \
        diagrams) and writes an A4 or Letter PDF with a title block from the front matter \
        (title, subtitle, author, date, version), running header, page numbers n / N, clickable \
        links, #anchor links to headings, bookmarks and metadata. Front matter `toc: true` adds a \
        table of contents with page numbers; `numbered: true` numbers the headings; \
        `paper: letter` picks the paper (--paper wins over it).
        Images and .mmd files are read relative to the document; nothing is fetched from the \
        network. On any error nothing is written.

        Examples:
          trellis doc docs/RUNBOOK.md -o build/RUNBOOK.pdf
          trellis doc notes.md --paper letter
          trellis doc docs/RUNBOOK.md --timings
        """
    )

    @Argument(help: ArgumentHelp("The document (.md), or `-` for standard input.", valueName: "input"))
    var input: String

    @Option(name: .shortAndLong,
            help: ArgumentHelp("Output PDF (default: the input's name with .pdf); `-` writes to standard output.",
                               valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Paper: a4 or letter (default: the front matter's `paper:`, else a4).", valueName: "size"))
    var paper: PaperArgument?

    @Flag(name: .shortAndLong, help: "Print errors only; warnings and notes are not shown.")
    var quiet = false

    @Flag(help: "Print how long each stage took (fonts, typeset, encode, write) to standard error.")
    var timings = false

    @OptionGroup var diagnostics: DiagnosticsOptions
    @OptionGroup var fileAccess: FileAccessOptions

    mutating func validate() throws {
        if input == "-" && output == nil {
            throw ValidationError("reading standard input needs -o <file> or -o - for the PDF on standard output")
        }
        if let output, output != "-", !output.lowercased().hasSuffix(".pdf") {
            throw ValidationError("documents are written as PDF; give an output name ending in .pdf, got '\(output)'")
        }
    }

    func run() throws {
        let console = Console()
        let destination = output ?? RenderCommand.defaultOutput(for: input, format: .pdf)
        let source = try console.readSource(input)
        let clock = ContinuousClock()
        var stages: [StageTiming] = []
        defer { if timings { console.timings(stages) } }
        var start = clock.now
        let compiler: DocumentCompiler
        do {
            compiler = ProcessLifetime.keep(try DocumentCompiler(fontDirectory: try OutputFile.fontDirectory()))
        } catch {
            console.error(error.description)
            throw ExitCode(1)
        }
        stages.append(StageTiming(stage: "load fonts", duration: clock.now - start))
        var options = DocumentCompileOptions(paper: paper?.value, sourceDateEpoch: Environment.sourceDateEpoch)
        options.fileAccess = fileAccess.policy(forProjectInput: input)
        let base = input == "-" ? FileManager.default.currentDirectoryPath
            : URL(fileURLWithPath: input).deletingLastPathComponent().path
        start = clock.now
        let compilation = compiler.compile(source, baseDirectory: base, options: options)
        stages.append(StageTiming(stage: "typeset", duration: clock.now - start))
        let reported = diagnostics.applied(to: compilation.diagnostics)
        let shown = quiet ? reported.filter { $0.severity == .error } : reported
        console.report(shown, in: source, format: diagnostics.format, stdoutIsOutput: destination == "-")
        guard let document = compilation.document, !reported.hasErrors else { throw ExitCode(1) }
        do {
            start = clock.now
            let bytes = try compiler.renderPDF(document, options: options)
            stages.append(StageTiming(stage: "encode pdf", duration: clock.now - start))
            start = clock.now
            defer { stages.append(StageTiming(stage: "write", duration: clock.now - start)) }
            if destination == "-" {
                FileHandle.standardOutput.write(Data(bytes))
            } else {
                try OutputFile.write(bytes, toPath: destination)
                if !quiet { console.note("wrote \(destination) (\(document.pages.count) pages)") }
            }
        } catch {
            console.error("\(error)")
            throw ExitCode(1)
        }
    }
}
