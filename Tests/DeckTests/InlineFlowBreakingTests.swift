import Geometry
import Native
import Scene
import Testing
@testable import Deck

/// Paragraph lines broken by Pango's rules with hyphenation, on the fake measurer
/// (5 px per character at 10 px).
@Suite struct InlineFlowBreakingTests {
    static let style = TextBlockStyle(base: TextStyle(family: "Inter", size: 10), lineHeight: 1.5, alignment: .left,
                                      codeFamily: "Mono", codeScale: 1, codeText: .black, codeBackground: .white,
                                      link: .black)

    /// The text of each line, top to bottom.
    static func lines(_ atoms: [InlineAtom], width: Double, hyphenates: Bool = true) throws -> [String] {
        var metrics = TextMetrics(measurer: LayoutFakeMeasurer(), breakRules: LineBreakRules(),
                                  hyphenator: try #require(Hyphenator(language: "en-US")))
        var style = Self.style
        style.hyphenates = hyphenates
        let block = InlineFlow(style: style).layout(atoms, width: width, metrics: &metrics)
        var rows: [(y: Double, x: Double, text: String)] = []
        func collect(_ items: [Item]) {
            for item in items {
                if case .text(let text) = item { rows.append((text.box.minY, text.box.minX, text.plainText)) }
                if case .group(let group) = item { collect(group.items) }
            }
        }
        collect(block.items)
        let ys = Array(Set(rows.map { ($0.y * 100).rounded() })).sorted()
        return ys.map { y in rows.filter { ($0.y * 100).rounded() == y }.sorted { $0.x < $1.x }.map(\.text).joined() }
    }

    static func words(_ text: String, code: Bool = false) -> [InlineAtom] {
        var format = InlineFormat()
        format.code = code
        var atoms: [InlineAtom] = []
        InlineAtomizer.words(text, format: format, into: &atoms)
        return atoms
    }

    @Test func aLongWordIsHyphenatedAtTheLineEnd() throws {
        let text = "we coordinate internationalization of documentation"
        let lines = try Self.lines(Self.words(text), width: 120)  // 24 characters a line
        #expect(lines.count >= 3)
        #expect(lines.contains { $0.hasSuffix("-") }, "\(lines)")
        for line in lines { #expect(Double(line.count) * 5 <= 120, "\(line)") }
        let joined = lines.map { $0.hasSuffix("-") ? String($0.dropLast()) : $0 + " " }.joined()
        #expect(joined.trimmingCharacters(in: .whitespaces) == text)
        // First fit: the first line is filled with a head of the long word, not left short.
        #expect(lines[0].hasPrefix("we coordinate inter"), "\(lines)")
        // Without hyphenation the long word moves whole to the next line.
        let plain = try Self.lines(Self.words(text), width: 120, hyphenates: false)
        #expect(plain[0] == "we coordinate")
        #expect(!plain.contains { $0.hasSuffix("-") })
    }

    @Test func noMoreThanTwoHyphenatedLinesInARow() throws {
        let text = Array(repeating: "internationalization documentation responsibilities reconfiguration", count: 6)
            .joined(separator: " ")
        let lines = try Self.lines(Self.words(text), width: 130)
        #expect(lines.filter { $0.hasSuffix("-") }.count >= 3, "\(lines)")
        for index in lines.indices.dropFirst(2) {
            #expect(!(lines[index].hasSuffix("-") && lines[index - 1].hasSuffix("-") && lines[index - 2].hasSuffix("-")),
                    "\(lines)")
        }
    }

    @Test func inlineCodeAndIdentifiersAreNotHyphenated() throws {
        let atoms = Self.words("we run") + [.space(InlineFormat())] + Self.words("internationalization", code: true)
            + [.space(InlineFormat())] + Self.words("with ConfigurationManager and config.yaml")
        let lines = try Self.lines(atoms, width: 120)
        #expect(!lines.contains { $0.hasSuffix("-") }, "\(lines)")
        #expect(lines.contains { $0.contains("internationalization") })
        #expect(lines.contains { $0.contains("ConfigurationManager") })
    }

    @Test func prosePathsBreakAfterSlashesAndHyphens() throws {
        let lines = try Self.lines(Self.words("see the deploy/prometheus/sigil-rules.yml file"), width: 100)
        // Broken where Pango allows (after a slash), not between arbitrary characters.
        #expect(lines.contains { $0.hasSuffix("/") }, "\(lines)")
        #expect(lines == ["see the deploy/", "prometheus/sigil-", "rules.yml file"], "\(lines)")
    }

    @Test func hardBreaksAndSameInputSameLines() throws {
        let atoms = Self.words("first line") + [.lineBreak] + Self.words("second extraordinarily long line here")
        let lines = try Self.lines(atoms, width: 100)
        #expect(lines.first == "first line")
        #expect(try Self.lines(atoms, width: 100) == lines)
    }
}
