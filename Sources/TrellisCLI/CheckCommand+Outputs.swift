import ArgumentParser
import Diagnostics
import Foundation
import Trellis

extension CheckCommand {
    /// `check --outputs DIR`: artefacts present and current, sources compiling, docs' blocks compiling.
    func checkOutputs(project: String, console: Console) throws {
        let plan = try ProjectLoader.plan(directory: project, output: nil, console: console, format: diagnostics.format)
        let root = plan.projectDirectory
        func shown(_ relative: String) -> String { root == "." || root == "./" ? relative : root + "/" + relative }
        var problems: [String] = []
        var tally = Tally()
        var current = 0
        for verdict in OutputVerifier.verify(plan) {
            let source = shown(verdict.source)
            switch verdict.state {
            case .current:
                current += 1
            case .missing(let paths):
                let list = paths.map { shown(Self.relativeOutput(plan, $0)) }.joined(separator: ", ")
                problems.append("missing: \(list) (from \(source))")
                annotate(console, file: source, "missing artefact \(list); run trellis build")
            case .stale(let reason):
                problems.append("stale: \(source) (\(reason))")
                annotate(console, file: source, "stale artefacts: \(reason); run trellis build")
            }
        }
        var checked = Set<String>()
        for job in plan.jobs {
            checked.insert(job.source)
            let before = tally.errors
            check(shown(job.source), console: console, tally: &tally)
            if tally.errors > before { problems.append("broken: \(shown(job.source))") }
        }
        let docs = URL(fileURLWithPath: root).appendingPathComponent("docs")
        for url in Self.walk(docs) where Self.isMarkdown(url.path) {
            let relative = "docs/" + Self.shown(url, under: docs.path).dropFirst(docs.path.count + 1)
            guard checked.insert(relative).inserted else { continue }
            let before = tally.errors
            check(shown(relative), console: console, tally: &tally)
            if tally.errors > before { problems.append("broken: \(shown(relative))") }
        }
        let artefacts = plan.jobs.count
        var summary = "artefacts of \(artefacts) source\(artefacts == 1 ? "" : "s"): \(current) current"
        summary += ", \(problems.filter { $0.hasPrefix("missing") }.count) missing"
        summary += ", \(problems.filter { $0.hasPrefix("stale") }.count) stale"
        console.write(summary + "\n" + tally.summary + "\n")
        if !problems.isEmpty || tally.unreadable > 0 {
            console.write(problems.map { "  " + $0 + "\n" }.joined())
            throw ExitCode(1)
        }
    }

    /// A missing or stale artefact as a GitHub annotation or a JSON line (the human form is the list).
    private func annotate(_ console: Console, file: String, _ message: String) {
        if diagnostics.format == .json {
            console.print("{\"file\":\(DiagnosticsEncoder.quoted(file)),\"severity\":\"error\","
                + "\"id\":\"trellis.stale-artefact\",\"message\":\(DiagnosticsEncoder.quoted(message))}\n")
        }
        guard diagnostics.format == .github else { return }
        let escaped = message.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\n", with: "%0A")
        let name = file.replacingOccurrences(of: ",", with: "%2C").replacingOccurrences(of: ":", with: "%3A")
        console.print("::error file=\(name),title=trellis.stale-artefact::\(escaped)\n")
    }

    /// An artefact path as seen from the project directory (`build/x.png`).
    static func relativeOutput(_ plan: ProjectPlan, _ path: String) -> String {
        let out = plan.outputDirectory
        let prefix = plan.projectDirectory + "/"
        return (out.hasPrefix(prefix) ? String(out.dropFirst(prefix.count)) : out) + "/" + path
    }
}
