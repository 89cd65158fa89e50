/// The job for one Markdown deck: `<name>.pdf`.
///
/// Decks are compiled by the deck pipeline (`DeckCompiler`); until it is part of Trellis,
/// deck jobs are reported as not built. Wiring it is this one function: compile the source
/// into PDF bytes, and return the files the deck read (its `.mmd` diagrams and images) as
/// `discoveredDependencies`, so editing any of them makes the deck stale.
enum DeckJob {
    static let missingSupport = "deck support missing"

    static func make(source: String, artefactName name: String, config: ProjectConfig, sourceDateEpoch: Int?) -> BuildJob {
        let settings = "deck formats=pdf theme=\(config.theme ?? "-") epoch=\(sourceDateEpoch.map(String.init) ?? "-")"
        return BuildJob(kind: .deck, source: source, outputs: ["\(name).pdf"], settings: settings,
                        unsupported: missingSupport) { _, _ in
            BuildProduct(failure: missingSupport)
        }
    }
}
