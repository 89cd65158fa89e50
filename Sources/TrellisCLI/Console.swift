import ArgumentParser
import Diagnostics
import Foundation
import Trellis

/// The CLI's only printer: diagnostics and errors to stderr, with colour on a terminal.
struct Console {
    /// Colour only on a terminal, and never when `NO_COLOR` is set to a non-empty value.
    let colors = isatty(STDERR_FILENO) == 1 && (Environment.value("NO_COLOR") ?? "").isEmpty

    func error(_ message: String) {
        let label = colors ? "\u{1B}[1;31merror:\u{1B}[0m" : "error:"
        write("trellis: \(label) \(message)\n")
    }

    func warning(_ message: String) {
        let label = colors ? "\u{1B}[1;35mwarning:\u{1B}[0m" : "warning:"
        write("trellis: \(label) \(message)\n")
    }

    func note(_ message: String) {
        write(message + "\n")
    }

    /// Prints diagnostics in the chosen format: the human form to stderr (with a "nothing
    /// written" line when `outcome` is set and there are errors), JSON lines and GitHub
    /// commands to stdout unless stdout carries the rendered output.
    func report(_ diagnostics: [Diagnostic], in source: SourceFile, format: DiagnosticsFormat = .human,
                outcome: Bool = true, stdoutIsOutput: Bool = false) {
        guard !diagnostics.isEmpty else { return }
        switch format {
        case .human:
            write(DiagnosticFormatter(colors: colors).format(diagnostics, in: source))
            let errors = diagnostics.filter { $0.severity == .error }.count
            if errors > 0, outcome {
                write("\(errors) error\(errors == 1 ? "" : "s") in \(source.name); nothing written\n")
            }
        case .json, .github:
            let text = diagnostics.map {
                format == .json ? DiagnosticsEncoder.json($0, in: source) : DiagnosticsEncoder.github($0, in: source)
            }.joined()
            if stdoutIsOutput { write(text) } else { print(text) }
        }
    }

    /// Writes to standard output.
    func print(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// One `stage  time` line per stage and a total, for `--timings`.
    func timings(_ stages: [StageTiming]) {
        let width = (stages.map(\.stage.count).max() ?? 0) + 2
        var text = ""
        for stage in stages {
            text += stage.stage + String(repeating: " ", count: width - stage.stage.count) + stage.milliseconds + "\n"
        }
        let total = StageTiming(stage: "total", duration: stages.reduce(Duration.zero) { $0 + $1.duration })
        text += "total" + String(repeating: " ", count: width - 5) + total.milliseconds + "\n"
        write(text)
    }

    func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Reads a source file (or stdin for `-`) as UTF-8; a read failure is an error exit.
    func readSource(_ path: String) throws -> SourceFile {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            return try decode(data, name: "<stdin>")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                error("\(path) is a directory; give a .mmd file")
            } else {
                error("cannot read \(path): no such file")
            }
            throw ExitCode(1)
        }
        return try decode(data, name: path)
    }

    private func decode(_ data: Data, name: String) throws -> SourceFile {
        guard let text = String(data: data, encoding: .utf8) else {
            error("\(name) is not valid UTF-8 text")
            throw ExitCode(1)
        }
        return SourceFile(name: name, text: text)
    }

    /// The compiler with the bundled fonts, or an error exit that says how to fix it.
    func makeCompiler() throws -> DiagramCompiler {
        do {
            return ProcessLifetime.keep(try DiagramCompiler(fontDirectory: try OutputFile.fontDirectory()))
        } catch {
            self.error(error.description)
            throw ExitCode(1)
        }
    }
}

/// Reads the process environment.
enum Environment {
    static func value(_ name: String) -> String? {
        // getenv, not ProcessInfo.environment, which copies the whole environment per call.
        getenv(name).map { String(cString: $0) }
    }

    /// `SOURCE_DATE_EPOCH` as seconds, when set to a valid integer.
    static var sourceDateEpoch: Int? {
        value("SOURCE_DATE_EPOCH").flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    }
}
