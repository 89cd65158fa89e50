import Diagnostics
import Foundation
import MermaidSyntax
import Testing

/// Compares AST dumps with `Snapshots/<name>.txt`; `TRELLIS_RECORD=1` re-records them.
enum SnapshotSupport {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    static func dump(_ source: String) -> String {
        let file = SourceFile(name: "test.mmd", text: source)
        let (syntax, diagnostics) = FlowchartParser.parse(file)
        var text = syntax.dump(in: file)
        if !diagnostics.isEmpty { text += DiagnosticFormatter().format(diagnostics, in: file) }
        return text
    }

    static func assertSnapshot(_ name: String, _ source: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let actual = dump(source)
        let url = directory.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["TRELLIS_RECORD"] == "1" {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing snapshot \(name).txt; run with TRELLIS_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        #expect(actual == expected, "snapshot \(name) differs:\n\(actual)", sourceLocation: sourceLocation)
    }
}
