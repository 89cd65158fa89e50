import Foundation
import Testing
@testable import Native

/// Hyphenation points from the installed en-US dictionary, and Pango's line breaks at them.
@Suite struct HyphenatorTests {
    static var fonts: String {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" && !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url = url.deletingLastPathComponent()
        }
        return url.appendingPathComponent("fonts").path
    }

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

