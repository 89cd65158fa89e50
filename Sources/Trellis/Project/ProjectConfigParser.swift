import Diagnostics
import Yams

/// Reads `trellis.yml` through Yams' node tree, so every complaint points at the exact key
/// or value (line and column) in the file.
enum ProjectConfigParser {
    static let topKeys = ["output", "theme", "scale", "mermaidConfig", "diagrams", "decks", "documents"]
    static let setKeys = ["sources", "formats"]

    static func parse(_ file: SourceFile) -> (ProjectConfig, [Diagnostic]) {
        var config = ProjectConfig()
        var diagnostics: [Diagnostic] = []
        let root: Node?
        do {
            // The basic resolver: values are read as the settings need them, and the default one
            // compiles a dozen regular expressions (ICU) at every start of `trellis build`.
            root = try Yams.compose(yaml: file.text, .basic)
        } catch let error as YamlError {
            return (config, [yamlError(error, in: file)])
        } catch {
            return (config, [.error("config.invalid-yaml", "not valid YAML: \(error)", at: .at(0))])
        }
        guard let root else { return (config, []) }  // an empty file: the defaults
        guard case .mapping(let mapping) = root else {
            return (config, [problem("the top level of trellis.yml must be a map of settings", at: root, in: file)])
        }
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            switch key {
            case "output":
                if let text = string(value, key, file, &diagnostics) {
                    if text.isEmpty {
                        diagnostics.append(problem("'output' must not be empty", at: value, in: file))
                    } else {
                        config.output = text
                    }
                }
            case "theme":
                if let text = string(value, key, file, &diagnostics) {
                    if DiagramOptions.themes.contains(text) {
                        config.theme = text
                    } else {
                        diagnostics.append(problem("unknown theme '\(text)'", at: value, in: file,
                                                   hint: "use one of \(DiagramOptions.themes.joined(separator: ", "))"))
                    }
                }
            case "scale":
                if let number = value.float, DiagramOptions.scaleRange.contains(number) {
                    config.scale = number
                } else {
                    diagnostics.append(problem("'scale' must be a number from 1 to 8", at: value, in: file))
                }
            case "mermaidConfig":
                config.mermaidConfig = string(value, key, file, &diagnostics)
            case "diagrams": config.diagrams = sourceSet(value, kind: .diagram, base: config.diagrams, file, &diagnostics)
            case "decks": config.decks = sourceSet(value, kind: .deck, base: config.decks, file, &diagnostics)
            case "documents": config.documents = sourceSet(value, kind: .document, base: config.documents, file, &diagnostics)
            default:
                diagnostics.append(problem("unknown setting '\(key)'", at: keyNode, in: file,
                                           hint: "known settings: \(topKeys.joined(separator: ", "))"))
            }
        }
        return (config, diagnostics)
    }

    /// `diagrams:`/`decks:`/`documents:`: a map with `sources` and `formats`, or just a list
    /// (or one string) of source patterns.
    private static func sourceSet(_ node: Node, kind: BuildJob.Kind, base: ProjectConfig.SourceSet, _ file: SourceFile,
                                  _ diagnostics: inout [Diagnostic]) -> ProjectConfig.SourceSet {
        var set = base
        guard case .mapping(let mapping) = node else {
            if let list = strings(node, "sources", file, &diagnostics) { set.sources = list }
            return set
        }
        for (keyNode, value) in mapping {
            switch keyNode.string ?? "" {
            case "sources":
                if let list = strings(value, "sources", file, &diagnostics) { set.sources = list }
            case "formats":
                guard let list = strings(value, "formats", file, &diagnostics) else { continue }
                let allowed = ProjectConfig.allowedFormats[kind] ?? []
                let unknown = list.filter { !allowed.contains($0.lowercased()) }
                if let first = unknown.first {
                    diagnostics.append(problem("\(kind.rawValue)s cannot be built as '\(first)'", at: value, in: file,
                                               hint: "formats for \(kind.rawValue)s: \(allowed.joined(separator: ", "))"))
                } else if list.isEmpty {
                    diagnostics.append(problem("'formats' must name at least one format", at: value, in: file))
                } else {
                    set.formats = list.map { $0.lowercased() }
                }
            default:
                diagnostics.append(problem("unknown setting '\(keyNode.string ?? "")'", at: keyNode, in: file,
                                           hint: "known settings: \(setKeys.joined(separator: ", "))"))
            }
        }
        return set
    }

    private static func string(_ node: Node, _ key: String, _ file: SourceFile, _ diagnostics: inout [Diagnostic]) -> String? {
        if case .scalar(let scalar) = node { return scalar.string }
        diagnostics.append(problem("'\(key)' must be a single value", at: node, in: file))
        return nil
    }

    /// A list of strings, or one string standing for a list of one.
    private static func strings(_ node: Node, _ key: String, _ file: SourceFile, _ diagnostics: inout [Diagnostic]) -> [String]? {
        switch node {
        case .scalar(let scalar):
            return [scalar.string]
        case .sequence(let sequence):
            var list: [String] = []
            for item in sequence {
                guard case .scalar(let scalar) = item else {
                    diagnostics.append(problem("'\(key)' must be a list of strings", at: item, in: file))
                    return nil
                }
                list.append(scalar.string)
            }
            return list
        default:
            diagnostics.append(problem("'\(key)' must be a list of strings", at: node, in: file))
            return nil
        }
    }

    private static func problem(_ message: String, at node: Node, in file: SourceFile, hint: String? = nil) -> Diagnostic {
        let offset = node.mark.map { offsetOf(line: $0.line, column: $0.column, in: file) } ?? 0
        let text = node.string ?? ""
        let end = min(file.utf8.count, offset + (node.scalar != nil && !text.isEmpty ? text.utf8.count : 1))
        return .error("config.invalid-setting", message, at: SourceRange(start: offset, end: max(offset, end)), hint: hint)
    }

    private static func yamlError(_ error: YamlError, in file: SourceFile) -> Diagnostic {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return .error("config.invalid-yaml", "not valid YAML: \(problem)",
                          at: .at(offsetOf(line: mark.line, column: mark.column, in: file)))
        default:
            return .error("config.invalid-yaml", "not valid YAML: \(error)", at: .at(0))
        }
    }

    /// The UTF-8 offset of a 1-based line and column counted in Unicode scalars (as libyaml counts).
    static func offsetOf(line: Int, column: Int, in file: SourceFile) -> Int {
        guard line >= 1, line <= file.lineStarts.count else { return file.utf8.count }
        let start = file.lineStarts[line - 1]
        let lineText = file.lineText(line)
        var offset = start
        for (index, scalar) in lineText.unicodeScalars.enumerated() where index < column - 1 {
            offset += String(scalar).utf8.count
        }
        return min(offset, file.utf8.count)
    }
}
