import Diagnostics
import Foundation

/// The job for one Markdown deck: `<name>.pdf`, compiled by `DeckCompiler`. The files the
/// deck read (its `.mmd` diagrams and images) become inputs in the manifest, so editing any
/// of them makes the deck stale.
enum DeckJob {
    static func make(source: String, artefactName name: String, config: ProjectConfig, sourceDateEpoch: Int?) -> BuildJob {
        let settings = "deck formats=pdf theme=\(config.theme ?? "-") epoch=\(sourceDateEpoch.map(String.init) ?? "-")"
        let folder = (source as NSString).deletingLastPathComponent
        return BuildJob(kind: .deck, source: source, outputs: ["\(name).pdf"], settings: settings) { file, context in
            let compiler: DeckCompiler
            do {
                compiler = try context.deckCompiler()
            } catch {
                return BuildProduct(failure: "\(error)")
            }
            var options = DeckOptions(theme: config.theme, sourceDateEpoch: sourceDateEpoch)
            options.fileAccess = FileAccessPolicy(root: context.projectDirectory)
            let compilation = compiler.compile(file, baseDirectory: context.path(folder.isEmpty ? "." : folder),
                                               options: options)
            let read = compilation.readFiles.map { context.projectRelative($0) }
            let reports = [DiagnosticReport(file: file, diagnostics: compilation.diagnostics)]
            guard let document = compilation.document, !compilation.diagnostics.hasErrors else {
                return BuildProduct(discoveredDependencies: read, reports: reports)
            }
            do {
                let pdf = try compiler.renderPDF(document, options: options)
                return BuildProduct(files: [("\(name).pdf", pdf)], discoveredDependencies: read, reports: reports)
            } catch {
                return BuildProduct(discoveredDependencies: read, reports: reports, failure: "\(error)")
            }
        }
    }
}
