import Foundation
import Testing
import Trellis

/// Decks and documents read files only where their policy allows: by default under their
/// own folder; a project build widens the root to the project.
@Suite struct DeckFileResourcesPolicyTests {
    private func project() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("trellis-deckfiles-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/decks", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/diagrams", withIntermediateDirectories: true)
        try "graph TD\n  A --> B\n".write(toFile: root + "/diagrams/flow.mmd", atomically: true, encoding: .utf8)
        try "secret".write(toFile: root + "/../trellis-secret-\(UUID().uuidString).txt", atomically: true, encoding: .utf8)
        return root
    }

    @Test func defaultRootIsTheDecksFolder() throws {
        let root = try project()
        let files = DeckFileResources(baseDirectory: root + "/decks")
        guard case .failure(let problem) = files.bytes(at: "../diagrams/flow.mmd") else {
            Issue.record("a file outside the deck's folder was read")
            return
        }
        #expect(problem.message.contains("outside the project directory"))
        #expect(files.readFiles.isEmpty)
    }

    @Test func projectRootAllowsSiblingFoldersButNotEscapes() throws {
        let root = try project()
        let files = DeckFileResources(baseDirectory: root + "/decks", policy: FileAccessPolicy(root: root))
        guard case .success(let bytes) = files.bytes(at: "../diagrams/flow.mmd") else {
            Issue.record("a file inside the project was refused")
            return
        }
        #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("graph TD"))
        guard case .failure = files.bytes(at: "../../etc/passwd") else {
            Issue.record("an escape from the project was read")
            return
        }
        guard case .failure = files.bytes(at: "/etc/hostname") else {
            Issue.record("an absolute path outside the project was read")
            return
        }
    }
}
