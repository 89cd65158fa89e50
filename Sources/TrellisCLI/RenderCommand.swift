import ArgumentParser
import Diagnostics
import Foundation
import Trellis

/// `trellis render`: one diagram to one file (or stdout).
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render one Mermaid diagram to PNG, PDF or SVG.",
        discussion: """
        The output format comes from --format, else from the output file's extension \
        (.png, .pdf, .svg). Without -o the output is written beside the input with the \
        format's extension (SVG unless --format says otherwise); with input `-` it goes to stdout.
        On any error nothing is written and the previous output file is left untouched.

        Markdown input (README.md -o README.out.md) is mermaid-cli's Markdown mode: every ```mermaid \
        flowchart block is drawn to README.out-1.svg, README.out-2.svg, … beside the output (--format png \
        or pdf for other images) and replaced by an image link whose alt text is the diagram's accDescr \
        (else accTitle) and whose title is its accTitle.
        """
    )

    @Argument(help: ArgumentHelp("The diagram source (.mmd), or `-` for standard input.", valueName: "input"))
    var inputArgument: String?

    @Option(name: [.customShort("i"), .long],
            help: ArgumentHelp("The diagram source, as mermaid-cli's -i (instead of the argument).", valueName: "file"))
    var input: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Output file, or `-` for standard output.", valueName: "file"))
    var output: String?

    @Option(name: [.short, .long, .customShort("e"), .customLong("outputFormat")],
            help: ArgumentHelp("Output format: png, pdf or svg (-e as in mermaid-cli).", valueName: "format"))
    var format: OutputFormatArgument?

    @Option(name: .shortAndLong,
            help: ArgumentHelp("PNG device scale factor, 1 to 8 (the PNG records 96 × scale dpi).", valueName: "factor"))
    var scale: Double = 1

    @Option(name: [.customShort("w"), .long],
            help: ArgumentHelp("Fit the drawing to this width in px (before --scale), aspect kept.", valueName: "px"))
    var width: Double?

    @Option(name: [.customShort("H"), .long],
            help: ArgumentHelp("Fit the drawing to this height in px (before --scale), aspect kept.", valueName: "px"))
    var height: Double?

    @Option(name: [.customShort("b"), .customLong("background"), .customLong("backgroundColor")],
            help: ArgumentHelp("Background: white, transparent, a colour name or #rrggbb.", valueName: "colour"))
    var background: BackgroundArgument?

    @Option(name: .shortAndLong,
            help: ArgumentHelp("Theme: default, neutral, dark, forest or base (overrides the diagram's own).",
                               valueName: "name"))
    var theme: ThemeArgument?

    @Option(name: [.customShort("c"), .customLong("configFile"), .customLong("config-file")],
            help: ArgumentHelp("mermaid config JSON (theme, themeVariables, flowchart.*); the diagram's own config wins.",
                               valueName: "file"))
    var configFile: String?

    @Option(name: [.customShort("C"), .customLong("cssFile")],
            help: ArgumentHelp("Not supported: Trellis draws without a browser, so CSS cannot apply.", valueName: "file"))
    var cssFile: String?

    @Flag(name: [.customLong("pdf-fit"), .customLong("pdfFit")], help: "PDF page sized to the diagram (the default).")
    var pdfFit = false

    @Option(help: ArgumentHelp("PDF on paper with half-inch margins, the drawing shrunk to fit: a4 or letter.",
                               valueName: "size"))
    var paper: PaperArgument?

    @Flag(help: "With --paper: landscape page.")
    var landscape = false

    @Flag(help: "Print how long each stage took (parse, every layout pass, scene, encode, write) to standard error.")
    var timings = false

    @Flag(name: .shortAndLong, help: "Print errors only (mermaid-cli's -q); warnings and notes are not shown.")
    var quiet = false

    @OptionGroup var diagnostics: DiagnosticsOptions

    @OptionGroup(title: "Limits") var limitOptions: LimitOptions

    @OptionGroup(title: "Files") var fileOptions: FileAccessOptions

    mutating func validate() throws {
        if cssFile != nil {
            throw ValidationError("-C/--cssFile is not supported: Trellis draws without a browser, so there is no CSS "
                + "to apply; use classDef/style in the diagram or themeVariables in a -c config file")
        }
        if inputArgument != nil && input != nil {
            throw ValidationError("give the input once: either as the argument or with -i/--input")
        }
        if inputArgument == nil && input == nil {
            throw ValidationError("missing input: trellis render <input> or -i <input>")
        }
        guard scale.isFinite, DiagramOptions.scaleRange.contains(scale) else {
            throw ValidationError("--scale must be between 1 and 8, got \(scale)")
        }
        for (name, value) in [("--width", width), ("--height", height)] {
            if let value, !(value.isFinite && value >= 1 && value <= 100_000) {
                throw ValidationError("\(name) must be between 1 and 100000 px, got \(value)")
            }
        }
        if pdfFit && paper != nil {
            throw ValidationError("--pdf-fit and --paper exclude each other")
        }
        if landscape && paper == nil {
            throw ValidationError("--landscape needs --paper a4|letter")
        }
        if output == "-" && format == nil {
            throw ValidationError("writing to standard output (-o -) needs --format png|pdf|svg")
        }
        if isMarkdownInput {
            guard let output, CheckCommand.isMarkdown(output) else {
                throw ValidationError("Markdown input needs a Markdown output: -o OUT.md (images are written beside it)")
            }
            return
        }
        if let output, output != "-", format == nil, OutputFormat(pathExtension: output) == nil {
            throw ValidationError("cannot tell the format of '\(output)' from its extension; use --format png|pdf|svg")
        }
    }

    /// Whether the input is a Markdown file (docs mode).
    var isMarkdownInput: Bool {
        guard let path = input ?? inputArgument, path != "-" else { return false }
        return CheckCommand.isMarkdown(path)
    }

    func run() throws {
        let console = Console()
        if isMarkdownInput {
            try renderMarkdown(console: console)
            return
        }
        let resolvedFormat = format?.value ?? output.flatMap { OutputFormat(pathExtension: $0) } ?? .svg
        let input = self.input ?? inputArgument ?? "-"
        let destination = output ?? (input == "-" ? "-" : Self.defaultOutput(for: input, format: resolvedFormat))
        let configFile = try configFile.map { try Self.readConfig($0, console: console) }
        let source = try console.readSource(input)
        let compiler = try console.makeCompiler()
        var options = DiagramOptions(theme: theme?.name, scale: scale, background: background?.color,
                                     sourceDateEpoch: Environment.sourceDateEpoch, configFile: configFile,
                                     fitWidth: width, fitHeight: height, paper: paper?.value, landscape: landscape)
        options.limits = limitOptions.limits
        options.fileAccess = fileOptions.policy(forInput: input)
        let clock = ContinuousClock()
        let timed = compiler.compileTimed(source, options: options)
        let compilation = timed.compilation
        var stages = timed.timings
        defer { if timings { console.timings(stages) } }
        let reported = diagnostics.applied(to: compilation.diagnostics)
        let shown = quiet ? reported.filter { $0.severity == .error } : reported
        console.report(shown, in: source, format: diagnostics.format, stdoutIsOutput: destination == "-")
        guard let frame = compilation.frame, !reported.hasErrors else { throw ExitCode(1) }
        do {
            let encodeStart = clock.now
            let bytes = try compiler.render(frame, as: resolvedFormat, options: options)
            stages.append(StageTiming(stage: "encode \(resolvedFormat.rawValue)", duration: clock.now - encodeStart))
            let writeStart = clock.now
            if destination == "-" {
                FileHandle.standardOutput.write(Data(bytes))
            } else {
                try OutputFile.write(bytes, toPath: destination)
            }
            stages.append(StageTiming(stage: "write", duration: clock.now - writeStart))
        } catch {
            console.error("\(error)")
            throw ExitCode(1)
        }
    }

    /// The parsed `-c` file; a missing or malformed file is an error (exit 1), not a warning.
    static func readConfig(_ path: String, console: Console) throws -> MermaidConfigFile {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            console.error("cannot read config file \(path)")
            throw ExitCode(1)
        }
        do {
            return try MermaidConfigFile(json: text)
        } catch {
            console.error("config file \(path): \(error)")
            throw ExitCode(1)
        }
    }

    static func defaultOutput(for input: String, format: OutputFormat) -> String {
        let url = URL(fileURLWithPath: input)
        return url.deletingPathExtension().appendingPathExtension(format.rawValue).path
    }
}
