import Diagnostics
import Foundation
import Testing
@testable import Deck

/// The decks of `Tests/Fixtures/Deck`: `sample.md` (every feature) against its model
/// dump `sample.model.txt` (re-recorded with `TRELLIS_RECORD=1`), and `invalid/*.md`,
/// each stating the diagnostics it must produce in comments, one a line:
/// `<!-- expect: deck.unknown-theme 2:8 unknown theme 'gala' -->` (id, start, message
/// prefix). Those comments are speaker notes to the parser, so they change nothing else.
@Suite struct ParseFixtureTests {
    static var directory: URL {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/", !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url.appendingPathComponent("Tests/Fixtures/Deck")
    }

    static var invalidFixtures: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("invalid").path)) ?? []
        return names.filter { $0.hasSuffix(".md") }.sorted()
    }

    @Test func sampleDeckParsesWithoutDiagnosticsToItsRecordedModel() throws {
        let text = try String(contentsOf: Self.directory.appendingPathComponent("sample.md"), encoding: .utf8)
        let (deck, diagnostics) = DeckParser.parse(SourceFile(name: "sample.md", text: text))
        #expect(diagnostics.isEmpty, "\(DiagnosticFormatter().format(diagnostics, in: SourceFile(name: "sample.md", text: text)))")
        let dump = ParseDump.deck(deck, positions: true)
        let url = Self.directory.appendingPathComponent("sample.model.txt")
        if ProcessInfo.processInfo.environment["TRELLIS_RECORD"] == "1" {
            try dump.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(dump == expected, "sample.model.txt differs; re-record with TRELLIS_RECORD=1")
    }

    /// Every `deck.` id the parser's sources can report.
    static func reportedIDs() throws -> Set<String> {
        let sources = directory.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/Deck/Parse")
        var ids: Set<String> = []
        for name in try FileManager.default.contentsOfDirectory(atPath: sources.path) where name.hasSuffix(".swift") {
            let text = try String(contentsOf: sources.appendingPathComponent(name), encoding: .utf8)
            for piece in text.components(separatedBy: "\"deck.").dropFirst() {
                let id = piece.prefix { $0.isLetter || $0 == "-" }
                if piece.dropFirst(id.count).hasPrefix("\"") { ids.insert("deck." + id) }
            }
        }
        return ids
    }

    @Test func everyDeckDiagnosticHasAnInvalidFixture() throws {
        let reported = try Self.reportedIDs()
        #expect(reported.count >= 9)
        let covered = Set(Self.invalidFixtures.flatMap { (try? Self.expectations(in: $0)) ?? [] }.map { String($0.split(separator: " ")[0]) })
        #expect(reported.subtracting(covered).isEmpty, "ids without a fixture: \(reported.subtracting(covered).sorted())")
    }

    @Test(arguments: invalidFixtures)
    func fixtureProducesItsExpectedDiagnostics(name: String) throws {
        let expected = try Self.expectations(in: name)
        #expect(!expected.isEmpty, "\(name) states no expect comment")
        let text = try String(contentsOf: Self.directory.appendingPathComponent("invalid/" + name), encoding: .utf8)
        let file = SourceFile(name: name, text: text)
        let (_, diagnostics) = DeckParser.parse(file)
        let found = diagnostics.map { "\($0.id) \(file.location(of: $0.range.start)) \($0.message)" }
        #expect(found.count == expected.count, "\(name):\n\(DiagnosticFormatter().format(diagnostics, in: file))")
        for (line, expectation) in zip(found, expected) {
            #expect(line.hasPrefix(expectation), "\(name): \(line)")
        }
        for diagnostic in diagnostics {
            #expect(diagnostic.hint?.isEmpty == false, "\(name): \(diagnostic.id) has no hint")
        }
    }

    static func expectations(in name: String) throws -> [String] {
        let text = try String(contentsOf: directory.appendingPathComponent("invalid/" + name), encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            guard let start = line.range(of: "<!-- expect: "), let end = line.range(of: " -->", options: .backwards) else { return nil }
            return String(line[start.upperBound..<end.lowerBound])
        }
    }
}
