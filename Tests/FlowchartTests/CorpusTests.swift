import Diagnostics
import Flowchart
import Foundation
import Testing

/// Compiles every file of the shared corpus (`../shared/corpus` next to the package root).
/// Each must compile with no error: the corpus is valid mermaid.js.
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

    @Test func corpusIsPresent() {
        #expect(Self.corpusFiles.count >= 100, "no corpus at \(Self.corpusDirectory.path)")
    }

    /// Every corpus file is valid mermaid.js: it must compile with no error at all.
    @Test(arguments: corpusFiles.map(\.lastPathComponent))
    func corpusFileCompilesWithoutErrors(name: String) throws {
        let url = Self.corpusDirectory.appendingPathComponent(name)
        let file = SourceFile(name: name, text: try String(contentsOf: url, encoding: .utf8))
        let (diagram, diagnostics) = FlowchartCompiler.compile(file)
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(name):\n\(DiagnosticFormatter().format(errors, in: file))")
        #expect(diagram != nil)
    }
}

/// `trellis check` must be fast enough for every save: the whole corpus compiles (parse,
/// model, checks) well under 5 ms per diagram, even in a debug build.
@Suite struct CheckSpeedTests {
    @Test func corpusCompilesUnderFiveMillisecondsPerDiagram() throws {
        let files = try CorpusTests.corpusFiles.map {
            SourceFile(name: $0.lastPathComponent, text: try String(contentsOf: $0, encoding: .utf8))
        }
        guard !files.isEmpty else { return }
        _ = FlowchartCompiler.compile(files[0])
        // The best of three passes, so a busy machine does not fail the test.
        var perDiagram = Double.infinity
        for _ in 0..<3 {
            let start = Date()
            for file in files { _ = FlowchartCompiler.compile(file) }
            perDiagram = min(perDiagram, Date().timeIntervalSince(start) / Double(files.count))
        }
        print("compiled \(files.count) corpus diagrams, \(String(format: "%.2f", perDiagram * 1000)) ms each")
        #expect(perDiagram < 0.005)
    }
}
