import ArgumentParser
import Trellis

/// The `trellis` command: compiles Mermaid diagrams, decks and documents without a browser.
/// The `trellis` and `trellis-serve` programs both run it (see `PreviewHosting`).
public struct TrellisCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "trellis",
        abstract: "Compile Mermaid flowcharts to PNG, PDF and SVG, natively and deterministically.",
        discussion: """
        Trellis reads the Mermaid flowchart language (`flowchart` / `graph`) and draws it with its own \
        layered layout engine, Cairo and Pango: no browser, same bytes for the same input.

        Examples:
          trellis render diagram.mmd -o diagram.png
          trellis render diagram.mmd -o diagram.pdf --theme neutral
          trellis deck talk.md -o talk.pdf   # a Marp deck to a vector PDF
          trellis doc RUNBOOK.md -o RUNBOOK.pdf   # a Markdown run-book to a PDF
          cat diagram.mmd | trellis render - --format svg -o - > diagram.svg
          trellis build            # render diagrams/ into build/
          trellis check docs/      # check .mmd files and ```mermaid blocks
          trellis watch diagrams/  # re-render on every save
          trellis serve .          # live preview at http://127.0.0.1:8080/
        """,
        version: TrellisVersion.string,
        subcommands: [RenderCommand.self, DeckCommand.self, DocCommand.self, BuildCommand.self, CheckCommand.self,
                      StatsCommand.self, WatchCommand.self, ServeCommand.self]
    )

    public init() {}
}
