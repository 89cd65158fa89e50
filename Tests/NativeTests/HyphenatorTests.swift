import Foundation
import Testing
@testable import Native

/// Hyphenation points from the installed en-US patterns, and where Pango lets lines break.
@Suite struct HyphenatorTests {
    @Test func englishWordsBreakBetweenSyllables() throws {
        let hyphenator = try #require(Hyphenator(language: "en-US"))
        let breaks = hyphenator.breaks("hyphenation")
        #expect(!breaks.isEmpty)
        // hy-phen-ation: every point leaves two letters before and three after.
        #expect(breaks.allSatisfy { $0 >= 2 && $0 <= "hyphenation".count - 3 })
        #expect(breaks.contains(2))
        #expect(hyphenator.breaks("Hyphenation") == breaks)
        // Asked again: the same answer (from the per-word cache).
        #expect(hyphenator.breaks("hyphenation") == breaks)
        #expect(hyphenator.breaks("cat").isEmpty)
        #expect(hyphenator.breaks("v2release").isEmpty)
    }

    /// The points libhyphen 2.8.8 gives for these words with the same dictionary (left 2, right 3).
    @Test func pointsMatchLibhyphen() throws {
        let hyphenator = try #require(Hyphenator(language: "en-US"))
        let expected: [(String, [Int])] = [
            ("documentation", [3, 4, 7, 9]), ("internationalization", [2, 5, 7, 11, 13, 16]),
            ("responsibilities", [2, 6, 8, 11, 12]), ("synchronization", [3, 7, 11]),
            ("extraordinarily", [2, 7, 9, 12]), ("reconfiguration", [2, 5, 8, 9, 11]),
            ("acknowledge", [2, 7]), ("hyphenation", [2, 6]),
        ]
        for (word, points) in expected { #expect(hyphenator.breaks(word) == points, "\(word)") }
    }

    @Test func aFileWithoutPatternsHyphenatesNothing() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("hyph_empty_\(UUID().uuidString).dic").path
        try "UTF-8\nLEFTHYPHENMIN 2\n".write(toFile: path, atomically: true, encoding: .utf8)
        let hyphenator = try #require(Hyphenator(dictionaryPath: path))
        #expect(hyphenator.breaks("documentation").isEmpty)
    }

    @Test func languagesFallBackToTheBareLanguageOrNothing() {
        #expect(Hyphenator(language: "en") != nil)
        #expect(Hyphenator(language: "en_GB") != nil)  // hyph_en.dic
        #expect(Hyphenator(language: "xx-YY") == nil)
        #expect(Hyphenator(language: "../../etc/passwd") == nil)
        #expect(Hyphenator(language: "") == nil)
        #expect(Hyphenator(dictionaryPath: "/nonexistent/hyph_en_US.dic") == nil)
    }

    @Test func pangoRulesBreakAfterSpacesHyphensAndSoftHyphens() {
        let rules = LineBreakRules()
        let text = "an extra\u{AD}or\u{AD}di\u{AD}nary read-only path"
        let offsets = rules.opportunities(in: text)
        func offset(after prefix: String) -> Int { prefix.utf8.count }
        #expect(offsets.contains(offset(after: "an ")))
        #expect(offsets.contains(offset(after: "an extra\u{AD}")))
        #expect(offsets.contains(offset(after: "an extra\u{AD}or\u{AD}di\u{AD}nary read-")))
        #expect(!offsets.contains(offset(after: "an ex")))
        #expect(!offsets.contains(0))
        #expect(rules.opportunities(in: "x").isEmpty)
        #expect(rules.opportunities(in: text) == offsets)
    }
}

