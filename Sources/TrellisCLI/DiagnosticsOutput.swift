import ArgumentParser
import Diagnostics
import Foundation

/// `--diagnostics-format` values.
enum DiagnosticsFormat: String, ExpressibleByArgument, CaseIterable {
    /// Compiler-style text with the source line and a caret (colour on a terminal).
    case human
    /// One JSON object per line: file, line, column, endLine, endColumn, severity, id, message, hint.
    case json
    /// GitHub Actions workflow commands (`::error file=…,line=…,col=…::message`).
    case github
}

/// The diagnostics options shared by `render`, `build` and `check`.
struct DiagnosticsOptions: ParsableArguments {
    @Option(name: .customLong("diagnostics-format"),
            help: ArgumentHelp("How to print diagnostics: human, json or github.", valueName: "format"))
    var format: DiagnosticsFormat = .human

    @Flag(name: .customLong("deny-warnings"), help: "Treat warnings as errors.")
    var denyWarnings = false

    /// The diagnostics as they count for this run: warnings become errors with `--deny-warnings`.
    func applied(to diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard denyWarnings else { return diagnostics }
        return diagnostics.map { diagnostic in
            var promoted = diagnostic
            if promoted.severity == .warning { promoted.severity = .error }
            return promoted
        }
    }
}

/// Formats diagnostics as JSON lines or GitHub workflow commands (the human form is
/// `DiagnosticFormatter`'s).
enum DiagnosticsEncoder {
    static func json(_ diagnostic: Diagnostic, in file: SourceFile) -> String {
        let start = file.location(of: diagnostic.range.start)
        let end = file.location(of: diagnostic.range.end)
        var fields = [
            "\"file\":\(quoted(file.name))", "\"line\":\(start.line)", "\"column\":\(start.column)",
            "\"endLine\":\(end.line)", "\"endColumn\":\(end.column)",
            "\"severity\":\(quoted(diagnostic.severity.rawValue))", "\"id\":\(quoted(diagnostic.id))",
            "\"message\":\(quoted(diagnostic.message))",
        ]
        fields.append("\"hint\":" + (diagnostic.hint.map(quoted) ?? "null"))
        return "{" + fields.joined(separator: ",") + "}\n"
    }

    static func github(_ diagnostic: Diagnostic, in file: SourceFile) -> String {
        let start = file.location(of: diagnostic.range.start)
        let end = file.location(of: diagnostic.range.end)
        let command = diagnostic.severity == .error ? "error" : diagnostic.severity == .warning ? "warning" : "notice"
        var message = "\(diagnostic.message) [\(diagnostic.id)]"
        if let hint = diagnostic.hint { message += "\nhint: \(hint)" }
        let properties = "file=\(property(file.name)),line=\(start.line),col=\(start.column),"
            + "endLine=\(end.line),endColumn=\(end.column),title=\(property(diagnostic.id))"
        return "::\(command) \(properties)::\(data(message))\n"
    }

    /// A JSON string literal.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Escapes for a workflow command's message.
    private static func data(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Escapes for a workflow command's property value.
    private static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
