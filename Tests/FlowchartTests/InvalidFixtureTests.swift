import Diagnostics
import Flowchart
import Foundation
import Testing

/// Every file of `Tests/Fixtures/Flowchart/invalid` is a mistake people make, with the
/// diagnostics it must produce written inside it, one line each:
/// `%% expect: mermaid.unclosed-bracket 3:6 unclosed '[' in node label` (id, start, message).
/// The diagnostics found must be exactly those, in that order.
@Suite struct InvalidFixtureTests {
    static var fixtureDirectory: URL {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/", !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url.appendingPathComponent("Tests/Fixtures/Flowchart/invalid")
    }

    static var fixtures: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: fixtureDirectory.path)) ?? []
        return names.filter { $0.hasSuffix(".mmd") }.sorted()
    }

    @Test func thereAreAtLeastThirtyDistinctMistakes() {
        #expect(Self.fixtures.count >= 30)
        let ids = Set(Self.fixtures.flatMap { (try? Self.expectations(in: $0)) ?? [] }.map { String($0.split(separator: " ")[0]) })
        #expect(ids.count >= 30, "distinct diagnostic ids: \(ids.sorted())")
    }

    @Test(arguments: fixtures)
    func fixtureProducesItsExpectedDiagnostics(name: String) throws {
        let expected = try Self.expectations(in: name)
        #expect(!expected.isEmpty, "\(name) states no '%% expect:' line")
        let text = try String(contentsOf: Self.fixtureDirectory.appendingPathComponent(name), encoding: .utf8)
        let file = SourceFile(name: name, text: text)
        let (diagram, diagnostics) = FlowchartCompiler.compile(file)
        let found = diagnostics.map { "\($0.id) \(file.location(of: $0.range.start)) \($0.message)" }
        #expect(found == expected, "\(name):\n\(DiagnosticFormatter().format(diagnostics, in: file))")
        #expect((diagram == nil) == diagnostics.hasErrors)
        for diagnostic in diagnostics {
            #expect(diagnostic.hint?.isEmpty == false, "\(name): \(diagnostic.id) has no hint")
        }
    }

    static func expectations(in name: String) throws -> [String] {
        let text = try String(contentsOf: fixtureDirectory.appendingPathComponent(name), encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            guard let range = line.range(of: "%% expect: ") else { return nil }
            return String(line[range.upperBound...]).trimmingCharacters(in: .whitespaces)
        }
    }
}
