import Diagnostics
import Foundation
import Native
import Render
import Testing
import Trellis

/// The SVG of every corpus diagram that compiles, drawn by librsvg (`rsvg-convert`), matches
/// our own PNG of it at scale 1: the SVG carries everything needed to draw it the same
/// elsewhere. librsvg is given the bundled fonts (a viewer needs them, or falls back to
/// look-alikes) and no hinting, as we render.
@Suite struct SVGPortabilityTests {
    static let rsvg = "/usr/bin/rsvg-convert"
    /// Mean absolute difference per colour channel (0...255) above which a file fails.
    /// Measured on the corpus: average 1.04, max 3.03 (4.40 with the newer shapes of main: a
    /// one-node horizontal cylinder, where text is much of the picture). What remains is glyph
    /// antialiasing only: Cairo 1.16's image backend puts glyph origins on whole pixels,
    /// librsvg draws them at their exact positions. Wrong fonts give ~9 on such a diagram.
    static let meanBound = 5.0

    @Test func corpusSVGsRenderLikeOurPNGs() throws {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: TestPaths.corpus.path)) ?? [])
            .filter { $0.hasSuffix(".mmd") }.sorted()
        guard !names.isEmpty else {
            print("SVGPortabilityTests: \(TestPaths.corpus.path) not found; comparison not run")
            return
        }
        guard FileManager.default.isExecutableFile(atPath: Self.rsvg) else {
            print("SVGPortabilityTests: \(Self.rsvg) missing (scripts/deps.sh test installs librsvg2-bin); not run")
            return
        }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("trellis-svg-\(getpid())")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }

        // Our PNGs, and the SVGs written out for one batch run of rsvg-convert.
        let compiler = try DiagramCompiler(fontDirectory: TestPaths.fonts)
        var compared: [(name: String, png: [UInt8])] = []
        var script = "set -e\n"
        for name in names {
            let text = try String(contentsOf: TestPaths.corpus.appendingPathComponent(name), encoding: .utf8)
            let compilation = compiler.compile(SourceFile(name: name, text: text))
            guard let frame = compilation.frame, !compilation.diagnostics.contains(where: { $0.severity == .error })
            else { continue }
            let index = compared.count
            compared.append((name, try compiler.render(frame, as: .png)))
            try Data(compiler.render(frame, as: .svg)).write(to: work.appendingPathComponent("\(index).svg"))
            // The SVG's background rect ends at its fractional size; our PNG's covers the last pixel.
            let background = frame.background.map { String($0.hex.prefix(7)) } ?? "none"
            script += "\(Self.rsvg) -b '\(background)' \(index).svg -o \(index).png\n"
        }
        try Self.runShell(script, in: work, fontConfig: Self.fontConfig(in: work))

        var results: [(name: String, mean: Double)] = []
        for (index, entry) in compared.enumerated() {
            let theirs = [UInt8](try Data(contentsOf: work.appendingPathComponent("\(index).png")))
            let mean = try ImageDifference.mean(entry.png, theirs)
            results.append((entry.name, mean))
            #expect(mean <= Self.meanBound, "\(entry.name): mean pixel difference \(mean)")
        }
        let means = results.map(\.mean)
        print("SVGPortabilityTests: \(results.count) files; mean abs difference per channel (0-255): average "
            + "\(Self.fixed(means.reduce(0, +) / Double(max(1, means.count)))), min \(Self.fixed(means.min() ?? 0)), "
            + "max \(Self.fixed(means.max() ?? 0))")
        for result in results.sorted(by: { $0.mean > $1.mean }).prefix(5) {
            print("  \(result.name): \(Self.fixed(result.mean))")
        }
        #expect(results.count > 50)
    }

    /// A fontconfig file that gives librsvg the bundled fonts, rasterised like ours (no hinting).
    static func fontConfig(in directory: URL) throws -> String {
        let file = directory.appendingPathComponent("fonts.conf")
        let xml = """
            <?xml version="1.0"?>
            <fontconfig>
              <dir>\(TestPaths.fonts)</dir>
              <cachedir>\(directory.path)/fc-cache</cachedir>
              <match target="font"><edit name="hinting" mode="assign"><bool>false</bool></edit></match>
            </fontconfig>
            """
        try xml.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    static func runShell(_ script: String, in directory: URL, fontConfig: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["FONTCONFIG_FILE"] = fontConfig
        process.environment = environment
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "rsvg-convert failed")
    }

    static func fixed(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}
