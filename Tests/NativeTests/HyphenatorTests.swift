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

    @Test func pangoBreaksAtASoftHyphenAndKeepsUnbreakableRuns() throws {
        let library = try FontLibrary(directory: Self.fonts, requiredFiles: [])
        let breaker = ParagraphBreaker(library: library)
        let font = FontSpec(family: "Inter", size: 12)
        let word = "extra\u{AD}or\u{AD}di\u{AD}nary"
        let text = "an " + word
        // Room for "an extraor-" but not the whole word: the second line starts after a soft hyphen.
        let wide = TextLayoutTestWidth.of("an extraor-", font: font, library: library)
        let starts = breaker.lineStarts([ParagraphRun(text, font: font)], width: wide + 1)
        let first = try #require(starts.first)
        let head = String(decoding: Array(text.utf8)[..<first], as: UTF8.self)
        #expect(head.hasSuffix("\u{AD}"), "\(head)")
        #expect(head.count > 3)
        // A run that may not break (inline code) moves whole to the next line, even at its own hyphens.
        let code = "extra-or-dinary"
        let free = breaker.lineStarts([ParagraphRun("an " + code, font: font)], width: wide + 1)
        #expect(free.first.map { $0 > 3 } == true, "\(free)")
        let kept = breaker.lineStarts([ParagraphRun("an ", font: font), ParagraphRun(code, font: font, breakable: false)],
                                      width: wide + 1)
        #expect(kept == ["an ".utf8.count])
        // Same input, same breaks.
        #expect(breaker.lineStarts([ParagraphRun(text, font: font)], width: wide + 1) == starts)
    }
}

/// Widths measured by the layout the renderer draws with.
enum TextLayoutTestWidth {
    static func of(_ text: String, font: FontSpec, library: FontLibrary) -> Double {
        (try? TextLayout(library: library, runs: [StyledRun(text)], font: font, width: nil, alignment: .left))?.size.width ?? 0
    }
}
