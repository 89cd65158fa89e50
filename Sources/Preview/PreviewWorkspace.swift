import Diagnostics
import Foundation
import Trellis

/// The preview's model: every source's state, rebuilt in-process when its file changes.
/// Serializes compiles (one native engine) and answers page requests from the cache.
public actor PreviewWorkspace {
    private var sources: PreviewSources
    private var states: [String: PreviewState] = [:]
    private let renderer: PreviewRenderer

    public init(sources: PreviewSources, fontDirectory: String, theme: String? = nil) throws(TrellisError) {
        self.sources = sources
        renderer = try PreviewRenderer(fontDirectory: fontDirectory, theme: theme)
    }

    /// The items in name order.
    public var items: [PreviewItem] { sources.items }

    /// The directories to watch.
    public var directories: [String] { sources.directories }

    /// The state of the item with this display name.
    public func state(named name: String) -> PreviewState? {
        guard let item = sources.items.first(where: { $0.name == name }) else { return nil }
        return states[item.path] ?? PreviewState(item: item)
    }

    /// Every item's state, in name order.
    public func allStates() -> [PreviewState] {
        sources.items.map { states[$0.path] ?? PreviewState(item: $0) }
    }

    /// Builds every item.
    public func buildAll() -> [PreviewReport] {
        sources.items.compactMap { rebuild($0) }
    }

    /// Rebuilds the items among `paths` whose text changed (or that appeared or disappeared).
    public func update(changedPaths paths: [String]) -> [PreviewReport] {
        var reports: [PreviewReport] = []
        for path in paths {
            for item in sources.items {
                guard let known = states[item.path]?.dependencies[path], known != Self.contentHash(path) else { continue }
                if let report = rebuild(item, force: true) { reports.append(report) }
            }
            if let item = sources.items.first(where: { $0.path == path }) {
                if let report = rebuild(item) { reports.append(report) }
            } else if FileManager.default.fileExists(atPath: path), let item = sources.item(forNewPath: path) {
                sources.add(item)
                if let report = rebuild(item) { reports.append(report) }
            }
        }
        return reports
    }

    /// A hash of a file's bytes (stable within the process), or 0 when it cannot be read.
    private static func contentHash(_ path: String) -> Int {
        guard let data = FileManager.default.contents(atPath: path) else { return 0 }
        var hasher = Hasher()
        hasher.combine(data)
        return hasher.finalize()
    }

    /// Compiles one item if its text changed (or `force`); nil when nothing changed.
    private func rebuild(_ item: PreviewItem, force: Bool = false) -> PreviewReport? {
        let clock = ContinuousClock()
        let start = clock.now
        var state = states[item.path] ?? PreviewState(item: item)
        guard let data = FileManager.default.contents(atPath: item.path) else {
            guard !state.removed else { return nil }
            state.removed = true
            state.text = nil
            state.version += 1
            states[item.path] = state
            return PreviewReport(item: item, outcome: .removed, duration: clock.now - start, source: nil, diagnostics: [])
        }
        let text = String(decoding: data, as: UTF8.self)
        guard force || text != state.text || state.removed else { return nil }
        state.removed = false
        state.text = text
        let source = SourceFile(name: item.name, text: text)
        let result = renderer.render(source, kind: item.kind, path: item.path)
        state.problems = result.diagnostics.map { PreviewProblem($0, in: source) }
        if let pages = result.pages { state.pages = pages }
        state.dependencies = Dictionary(result.readFiles.map { ($0, Self.contentHash($0)) }, uniquingKeysWith: { a, _ in a })
        state.version += 1
        states[item.path] = state
        return PreviewReport(item: item, outcome: result.pages == nil ? .failed : .built,
                             duration: clock.now - start, source: source, diagnostics: result.diagnostics)
    }
}
