import Diagnostics
import Testing
@testable import Trellis

@Suite struct MarkdownDiagramsTests {
    @Test func locatesFencesWithTheirLines() {
        let text = "# T\n```mermaid\ngraph TD\n```\ntext\n  ~~~~ mermaid\n  A\n  ~~~~\n```js\nx\n```\n```mermaid\nopen"
        let blocks = MermaidFences.locate(in: text)
        #expect(blocks.map(\.openingLine) == [1, 5, 11])
        #expect(blocks.map(\.closingLine) == [3, 7, 13])
        #expect(blocks.first?.masked == "\n\ngraph TD\n\n\n\n\n\n\n\n\n\n")
    }

    @Test func linkUsesDescriptionThenTitleAsAltText() {
        #expect(MarkdownDiagrams.link(name: "a-1.svg", title: nil, description: nil) == "![diagram](./a-1.svg)")
        #expect(MarkdownDiagrams.link(name: "a-1.svg", title: "Flow", description: nil) == "![Flow](./a-1.svg \"Flow\")")
        #expect(MarkdownDiagrams.link(name: "a-2.svg", title: "The \"x\"", description: "One [two]\n three")
                == "![One \\[two\\] three](./a-2.svg \"The \\\"x\\\"\")")
    }

    @Test func diagnosticsMoveFromTheMaskedBlockOntoTheMarkdownLines() {
        let source = SourceFile(name: "doc.md", text: "# Title with words\n\n```mermaid\ngraph TD\n  A[x\n```\n")
        let masked = SourceFile(name: "doc.md", text: MermaidFences.blocks(in: source.text)[0])
        let offset = masked.lineStarts[4] + 3
        let moved = MarkdownDiagrams.remap(.error("t", "m", at: .at(offset)), from: masked, to: source)
        #expect(source.location(of: moved.range.start).description == "5:4")
        #expect(source.text(in: SourceRange(start: moved.range.start, end: moved.range.start + 1)) == "[")
    }
}
