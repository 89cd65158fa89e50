import Diagnostics
import Foundation
import Scene
import Testing
import Trellis

/// Documents' paragraphs broken into lines by Pango, long prose words hyphenated in the
/// document's language; code never hyphenated; links still cover their words in the PDF.
@Suite struct DocumentLineBreakingTests {
    let compiler: DocumentCompiler

    init() throws {
        compiler = try DocumentCompiler(fontDirectory: TestPaths.fonts)
    }

    static let prose = """
        Administrators coordinate internationalization, extraordinarily comprehensive documentation \
        and responsibilities: reconfiguration, troubleshooting, authentication, synchronization.
        """

    /// Text runs of every page, in drawing order, with their font family.
    static func runs(_ items: [Item]) -> [(text: String, family: String)] {
        items.flatMap { item -> [(text: String, family: String)] in
            switch item {
            case .text(let text): return [(text.plainText, text.style.family)]
            case .group(let group): return runs(group.items)
            default: return []
            }
        }
    }

    func document(_ text: String) throws -> Document {
        let compilation = compiler.compile(SourceFile(name: "doc.md", text: text), baseDirectory: "/tmp")
        #expect(!compilation.diagnostics.hasErrors, "\(compilation.diagnostics)")
        return try #require(compilation.document)
    }

    func runs(_ text: String) throws -> [(text: String, family: String)] {
        try document(text).pages.flatMap { Self.runs($0.frame.items) }
    }

    @Test func longWordsInANarrowColumnAreHyphenated() throws {
        let table = "| A | B | C | D |\n|---|---|---|---|\n| x | y | z | \(Self.prose) |\n"
        let texts = try runs(table).map(\.text)
        let hyphenated = texts.filter { $0.hasSuffix("-") && $0.count > 2 }
        #expect(!hyphenated.isEmpty, "\(texts)")
        // The word goes on on the next run: joined back, the cell reads as written.
        let start = try #require(texts.firstIndex { $0.hasPrefix("Administrators") || $0.hasPrefix("Admin") })
        var joined = ""
        for text in texts[start...] {
            joined += text.hasSuffix("-") ? String(text.dropLast()) : text + " "
            if joined.contains("synchronization.") { break }
        }
        let words = Self.prose.split(separator: " ").map(String.init)
        #expect(joined.split(separator: " ").map(String.init) == words, "\(joined)")
    }

    @Test func inlineCodeIsNeverHyphenated() throws {
        let words = ["internationalization", "extraordinarily", "responsibilities", "reconfiguration"]
        let line = (0..<12).map { "`\(words[$0 % words.count])`" }.joined(separator: " ")
        let code = try runs("# Code\n\n" + line + "\n").filter { $0.family != "Inter" }.map(\.text)
        #expect(!code.isEmpty)
        for text in code {
            for word in text.split(separator: " ") { #expect(words.contains(String(word)), "\(text)") }
        }
    }

    @Test func languageWithoutADictionaryIsNotHyphenatedAndNotAnError() throws {
        let table = "---\nlang: xx-YY\n---\n\n| A | B | C | D |\n|---|---|---|---|\n| x | y | z | \(Self.prose) |\n"
        let compilation = compiler.compile(SourceFile(name: "doc.md", text: table), baseDirectory: "/tmp")
        #expect(compilation.diagnostics.isEmpty, "\(compilation.diagnostics)")
        let texts = try #require(compilation.document).pages.flatMap { Self.runs($0.frame.items) }.map(\.text)
        #expect(!texts.contains { $0.hasSuffix("-") && $0.count > 2 }, "\(texts)")
        let hyphenatedEnglish = try runs("| A | B | C | D |\n|---|---|---|---|\n| x | y | z | \(Self.prose) |\n").map(\.text)
        #expect(hyphenatedEnglish != texts)
    }

    @Test func sameDocumentSameBytes() throws {
        let text = "# Notes\n\n" + String(repeating: Self.prose + " ", count: 20) + "\n"
        let first = try compiler.renderPDF(try document(text), options: DocumentCompileOptions(sourceDateEpoch: 0))
        let second = try compiler.renderPDF(try document(text), options: DocumentCompileOptions(sourceDateEpoch: 0))
        #expect(first == second)
    }
}
