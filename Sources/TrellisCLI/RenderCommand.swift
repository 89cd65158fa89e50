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
        """
    )

    @Argument(help: ArgumentHelp("The diagram source (.mmd), or `-` for standard input.", valueName: "input"))
    var input: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Output file, or `-` for standard output.", valueName: "file"))
    var output: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Output format: png, pdf or svg.", valueName: "format"))
    var format: OutputFormatArgument?

    @Option(help: ArgumentHelp("PNG pixels per diagram unit (0.1 to 16).", valueName: "factor"))
    var scale: Double = 1

    @Option(help: ArgumentHelp("Background: white, transparent, a colour name or #rrggbb.", valueName: "colour"))
    var background: BackgroundArgument?

    @Option(help: ArgumentHelp("Theme: default, neutral, dark or forest (overrides the diagram's own).", valueName: "name"))
    var theme: ThemeArgument?

    @OptionGroup var diagnostics: DiagnosticsOptions

    mutating func validate() throws {
        guard scale.isFinite, scale >= 0.1, scale <= 16 else {
            throw ValidationError("--scale must be between 0.1 and 16, got \(scale)")
        }
        if output == "-" && format == nil {
            throw ValidationError("writing to standard output (-o -) needs --format png|pdf|svg")
        }
        if let output, output != "-", format == nil, OutputFormat(pathExtension: output) == nil {
            throw ValidationError("cannot tell the format of '\(output)' from its extension; use --format png|pdf|svg")
        }
    }

    func run() throws {
        let console = Console()
        let resolvedFormat = format?.value ?? output.flatMap { OutputFormat(pathExtension: $0) } ?? .svg
        let destination = output ?? (input == "-" ? "-" : Self.defaultOutput(for: input, format: resolvedFormat))
        let source = try console.readSource(input)
        let compiler = try console.makeCompiler()
        let options = DiagramOptions(theme: theme?.name, scale: scale, background: background?.color,
                                     sourceDateEpoch: Environment.sourceDateEpoch)
        let compilation = compiler.compile(source, options: options)
        let reported = diagnostics.applied(to: compilation.diagnostics)
        console.report(reported, in: source, format: diagnostics.format, stdoutIsOutput: destination == "-")
        guard let frame = compilation.frame, !reported.hasErrors else { throw ExitCode(1) }
        do {
            let bytes = try compiler.render(frame, as: resolvedFormat, options: options)
            if destination == "-" {
                FileHandle.standardOutput.write(Data(bytes))
            } else {
                try OutputFile.write(bytes, toPath: destination)
            }
        } catch {
            console.error("\(error)")
            throw ExitCode(1)
        }
    }

    static func defaultOutput(for input: String, format: OutputFormat) -> String {
        let url = URL(fileURLWithPath: input)
        return url.deletingPathExtension().appendingPathExtension(format.rawValue).path
    }
}
