import Foundation
import Testing

/// Every diagnostic id the parser and model builder can report is documented in the README's
/// table, so users can look up any id they see.
@Suite struct DiagnosticCatalogTests {
    static var packageRoot: URL {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/", !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url
    }

    static func reportedIDs() throws -> Set<String> {
        var ids: Set<String> = []
        for module in ["MermaidSyntax", "Flowchart"] {
            let dir = packageRoot.appendingPathComponent("Sources/\(module)")
            for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) where name.hasSuffix(".swift") {
                let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
                for piece in text.components(separatedBy: "\"mermaid.").dropFirst() {
                    let id = piece.prefix { $0.isLetter || $0 == "-" }
                    if piece.dropFirst(id.count).hasPrefix("\"") { ids.insert("mermaid." + id) }
                }
            }
        }
        return ids
    }

    @Test func everyIDIsInTheReadme() throws {
        let ids = try Self.reportedIDs()
        #expect(ids.count >= 30)
        let readme = try String(contentsOf: Self.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let missing = ids.filter { !readme.contains("| `\($0)` |") }.sorted()
        #expect(missing.isEmpty, "not documented in README.md: \(missing)")
    }
}
