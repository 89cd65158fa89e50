import Foundation
import Testing
@testable import Trellis

/// The manifest's reader (`JSONSerialization` walked by hand) against its writer (`JSONEncoder`).
@Suite struct BuildManifestTests {
    static func sample() -> BuildManifest {
        var manifest = BuildManifest()
        manifest.fonts["Inter-Regular.otf"] = .init(size: 310_000, modified: "1700000000.5", sha256: "ab12")
        manifest.artefacts["diagrams/a.mmd"] = .init(
            kind: "diagram", settings: "s1", inputs: ["diagrams/a.mmd": "h1", "img/x.png": "h2"],
            outputs: ["a.png": .init(size: 10, sha256: "o1"), "a.svg": .init(size: 20, sha256: "o2")])
        manifest.artefacts["decks/talk.md"] = .init(kind: "deck", settings: "s2", inputs: ["decks/talk.md": "h3"],
                                                    outputs: ["talk.pdf": .init(size: 30, sha256: "o3")])
        return manifest
    }

    @Test func readsWhatItWrites() throws {
        let manifest = Self.sample()
        let parsed = try #require(BuildManifest.parse(Data(manifest.encoded())))
        #expect(parsed == manifest)
        #expect(BuildManifest.parse(Data(BuildManifest().encoded())) == BuildManifest())
    }

    @Test func otherFormatsAndBrokenFilesAreNoManifest() {
        let text = String(decoding: Self.sample().encoded(), as: UTF8.self)
        #expect(BuildManifest.parse(Data(text.replacingOccurrences(of: "\"format\" : 1", with: "\"format\" : 2").utf8)) == nil)
        #expect(BuildManifest.parse(Data(text.replacingOccurrences(of: "\"size\" : 10", with: "\"size\" : \"10\"").utf8)) == nil)
        #expect(BuildManifest.parse(Data(text.dropLast(20).utf8)) == nil)
        #expect(BuildManifest.parse(Data("[]".utf8)) == nil)
    }
}
