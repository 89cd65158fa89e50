import Foundation
import Testing
@testable import Preview

@Suite struct PreviewSourcesTests {
    @Test func walksFoldersSkippingBuildAndHiddenAndFindsDecksOnlyInDecks() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sources-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        for folder in ["diagrams/sub", "build", ".git", "decks", "docs"] {
            try FileManager.default.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
        }
        for file in ["diagrams/a.mmd", "diagrams/sub/b.mmd", "build/c.mmd", ".git/d.mmd", "decks/talk.md", "docs/readme.md"] {
            try "x".write(toFile: root + "/" + file, atomically: false, encoding: .utf8)
        }
        let withoutDecks = PreviewSources(paths: ["."], includesDecks: false, workingDirectory: root)
        #expect(withoutDecks.items.map(\.name) == ["diagrams/a.mmd", "diagrams/sub/b.mmd"])
        let sources = PreviewSources(paths: ["."], includesDecks: true, workingDirectory: root)
        #expect(sources.items.map(\.name) == ["decks/talk.md", "diagrams/a.mmd", "diagrams/sub/b.mmd"])
        #expect(sources.items.map(\.kind) == [.deck, .diagram, .diagram])
        #expect(sources.directories.contains(root + "/diagrams/sub"))
        #expect(!sources.directories.contains(root + "/build"))
        #expect(sources.item(forNewPath: root + "/diagrams/new.mmd")?.name == "diagrams/new.mmd")
        #expect(sources.item(forNewPath: root + "/diagrams/notes.txt") == nil)
        #expect(PreviewSources(paths: ["nope"], includesDecks: false, workingDirectory: root).missing == ["nope"])
    }
}
