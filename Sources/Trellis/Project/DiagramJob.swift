import Diagnostics
import Foundation

/// The job for one `.mmd` source: one artefact per configured format.
enum DiagramJob {
    static func make(source: String, artefactName name: String, config: ProjectConfig, sourceDateEpoch: Int?) -> BuildJob {
        let formats = config.diagrams.formats.compactMap(OutputFormat.init(rawValue:))
        let settings = "diagram formats=\(formats.map(\.rawValue).joined(separator: ",")) theme=\(config.theme ?? "-")"
            + " scale=\(config.scale) epoch=\(sourceDateEpoch.map(String.init) ?? "-")"
        let mermaidConfig = config.mermaidConfig
        return BuildJob(kind: .diagram, source: source, outputs: formats.map { "\(name).\($0.rawValue)" },
                        dependencies: mermaidConfig.map { [$0] } ?? [], settings: settings) { file, context in
            var options = DiagramOptions(theme: config.theme, scale: config.scale, sourceDateEpoch: sourceDateEpoch)
            options.fileAccess = FileAccessPolicy(root: context.projectDirectory)
            if let mermaidConfig {
                switch ProjectJobs.mermaidConfig(mermaidConfig, context: context) {
                case .success(let parsed): options.configFile = parsed
                case .failure(let message): return BuildProduct(failure: message)
                }
            }
            let compiler: DiagramCompiler
            do {
                compiler = try context.diagramCompiler()
            } catch {
                return BuildProduct(failure: "\(error)")
            }
            let compilation = compiler.compile(file, options: options)
            let reports = [DiagnosticReport(file: file, diagnostics: compilation.diagnostics)]
            guard let frame = compilation.frame, !compilation.diagnostics.hasErrors else {
                return BuildProduct(reports: reports)
            }
            var files: [(path: String, bytes: [UInt8])] = []
            for format in formats {
                do {
                    files.append(("\(name).\(format.rawValue)", try compiler.render(frame, as: format, options: options)))
                } catch {
                    return BuildProduct(reports: reports, failure: "\(error)")
                }
            }
            return BuildProduct(files: files, reports: reports)
        }
    }
}

/// Helpers the job factories share.
enum ProjectJobs {
    enum Parsed<Value> {
        case success(Value)
        case failure(String)
    }

    /// The project's mermaid configuration JSON, parsed.
    static func mermaidConfig(_ relative: String, context: BuildContext) -> Parsed<MermaidConfigFile> {
        guard let data = FileManager.default.contents(atPath: context.path(relative)) else {
            return .failure("cannot read mermaid config \(relative) (named by mermaidConfig in trellis.yml)")
        }
        do {
            return .success(try MermaidConfigFile(json: String(decoding: data, as: UTF8.self)))
        } catch {
            return .failure("mermaid config \(relative): \(error)")
        }
    }
}
