import ArgumentParser
import Diagnostics
import Foundation
import Trellis

extension RenderCommand {
    /// Markdown docs mode: images beside the output, blocks rewritten to image links. On any
    /// error nothing is written.
    func renderMarkdown(console: Console) throws {
        let inputPath = input ?? inputArgument ?? "-"
        guard let output else { throw ExitCode(1) }
        let source = try console.readSource(inputPath)
        let compiler = try console.makeCompiler()
        let configFile = try configFile.map { try Self.readConfig($0, console: console) }
        let options = DiagramOptions(theme: theme?.name, scale: scale, background: background?.color,
                                     sourceDateEpoch: Environment.sourceDateEpoch, configFile: configFile,
                                     fitWidth: width, fitHeight: height, paper: paper?.value, landscape: landscape)
        let outputURL = URL(fileURLWithPath: output)
        let stem = outputURL.deletingPathExtension().lastPathComponent
        let result = MarkdownDiagrams.render(source, imageStem: stem, format: format?.value ?? .svg,
                                             compiler: compiler, options: options)
        let reported = diagnostics.applied(to: result.diagnostics)
        let shown = quiet ? reported.filter { $0.severity == .error } : reported
        console.report(shown, in: source, format: diagnostics.format)
        guard let markdown = result.markdown, !reported.hasErrors else { throw ExitCode(1) }
        let directory = outputURL.deletingLastPathComponent()
        do {
            for image in result.images {
                try OutputFile.write(image.bytes, toPath: directory.appendingPathComponent(image.name).path)
            }
            try OutputFile.write(Array(markdown.utf8), toPath: output)
        } catch {
            console.error("\(error)")
            throw ExitCode(1)
        }
        if !quiet {
            console.note("\(output): \(result.images.count) diagram\(result.images.count == 1 ? "" : "s") drawn")
        }
    }
}
