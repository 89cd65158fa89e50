import ArgumentParser
import Foundation
import Trellis

/// `trellis stats`: layout-quality figures of the drawing Trellis makes for a diagram.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Print layout-quality figures of a diagram's drawing.",
        discussion: """
        Lays the diagram out and draws it (nothing is written), then prints what a reviewer \
        would count: edge crossings, edges through nodes, overlaps of nodes, labels and \
        clusters, cluster titles crossed by edges, bends, total edge length and the size. \
        The definitions are those of shared/tools/layout_metrics.py, so the figures compare \
        directly with mermaid.js's.
        """
    )

    @Argument(help: ArgumentHelp("Diagram sources (.mmd), or `-` for standard input.", valueName: "input"))
    var inputs: [String]

    @Option(name: .customLong("stats-format"), help: ArgumentHelp("Output: text or json (one object per line).", valueName: "format"))
    var format: StatsFormat = .text

    @Option(help: ArgumentHelp("Theme used to draw (spacing does not depend on it).", valueName: "name"))
    var theme: ThemeArgument?

    enum StatsFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    func run() throws {
        let console = Console()
        let compiler = try console.makeCompiler()
        var failed = false
        for input in inputs {
            let source = try console.readSource(input)
            let compilation = compiler.compile(source, options: DiagramOptions(theme: theme?.name))
            console.report(compilation.diagnostics, in: source)
            guard let frame = compilation.frame else { failed = true; continue }
            let stats = DiagramStats(frame: frame)
            switch format {
            case .text:
                let header = inputs.count > 1 ? "\(source.name)\n" : ""
                FileHandle.standardOutput.write(Data((header + stats.text).utf8))
            case .json:
                let members = [("file", DiagnosticsEncoder.quoted(source.name))] + stats.fields
                let json = "{" + members.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}\n"
                FileHandle.standardOutput.write(Data(json.utf8))
            }
        }
        if failed { throw ExitCode(1) }
    }
}
