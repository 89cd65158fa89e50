import Diagnostics
import Foundation

/// One source of a project and the artefacts made from it: what it reads, what it writes,
/// and the function that makes the bytes. `ProjectBuilder` decides whether it runs.
public struct BuildJob: Sendable {
    /// What kind of source a job builds.
    public enum Kind: String, Sendable, CaseIterable, Comparable {
        case diagram, deck, document

        public static func < (lhs: Kind, rhs: Kind) -> Bool {
            allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
        }
    }

    /// The make-the-bytes step: reads the source, returns outputs or diagnostics. Runs on a
    /// worker thread with that worker's own context; never writes files itself.
    public typealias Compile = @Sendable (_ source: SourceFile, _ context: inout BuildContext) -> BuildProduct

    public var kind: Kind
    /// The source path relative to the project directory, with `/` separators.
    public var source: String
    /// Artefact paths relative to the output directory that must exist after a build.
    /// The product may add more (a document's images).
    public var outputs: [String]
    /// Files (relative to the project) read besides the source, known before building.
    public var dependencies: [String]
    /// Everything else that changes the bytes (formats, theme, scale…), as text.
    public var settings: String
    /// Whether the output depends on the bundled fonts.
    public var usesFonts: Bool
    public var compile: Compile

    public init(kind: Kind, source: String, outputs: [String], dependencies: [String] = [], settings: String,
                usesFonts: Bool = true, compile: @escaping Compile) {
        self.kind = kind
        self.source = source
        self.outputs = outputs
        self.dependencies = dependencies
        self.settings = settings
        self.usesFonts = usesFonts
        self.compile = compile
    }
}

/// What one worker thread owns while building: its compilers (fonts loaded once per worker,
/// and only when a job needs them) and the project's paths.
public struct BuildContext {
    /// The project directory (absolute or as given).
    public let projectDirectory: String
    /// The bundled fonts directory every compiler loads.
    let fontDirectory: String
    private var compiler: DiagramCompiler?
    private var decks: DeckCompiler?
    private var documents: DocumentCompiler?

    init(projectDirectory: String, fontDirectory: String) {
        self.projectDirectory = projectDirectory
        self.fontDirectory = fontDirectory
    }

    /// This worker's diagram compiler, created on first use.
    public mutating func diagramCompiler() throws(TrellisError) -> DiagramCompiler {
        if let compiler { return compiler }
        let made = try Self.loadingFonts { () throws(TrellisError) in try DiagramCompiler(fontDirectory: fontDirectory) }
        compiler = made
        return made
    }

    /// This worker's deck compiler, created on first use.
    public mutating func deckCompiler() throws(TrellisError) -> DeckCompiler {
        if let decks { return decks }
        let made = try Self.loadingFonts { () throws(TrellisError) in try DeckCompiler(fontDirectory: fontDirectory) }
        decks = made
        return made
    }

    /// This worker's document compiler, created on first use.
    public mutating func documentCompiler() throws(TrellisError) -> DocumentCompiler {
        if let documents { return documents }
        let made = try Self.loadingFonts { () throws(TrellisError) in try DocumentCompiler(fontDirectory: fontDirectory) }
        documents = made
        return made
    }

    /// Runs a compiler's creation alone: fontconfig's current configuration is process-wide.
    static func loadingFonts<Made>(_ make: () throws(TrellisError) -> Made) throws(TrellisError) -> Made {
        BuildSignals.fontLoading.lock()
        defer { BuildSignals.fontLoading.unlock() }
        return try make()
    }

    /// The path of a project file (relative paths are joined to the project directory).
    public func path(_ relative: String) -> String {
        relative.hasPrefix("/") ? relative : projectDirectory + "/" + relative
    }

    /// A path a compiler read, as the manifest keeps it: relative to the project when inside it.
    public func projectRelative(_ path: String) -> String {
        let root = URL(fileURLWithPath: projectDirectory).standardizedFileURL.path
        let full = URL(fileURLWithPath: path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path)
            .standardizedFileURL.path
        return full.hasPrefix(root + "/") ? String(full.dropFirst(root.count + 1)) : full
    }
}

/// What a job's compile step made: artefacts in memory, the files it read, and diagnostics.
public struct BuildProduct: Sendable {
    /// Artefacts keyed by path relative to the output directory, in the order to write them.
    public var files: [(path: String, bytes: [UInt8])]
    /// Project files read that were not known beforehand (a deck's diagrams and images).
    public var discoveredDependencies: [String]
    /// Diagnostics, each with the file it points into.
    public var reports: [DiagnosticReport]
    /// A failure that is not a diagnostic (fonts missing, encoder failure).
    public var failure: String?

    public init(files: [(path: String, bytes: [UInt8])] = [], discoveredDependencies: [String] = [],
                reports: [DiagnosticReport] = [], failure: String? = nil) {
        self.files = files
        self.discoveredDependencies = discoveredDependencies
        self.reports = reports
        self.failure = failure
    }

    /// Whether any diagnostic is an error, or the job failed otherwise.
    public var failed: Bool { failure != nil || reports.contains { $0.diagnostics.hasErrors } }
}

/// Diagnostics and the file their ranges point into.
public struct DiagnosticReport: Sendable {
    public var file: SourceFile
    public var diagnostics: [Diagnostic]

    public init(file: SourceFile, diagnostics: [Diagnostic]) {
        self.file = file
        self.diagnostics = diagnostics
    }
}
