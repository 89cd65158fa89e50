import Diagnostics
import Foundation
import Testing
@testable import Deck

/// The parser never crashes: the sample deck mutated 150 ways (deterministically) still
/// parses, every slide index matches its position, and every diagnostic lies in the file.
@Test func mutatedDecksParseWithoutCrashing() throws {
    let url = ParseFixtureTests.directory.appendingPathComponent("sample.md")
    let sample = Array(try String(contentsOf: url, encoding: .utf8).unicodeScalars)
    let pieces = ["<!--", "-->", "---\n", ":", "_", "{", "}", "\n", "\r\n", "|", "`", "```", "*", "[", "]", "<style>",
                  "</style>", "\"", "'", "#", ">", "- ", "1) ", "é", "🚀", ":rocket:", "\t", "[^1]", "<br>", "~~"]
    var seed: UInt64 = 0x5DEECE66D
    func next(_ bound: Int) -> Int {
        seed = seed &* 6364136223846793005 &+ 1442695040888963407
        return Int((seed >> 33) % UInt64(bound))
    }
    for _ in 0..<150 {
        var text = sample
        for _ in 0..<(1 + next(4)) {
            let at = next(text.count)
            switch next(3) {
            case 0: text.removeSubrange(at..<min(text.count, at + 1 + next(8)))
            default: text.insert(contentsOf: pieces[next(pieces.count)].unicodeScalars, at: at)
            }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: text)
        let file = SourceFile(name: "mutated.md", text: String(view))
        let (deck, diagnostics) = DeckParser.parse(file)
        #expect(!deck.slides.isEmpty)
        #expect(deck.slides.enumerated().allSatisfy { $0.offset == $0.element.index })
        for diagnostic in diagnostics {
            #expect(diagnostic.range.start >= 0 && diagnostic.range.end <= file.utf8.count, "\(diagnostic)")
        }
    }
}
