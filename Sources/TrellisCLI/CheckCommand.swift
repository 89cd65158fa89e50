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
        """
    )

    @Argument(help: ArgumentHelp("Files or directories to check (`-` for standard input).", valueName: "path"))
    var paths: [String] = ["."]

    @OptionGroup var diagnostics: DiagnosticsOptions

    @OptionGroup(title: "Limits") var limitOptions: LimitOptions

    func run() throws {
        let console = Console()
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

    private func check(_ path: String, console: Console, tally: inout Tally) {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            console.error("cannot read \(path) as UTF-8 text")
            tally.unreadable += 1
            return
        }
        tally.files += 1
        check(text, name: path, isMarkdown: Self.isMarkdown(path), console: console, tally: &tally)
    }

    private func check(_ text: String, name: String, isMarkdown: Bool, console: Console, tally: inout Tally) {
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

/// Finds the ```mermaid blocks of a Markdown text. Each block comes back as a text with the
/// Markdown file's line structure (every line outside the block left empty), so offsets,
/// lines and columns of diagnostics are those of the Markdown file.
enum MermaidFences {
    static func blocks(in markdown: String) -> [String] {
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        var blocks: [String] = []
        var index = 0
        while index < lines.count {
            guard let fence = opening(lines[index]) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < lines.count, !closes(lines[end], fence: fence) { end += 1 }
            var masked = Array(repeating: Substring(""), count: lines.count)
            for line in (index + 1)..<min(end, lines.count) { masked[line] = lines[line] }
            blocks.append(masked.joined(separator: "\n"))
            index = end + 1
        }
        return blocks
    }

    /// The fence (`` ``` `` or `~~~`, three or more) of a line opening a mermaid block.
    private static func opening(_ line: Substring) -> Substring? {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        guard let marker = trimmed.first, marker == "`" || marker == "~" else { return nil }
        let fence = trimmed.prefix { $0 == marker }
        guard fence.count >= 3 else { return nil }
        let info = trimmed.dropFirst(fence.count).drop { $0 == " " || $0 == "\t" }
        let word = info.prefix { !($0 == " " || $0 == "\t" || $0 == "\r" || $0 == "{") }
        return word == "mermaid" ? fence : nil
    }

    private static func closes(_ line: Substring, fence: Substring) -> Bool {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        let run = trimmed.prefix { $0 == fence.first }
        return run.count >= fence.count && trimmed.dropFirst(run.count).allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" }
    }

    /// Whether a diagram is a flowchart, or at least not another kind of Mermaid diagram:
    /// the first word after front matter, comments and directives.
    static func isFlowchart(_ text: String) -> Bool {
        var inFrontMatter = false
        var seenContent = false
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("%%") { continue }
            if line == "---", !seenContent || inFrontMatter {
                inFrontMatter.toggle()
                seenContent = true
                continue
            }
            if inFrontMatter { continue }
            let word = line.prefix { !($0 == " " || $0 == "\t" || $0 == ";") }
            return !otherDiagrams.contains(String(word))
        }
        return true
    }

    private static let otherDiagrams: Set<String> = [
        "sequenceDiagram", "classDiagram", "classDiagram-v2", "stateDiagram", "stateDiagram-v2", "erDiagram",
        "journey", "gantt", "pie", "quadrantChart", "requirementDiagram", "gitGraph", "C4Context", "C4Container",
        "C4Component", "C4Dynamic", "C4Deployment", "mindmap", "timeline", "zenuml", "sankey-beta", "sankey",
        "xychart-beta", "xychart", "block-beta", "block", "packet-beta", "packet", "kanban", "architecture-beta",
        "architecture", "radar-beta", "treemap-beta", "treemap",
    ]
}
