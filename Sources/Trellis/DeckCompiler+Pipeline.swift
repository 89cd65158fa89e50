import Diagnostics
import Scene

extension DeckCompiler {
    /// Deck theme names `options.theme` accepts.
    public static let themes = ["default", "gaia", "uncover", "trellis"]

    /// Parse and layout. Placeholder until the deck parser and layout land in main.
    func pipeline(_ source: SourceFile, resources: DeckFileResources, options: DeckOptions) -> (Document, [Diagnostic]) {
        (Document(), [.error("deck.unavailable", "the deck compiler is not wired up yet",
                             at: SourceRange(start: 0, end: 0))])
    }
}
