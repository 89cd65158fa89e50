/// The job for one Markdown document (`documents:` in trellis.yml): `<name>.md` in the output
/// directory with every ```mermaid flowchart drawn as `<name>-<n>.svg` beside it.
enum DocumentJob {
    static func make(source: String, artefactName name: String, config: ProjectConfig, sourceDateEpoch: Int?) -> BuildJob {
        let settings = "document formats=md images=svg theme=\(config.theme ?? "-")"
        let directory = name.contains("/") ? String(name[..<(name.lastIndex(of: "/") ?? name.endIndex)]) + "/" : ""
        let stem = String(name.dropFirst(directory.count))
        return BuildJob(kind: .document, source: source, outputs: ["\(name).md"], settings: settings) { file, context in
            let compiler: DiagramCompiler
            do {
                compiler = try context.diagramCompiler()
            } catch {
                return BuildProduct(failure: "\(error)")
            }
            let options = DiagramOptions(theme: config.theme, sourceDateEpoch: sourceDateEpoch)
            let result = MarkdownDiagrams.render(file, imageStem: stem, format: .svg, compiler: compiler, options: options)
            let reports = [DiagnosticReport(file: file, diagnostics: result.diagnostics)]
            guard let markdown = result.markdown else { return BuildProduct(reports: reports) }
            let files = [("\(name).md", Array(markdown.utf8))] + result.images.map { (directory + $0.name, $0.bytes) }
            return BuildProduct(files: files, reports: reports)
        }
    }
}
