import Testing
@testable import Trellis

@Suite struct SourceGlobTests {
    @Test func matching() {
        let any = SourceGlob("diagrams/**/*.mmd")
        #expect(any.matches("diagrams/a.mmd"))
        #expect(any.matches("diagrams/x/y/a.mmd"))
        #expect(!any.matches("diagrams/a.md"))
        #expect(!any.matches("other/a.mmd"))
        #expect(!any.matches("diagrams/.hidden/a.mmd"))
        let flat = SourceGlob("./decks/*.md")
        #expect(flat.matches("decks/talk.md") && !flat.matches("decks/sub/talk.md"))
        #expect(SourceGlob("d/a?c.mmd").matches("d/abc.mmd") && !SourceGlob("d/a?c.mmd").matches("d/ac.mmd"))
    }

    @Test func base() {
        #expect(SourceGlob("diagrams/**/*.mmd").base == "diagrams")
        #expect(SourceGlob("docs/GUIDE.md").base == "docs")
        #expect(SourceGlob("*.mmd").base == "")
        #expect(SourceGlob("a/b/*/c.mmd").base == "a/b")
    }

    @Test func discoveryIsSortedAndSkipsExcludedAndHidden() throws {
        let project = try ProjectFixture()
        for name in ["diagrams/b.mmd", "diagrams/a.mmd", "diagrams/z/c.mmd", "diagrams/.git/x.mmd", "build/diagrams/d.mmd",
                     "diagrams/notes.txt", "diagrams/B.mmd"] {
            try project.write(name, "graph TD\n")
        }
        #expect(SourceGlob("diagrams/**/*.mmd").files(in: project.path) ==
                ["diagrams/B.mmd", "diagrams/a.mmd", "diagrams/b.mmd", "diagrams/z/c.mmd"])
        #expect(SourceGlob("**/*.mmd").files(in: project.path, excluding: ["build"]) ==
                ["diagrams/B.mmd", "diagrams/a.mmd", "diagrams/b.mmd", "diagrams/z/c.mmd"])
        #expect(SourceGlob("diagrams/a.mmd").files(in: project.path) == ["diagrams/a.mmd"])
        #expect(SourceGlob("diagrams/missing.mmd").files(in: project.path).isEmpty)
    }

    @Test func artefactNamesKeepSubdirectories() {
        #expect(ProjectPlan.artefactName("diagrams/net/a.mmd", base: "diagrams") == "net/a")
        #expect(ProjectPlan.artefactName("decks/KT.md", base: "decks") == "KT")
        #expect(ProjectPlan.artefactName("top.mmd", base: "") == "top")
    }
}
