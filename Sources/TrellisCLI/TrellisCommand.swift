import ArgumentParser
import Trellis

/// The `trellis` command: compiles Mermaid diagrams (and, later, decks) without a browser.
@main
struct TrellisCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trellis",
        abstract: "Compile Mermaid flowcharts to PNG, PDF and SVG, natively and deterministically.",
        discussion: """
        Trellis reads the Mermaid flowchart language (`flowchart` / `graph`) and draws it with its own \
        layered layout engine, Cairo and Pango: no browser, same bytes for the same input.

        Examples:
          trellis render diagram.mmd -o diagram.png
          trellis render diagram.mmd -o diagram.pdf --theme neutral
          trellis deck talk.md -o talk.pdf   # a Marp deck to a vector PDF
          cat diagram.mmd | trellis render - --format svg -o - > diagram.svg
          trellis build            # render diagrams/ into build/
          trellis check docs/      # check .mmd files and ```mermaid blocks
        """,
        version: TrellisVersion.string,
        subcommands: [RenderCommand.self, DeckCommand.self, BuildCommand.self, CheckCommand.self, StatsCommand.self]
    )
}
