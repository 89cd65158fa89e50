import Deck
import Diagnostics
import Scene

extension DeckCompiler {
    /// Deck theme names `options.theme` accepts.
    public static var themes: [String] { DeckThemes.all.map(\.name) }

    /// Parse (front matter, directives, slides), then lay out every slide with this engine's
    /// text measurer. Layout runs only when parsing found no error.
    func pipeline(_ source: SourceFile, resources: DeckFileResources, options: DeckOptions,
                  timings: inout [StageTiming]) -> (Document, [Diagnostic]) {
        let clock = ContinuousClock()
        let sizeProblems = LimitsCheck.check(source, limits: options.limits, subject: "deck")
        guard sizeProblems.isEmpty else { return (Document(), sizeProblems) }
        let parseStart = clock.now
        var (deck, diagnostics) = DeckParser.parse(source)
        timings.append(StageTiming(stage: "parse", duration: clock.now - parseStart))
        if let tooMany = LimitsCheck.exceeded(\.slides, count: deck.slides.count, in: options.limits, subject: "deck") {
            diagnostics.append(tooMany)
        }
        guard !diagnostics.hasErrors else { return (Document(), diagnostics) }
        if let theme = options.theme {
            for index in deck.slides.indices { deck.slides[index].directives.theme = theme }
        }
        let layout = DeckLayout(measurer: engine.measurer, resources: DeckResourceAdapter(files: resources),
                                options: DeckLayoutOptions(shrink: options.shrink))
        let layoutStart = clock.now
        let (document, layoutDiagnostics) = layout.layout(deck, source: source)
        timings.append(StageTiming(stage: "layout (text, code, diagrams, images)", duration: clock.now - layoutStart))
        return (document, diagnostics + layoutDiagnostics)
    }
}

/// Deck layout's view of `DeckFileResources`.
struct DeckResourceAdapter: DeckResources {
    let files: DeckFileResources

    func load(_ path: String) -> Result<[UInt8], DeckResourceError> {
        files.bytes(at: path).mapError { DeckResourceError($0.message) }
    }
}
