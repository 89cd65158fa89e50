import ArgumentParser
import Diagnostics
import Foundation
import Trellis

/// `trellis check`: parses and validates diagrams without drawing them (no fonts, no Cairo).
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check Mermaid diagrams and the ```mermaid blocks of Markdown files, without rendering.",
        discussion: """
        Each PATH is a diagram (.mmd, or any file given by name), a Markdown file (.md, .markdown: every \
        ```mermaid block is checked and diagnostics point into the Markdown file), or a directory, walked \
        in name order (hidden directories, build/ and .build* are skipped). Blocks and files holding \
        another kind of Mermaid diagram (sequenceDiagram, …) are skipped. Exits 1 if any error was found.

        With --outputs, PATH is a project directory (default .): every artefact its trellis.yml calls for \
        must exist and match the build manifest and the current sources (nothing is rendered), every \
        source must compile, and every ```mermaid block of the Markdown files under docs/ must compile. \
        Exits 1 listing what is missing, stale or broken.
        """
    )

    @Argument(help: ArgumentHelp("Files or directories to check (`-` for standard input).", valueName: "path"))
    var paths: [String] = ["."]

    @Flag(help: "Check a project's built artefacts: present, current, and every source compiling.")
    var outputs = false

    @OptionGroup var diagnostics: DiagnosticsOptions

    @OptionGroup(title: "Limits") var limitOptions: LimitOptions

    mutating func validate() throws {
        if outputs && paths.count > 1 {
            throw ValidationError("--outputs takes one project directory")
        }
    }

    func run() throws {
        let console = Console()
        if outputs {
            try checkOutputs(project: paths.first ?? ".", console: console)
            return
        }
        var tally = Tally()
        for path in paths {
            if path == "-" {
                guard let source = try? console.readSource("-") else { tally.unreadable += 1; continue }
                tally.files += 1
                check(source.text, name: source.name, isMarkdown: false, console: console, tally: &tally)
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                console.error("cannot read \(path): no such file or directory")
                tally.unreadable += 1
                continue
            }
            let files = isDirectory.boolValue ? Self.walk(URL(fileURLWithPath: path)).map { Self.shown($0, under: path) } : [path]
            for file in files { check(file, console: console, tally: &tally) }
        }
        console.write(tally.summary + "\n")
        if tally.errors > 0 || tally.unreadable > 0 { throw ExitCode(1) }
    }

    func check(_ path: String, console: Console, tally: inout Tally) {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            console.error("cannot read \(path) as UTF-8 text")
            tally.unreadable += 1
            return
        }
        tally.files += 1
        check(text, name: path, isMarkdown: Self.isMarkdown(path), console: console, tally: &tally)
    }

    func check(_ text: String, name: String, isMarkdown: Bool, console: Console, tally: inout Tally) {
        for source in isMarkdown ? MermaidFences.blocks(in: text) : [text] {
            guard MermaidFences.isFlowchart(source) else {
                tally.skipped += 1
                continue
            }
            tally.diagrams += 1
            let file = SourceFile(name: name, text: source)
            let found = diagnostics.applied(to: DiagramChecker.check(file, limits: limitOptions.limits))
            tally.errors += found.count { $0.severity == .error }
            tally.warnings += found.count { $0.severity == .warning }
            console.report(found, in: file, format: diagnostics.format, outcome: false)
        }
    }

    static func isMarkdown(_ path: String) -> Bool {
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        return ext == "md" || ext == "markdown"
    }

    /// `.mmd` and Markdown files under a directory, sorted by path; hidden directories,
    /// `build/`, `.build*/` and `node_modules/` are not entered.
    static func walk(_ directory: URL) -> [URL] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
        var found: [URL] = []
        for name in names where !name.hasPrefix(".") {
            let url = directory.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                if name == "build" || name == "node_modules" { continue }
                found += walk(url)
            } else if name.hasSuffix(".mmd") || isMarkdown(name) {
                found.append(url)
            }
        }
        return found
    }

    /// The path as the user would write it: relative to the directory argument they gave.
    static func shown(_ url: URL, under root: String) -> String {
        let base = URL(fileURLWithPath: root).standardizedFileURL.path
        let path = url.standardizedFileURL.path
        guard path.hasPrefix(base + "/") else { return path }
        let rest = String(path.dropFirst(base.count + 1))
        if root == "." || root == "./" { return rest }
        return (root.hasSuffix("/") ? root : root + "/") + rest
    }

    /// Counts for the summary line.
    struct Tally {
        var files = 0, diagrams = 0, skipped = 0, errors = 0, warnings = 0, unreadable = 0

        var summary: String {
            func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
            var text = "checked \(plural(diagrams, "diagram")) in \(plural(files, "file"))"
            if skipped > 0 { text += " (\(skipped) other Mermaid diagram\(skipped == 1 ? "" : "s") skipped)" }
            return text + ": \(plural(errors, "error")), \(plural(warnings, "warning"))"
        }
    }
}
