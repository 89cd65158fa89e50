import Diagnostics
import Foundation
import Testing
@testable import Trellis

@Suite struct ProjectConfigTests {
    private func parse(_ text: String) -> (ProjectConfig, [Diagnostic], SourceFile) {
        let file = SourceFile(name: "trellis.yml", text: text)
        let (config, diagnostics) = ProjectConfigParser.parse(file)
        return (config, diagnostics, file)
    }

    @Test func missingFileMeansDefaults() throws {
        let dir = try ProjectFixture()
        let (config, file, diagnostics) = ProjectConfig.load(directory: dir.path)
        #expect(file == nil && diagnostics.isEmpty)
        #expect(config == ProjectConfig())
        #expect(config.output == "build")
        #expect(config.diagrams.sources == ["diagrams/**/*.mmd"] && config.diagrams.formats == ["png", "pdf", "svg"])
        #expect(config.decks.sources == ["decks/*.md"] && config.decks.formats == ["pdf"])
        #expect(config.documents.sources.isEmpty)
    }

    @Test func readsEverySetting() {
        let (config, diagnostics, _) = parse("""
        output: out
        theme: neutral
        scale: 2
        mermaidConfig: mermaid.json
        diagrams:
          sources: [figures/*.mmd, more/**/*.mmd]
          formats: [svg]
        decks: slides/*.md
        documents:
          sources:
            - docs/GUIDE.md
        """)
        #expect(diagnostics.isEmpty)
        #expect(config.output == "out" && config.theme == "neutral" && config.scale == 2)
        #expect(config.mermaidConfig == "mermaid.json")
        #expect(config.diagrams == ProjectConfig.SourceSet(sources: ["figures/*.mmd", "more/**/*.mmd"], formats: ["svg"]))
        #expect(config.decks.sources == ["slides/*.md"] && config.decks.formats == ["pdf"])
        #expect(config.documents.sources == ["docs/GUIDE.md"])
    }

    @Test func unknownKeyPointsAtItsLineAndColumn() {
        let (_, diagnostics, file) = parse("output: build\ndiagrams:\n  formats: [svg]\n  sorces: x/*.mmd\n")
        #expect(diagnostics.count == 1)
        let diagnostic = diagnostics.first
        #expect(diagnostic?.message == "unknown setting 'sorces'")
        #expect(diagnostic.map { file.location(of: $0.range.start).description } == "4:3")
        #expect(diagnostic?.hint?.contains("sources") == true)
    }

    @Test func badValuesAreLocated() {
        let (_, diagnostics, file) = parse("theme: sepia\ndecks:\n  formats: [png]\nscale: 20\n")
        let located = diagnostics.map { "\(file.location(of: $0.range.start)) \($0.message)" }
        #expect(located == ["1:8 unknown theme 'sepia'", "3:12 decks cannot be built as 'png'",
                            "4:8 'scale' must be a number from 1 to 8"])
    }

    @Test func invalidYAMLIsLocated() {
        let (config, diagnostics, file) = parse("output: build\ndiagrams: [a, b\ntheme: dark\n")
        #expect(config == ProjectConfig())
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.id == "config.invalid-yaml")
        #expect((diagnostics.first.map { file.location(of: $0.range.start).line } ?? 0) >= 2)
    }

    @Test func topLevelMustBeAMap() {
        let (_, diagnostics, _) = parse("- a\n- b\n")
        #expect(diagnostics.first?.message.contains("must be a map") == true)
    }
}
