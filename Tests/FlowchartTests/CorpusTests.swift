import Diagnostics
import Flowchart
import Foundation
import Testing

/// Compiles every file of the shared corpus (`../shared/corpus` next to the package root).
/// Each must compile without errors, or fail only with `mermaid.unsupported` (then it is skipped).
@Suite struct CorpusTests {
    static var corpusDirectory: URL {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/", !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url.deletingLastPathComponent().appendingPathComponent("shared/corpus")
    }

    static var corpusFiles: [URL] {
        let files = (try? FileManager.default.contentsOfDirectory(at: corpusDirectory, includingPropertiesForKeys: nil)) ?? []
        return files.filter { $0.pathExtension == "mmd" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    @Test func corpusCompilesOrIsSkippedForUnsupportedFeatures() throws {
        let files = Self.corpusFiles
        guard !files.isEmpty else {
            print("corpus: skipped, no .mmd files at \(Self.corpusDirectory.path)")
            return
        }
        var compiled = 0
        var skipped: [String: [String]] = [:]
        var warned: [String: [String]] = [:]
        for url in files {
            let text = try String(contentsOf: url, encoding: .utf8)
            let file = SourceFile(name: url.lastPathComponent, text: text)
            let (diagram, diagnostics) = FlowchartCompiler.compile(file)
            let errors = diagnostics.filter { $0.severity == .error }
            if errors.isEmpty {
                #expect(diagram != nil, "\(file.name): no errors but no diagram")
                compiled += 1
                for id in Set(diagnostics.map(\.id)) { warned[id, default: []].append(file.name) }
            } else if errors.allSatisfy({ $0.id == "mermaid.unsupported" }) {
                for reason in Set(errors.map(\.message)) { skipped[reason, default: []].append(file.name) }
                #expect(diagram == nil)
            } else {
                let text = DiagnosticFormatter().format(errors, in: file)
                Issue.record("\(file.name) has errors Mermaid does not report:\n\(text)")
            }
        }
        let skippedFiles = Set(skipped.values.flatMap { $0 })
        print("corpus: \(compiled) compiled, \(skippedFiles.count) skipped (unsupported), \(files.count) files")
        for reason in skipped.keys.sorted() {
            print("  skipped: \(reason): \(skipped[reason, default: []].joined(separator: ", "))")
        }
        for id in warned.keys.sorted() {
            print("  compiled with warning \(id): \(warned[id, default: []].joined(separator: ", "))")
        }
        #expect(compiled + skippedFiles.count == files.count)
    }
}
