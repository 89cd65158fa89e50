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
