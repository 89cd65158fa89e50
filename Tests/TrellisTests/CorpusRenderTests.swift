import Diagnostics
import Foundation
import Testing
import Trellis

/// Every corpus file that uses only supported syntax compiles and renders in all three formats;
/// the others are listed with the reason. Runs when ../shared/corpus exists (as in CI).
@Suite struct CorpusRenderTests {
    @Test func everySupportedCorpusFileRenders() throws {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: TestPaths.corpus.path)) ?? [])
            .filter { $0.hasSuffix(".mmd") }.sorted()
        guard !names.isEmpty else {
            print("CorpusRenderTests: \(TestPaths.corpus.path) not found; corpus test not run")
            return
        }
        let compiler = try DiagramCompiler(fontDirectory: TestPaths.fonts)
        var rendered = 0
        var skipped: [(String, String)] = []
        for name in names {
            let text = try String(contentsOf: TestPaths.corpus.appendingPathComponent(name), encoding: .utf8)
            let compilation = compiler.compile(SourceFile(name: name, text: text))
            let errors = compilation.diagnostics.filter { $0.severity == .error }
            if !errors.isEmpty {
                let unsupported = errors.allSatisfy { $0.id == "mermaid.unsupported" }
                #expect(unsupported, "\(name): \(errors.map(\.message))")
                skipped.append((name, errors.first?.message ?? ""))
                continue
            }
            guard let frame = compilation.frame else {
                Issue.record("\(name): no frame and no error")
                continue
            }
            for format in OutputFormat.allCases {
                let bytes = try compiler.render(frame, as: format)
                #expect(bytes.count > 100, "\(name) as \(format) is empty")
            }
            rendered += 1
        }
        print("CorpusRenderTests: rendered \(rendered) of \(names.count) corpus files; skipped \(skipped.count):")
        for (name, reason) in skipped { print("  skipped \(name): \(reason)") }
        #expect(rendered > 0)
    }
}
