import Foundation
import ArgumentParser
import Trellis

/// `--format` values.
struct OutputFormatArgument: ExpressibleByArgument {
    let value: OutputFormat

    init?(argument: String) {
        guard let format = OutputFormat(rawValue: argument.lowercased()) else { return nil }
        value = format
    }

    static var allValueStrings: [String] { OutputFormat.allCases.map(\.rawValue) }
}

/// `--theme` values.
struct ThemeArgument: ExpressibleByArgument {
    let name: String

    init?(argument: String) {
        guard DiagramOptions.themes.contains(argument.lowercased()) else { return nil }
        name = argument.lowercased()
    }

    static var allValueStrings: [String] { DiagramOptions.themes }
}

/// `--background` values: `white`, `transparent`, `#rgb`, `#rrggbb`, or a CSS colour name.
struct BackgroundArgument: ExpressibleByArgument {
    let color: Color

    init?(argument: String) {
        guard let color = ColorParser.parse(argument) else { return nil }
        self.color = color
    }
}

/// `--paper` values.
struct PaperArgument: ExpressibleByArgument {
    let value: PaperSize

    init?(argument: String) {
        guard let paper = PaperSize(rawValue: argument.lowercased()) else { return nil }
        value = paper
    }

    static var allValueStrings: [String] { PaperSize.allCases.map(\.rawValue) }
}

/// `--max-…` flags: each raises (or lowers) one of the documented `Limits`.
struct LimitOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Largest diagram or deck source, in bytes (default 5000000).", valueName: "n"))
    var maxInputBytes: Int?
    @Option(help: ArgumentHelp("Most nodes in one diagram (default 10000).", valueName: "n"))
    var maxNodes: Int?
    @Option(help: ArgumentHelp("Most edges in one diagram (default 20000).", valueName: "n"))
    var maxEdges: Int?
    @Option(help: ArgumentHelp("Deepest nesting of subgraphs (default 64).", valueName: "n"))
    var maxSubgraphDepth: Int?
    @Option(help: ArgumentHelp("Longest label or title, in characters (default 50000).", valueName: "n"))
    var maxLabelLength: Int?
    @Option(help: ArgumentHelp("Most slides in one deck (default 10000).", valueName: "n"))
    var maxSlides: Int?
    @Option(help: ArgumentHelp("Longest side of an image read or written, in px (default and most 32767).",
                               valueName: "px"))
    var maxImageSide: Int?
    @Option(help: ArgumentHelp("Most pixels (width × height) of an image read or written (default 50000000).",
                               valueName: "n"))
    var maxImagePixels: Int?
    @Option(help: ArgumentHelp("Largest image file read, in bytes (default 20000000).", valueName: "n"))
    var maxImageBytes: Int?

    /// The defaults with every flag given applied.
    var limits: Limits {
        var limits = Limits.standard
        let given: [(WritableKeyPath<Limits, Int>, Int?)] = [
            (\.inputBytes, maxInputBytes), (\.nodes, maxNodes), (\.edges, maxEdges),
            (\.subgraphDepth, maxSubgraphDepth), (\.labelLength, maxLabelLength), (\.slides, maxSlides),
            (\.imageSide, maxImageSide.map { min($0, 32_767) }), (\.imagePixels, maxImagePixels),
            (\.imageBytes, maxImageBytes),
        ]
        for (key, value) in given { if let value { limits[keyPath: key] = value } }
        return limits
    }

    func validate() throws {
        let values = [maxInputBytes, maxNodes, maxEdges, maxSubgraphDepth, maxLabelLength, maxSlides,
                      maxImageSide, maxImagePixels, maxImageBytes]
        if values.contains(where: { ($0 ?? 1) < 1 }) {
            throw ValidationError("--max-… limits must be at least 1")
        }
    }
}

/// `--root` and `--allow-files`: which local files an input may make Trellis read.
struct FileAccessOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Files referenced by the input must lie under this directory (default: the input's own directory).",
                               valueName: "dir"))
    var root: String?

    @Option(name: .customLong("allow-files"),
            help: ArgumentHelp("Also allow reading this file or directory (repeatable).", valueName: "path"))
    var allowFiles: [String] = []

    /// The policy for the input at `path` (`-` for standard input: the working directory).
    func policy(forInput path: String) -> FileAccessPolicy {
        FileAccessPolicy(root: root ?? FileAccessPolicy.directory(ofInput: path), allowed: allowFiles)
    }

    /// The policy for a deck or document at `path`: `--root`, else `FileAccessPolicy.project`.
    func policy(forProjectInput path: String) -> FileAccessPolicy {
        root.map { FileAccessPolicy(root: $0, allowed: allowFiles) } ?? .project(forInput: path, allowed: allowFiles)
    }
}
