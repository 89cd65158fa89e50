import Diagnostics
import Foundation

/// A project's `trellis.yml`: where its sources are, where artefacts go, in which formats,
/// with which theme. A missing file means the defaults; every key is optional.
public struct ProjectConfig: Sendable, Equatable {
    /// The file name looked for in the project directory.
    public static let fileName = "trellis.yml"

    /// Output directory, relative to the project directory (or absolute).
    public var output = "build"
    /// Theme for every diagram and deck; nil keeps each source's own.
    public var theme: String?
    /// PNG device scale factor for diagrams (1 to 8).
    public var scale = 1.0
    /// A mermaid configuration JSON for every diagram, relative to the project directory.
    public var mermaidConfig: String?
    /// Mermaid diagrams (`.mmd`): one artefact per format.
    public var diagrams = SourceSet(sources: ["diagrams/**/*.mmd"], formats: ["png", "pdf", "svg"])
    /// Markdown slide decks: a PDF each.
    public var decks = SourceSet(sources: ["decks/*.md"], formats: ["pdf"])
    /// Markdown documents, listed explicitly: a copy with every ```mermaid block drawn.
    public var documents = SourceSet(sources: [], formats: ["md"])

    public init() {}

    /// The sources and formats of one kind of artefact.
    public struct SourceSet: Sendable, Equatable {
        /// Glob patterns relative to the project: `*` and `?` within a name, `**` any depth.
        public var sources: [String]
        public var formats: [String]

        public init(sources: [String], formats: [String]) {
            self.sources = sources
            self.formats = formats
        }
    }

    /// The formats each kind can produce.
    public static let allowedFormats: [BuildJob.Kind: [String]] = [
        .diagram: ["png", "pdf", "svg"], .deck: ["pdf"], .document: ["md"],
    ]

    /// The project's configuration: the defaults when `directory` has no `trellis.yml`,
    /// else the file's settings and any problem found in it (with line and column).
    public static func load(directory: String) -> (config: ProjectConfig, file: SourceFile?, diagnostics: [Diagnostic]) {
        let path = directory.hasSuffix("/") ? directory + fileName : directory + "/" + fileName
        guard let data = FileManager.default.contents(atPath: path) else { return (ProjectConfig(), nil, []) }
        let file = SourceFile(name: path.hasPrefix("./") ? String(path.dropFirst(2)) : path,
                              text: String(decoding: data, as: UTF8.self))
        let (config, diagnostics) = ProjectConfigParser.parse(file)
        return (config, file, diagnostics)
    }
}
