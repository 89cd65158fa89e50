import Diagnostics
import Foundation
import Preview
import Trellis

/// `trellis watch`'s rebuild step: compiles a diagram when its text changed since the last
/// build, writes its outputs, and prints one line with the time.
struct WatchBuilder {
    let compiler: DiagramCompiler
    let console: Console
    let outDir: String
    let formats: [OutputFormat]
    let options: DiagramOptions
    let diagnostics: DiagnosticsOptions
    /// The text last built per path; nil after the file went away.
    private var texts: [String: String] = [:]

    init(compiler: DiagramCompiler, console: Console, outDir: String, formats: [OutputFormat],
         options: DiagramOptions, diagnostics: DiagnosticsOptions) {
        self.compiler = compiler
        self.console = console
        self.outDir = outDir
        self.formats = formats
        self.options = options
        self.diagnostics = diagnostics
    }

    mutating func build(_ item: PreviewItem, verb: String) {
        let clock = ContinuousClock()
        let start = clock.now
        guard let data = FileManager.default.contents(atPath: item.path) else {
            if texts.removeValue(forKey: item.path) != nil { console.note("removed \(item.name) (outputs kept)") }
            return
        }
        let text = String(decoding: data, as: UTF8.self)
        guard texts[item.path] != text else { return }
        texts[item.path] = text
        var itemOptions = options
        itemOptions.baseDirectory = (item.path as NSString).deletingLastPathComponent
        let compilation = compiler.compile(SourceFile(name: item.name, text: text), options: itemOptions)
        let reported = diagnostics.applied(to: compilation.diagnostics)
        console.report(reported, in: compilation.source, format: diagnostics.format, outcome: false)
        let base = ((item.path as NSString).lastPathComponent as NSString).deletingPathExtension
        guard let frame = compilation.frame, !reported.hasErrors else {
            let errors = reported.filter { $0.severity == .error }.count
            console.note("failed \(item.name) in \(Self.milliseconds(clock.now - start)): \(errors) error"
                         + "\(errors == 1 ? "" : "s"); previous output kept")
            return
        }
        do {
            for format in formats {
                let bytes = try compiler.render(frame, as: format, options: options)
                try OutputFile.write(bytes, toPath: (outDir as NSString).appendingPathComponent("\(base).\(format.rawValue)"))
            }
        } catch {
            console.error("\(item.name): \(error)")
            return
        }
        let names = formats.map(\.rawValue)
        let target = (outDir as NSString).appendingPathComponent(base) + "."
            + (names.count == 1 ? names[0] : "{\(names.joined(separator: ","))}")
        console.note("\(verb) \(item.name) → \(target) in \(Self.milliseconds(clock.now - start))")
    }

    static func milliseconds(_ duration: Duration) -> String {
        let ms = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
        return "\(Int(ms.rounded())) ms"
    }
}
