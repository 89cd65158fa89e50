import Diagnostics
import Foundation

/// The job for one Markdown document (`documents:` in trellis.yml): `<name>.pdf`, typeset by
/// `DocumentCompiler`, and/or `<name>.md` with every ```mermaid flowchart drawn as
/// `<name>-<n>.svg` beside it. Files the document reads (diagrams, images) become inputs.
enum DocumentJob {
    static func make(source: String, artefactName name: String, config: ProjectConfig, sourceDateEpoch: Int?) -> BuildJob {
        let formats = config.documents.formats
        let settings = "document formats=\(formats.joined(separator: ",")) images=svg theme=\(config.theme ?? "-") "
            + "epoch=\(sourceDateEpoch.map(String.init) ?? "-")"
        let directory = name.contains("/") ? String(name[..<(name.lastIndex(of: "/") ?? name.endIndex)]) + "/" : ""
        let stem = String(name.dropFirst(directory.count))
        let outputs = formats.map { "\(name).\($0)" }
        let folder = (source as NSString).deletingLastPathComponent
        return BuildJob(kind: .document, source: source, outputs: outputs, settings: settings) { file, context in
            var files: [(String, [UInt8])] = []
            var reports: [DiagnosticReport] = []
            var read: [String] = []
            if formats.contains("pdf") {
                let compiler: DocumentCompiler
                do {
                    compiler = try context.documentCompiler()
                } catch {
                    return BuildProduct(failure: "\(error)")
                }
                var options = DocumentCompileOptions(sourceDateEpoch: sourceDateEpoch)
                options.fileAccess = FileAccessPolicy(root: context.projectDirectory)
                let compilation = compiler.compile(file, baseDirectory: context.path(folder.isEmpty ? "." : folder),
                                                   options: options)
                read = compilation.readFiles.map { context.projectRelative($0) }
                reports.append(DiagnosticReport(file: file, diagnostics: compilation.diagnostics))
                guard let document = compilation.document, !compilation.diagnostics.hasErrors else {
                    return BuildProduct(discoveredDependencies: read, reports: reports)
                }
                do {
                    files.append(("\(name).pdf", try compiler.renderPDF(document, options: options)))
                } catch {
                    return BuildProduct(discoveredDependencies: read, reports: reports, failure: "\(error)")
                }
            }
            if formats.contains("md") {
                let compiler: DiagramCompiler
                do {
                    compiler = try context.diagramCompiler()
                } catch {
                    return BuildProduct(failure: "\(error)")
                }
                let options = DiagramOptions(theme: config.theme, sourceDateEpoch: sourceDateEpoch)
                let result = MarkdownDiagrams.render(file, imageStem: stem, format: .svg, compiler: compiler, options: options)
                // The PDF pass already reported this file's problems; report the Markdown pass's own.
                if !formats.contains("pdf") || result.diagnostics.hasErrors {
                    reports.append(DiagnosticReport(file: file, diagnostics: result.diagnostics))
                }
                guard let markdown = result.markdown else { return BuildProduct(discoveredDependencies: read, reports: reports) }
                files.append(("\(name).md", Array(markdown.utf8)))
                files += result.images.map { (directory + $0.name, $0.bytes) }
            }
            return BuildProduct(files: files, discoveredDependencies: read, reports: reports)
        }
    }
}
