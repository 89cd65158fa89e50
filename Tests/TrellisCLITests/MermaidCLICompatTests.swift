import Foundation
import Testing

/// mermaid-cli style flags on `trellis render`: -i/-o/-t/-b/-w/-H/-s/-c, -C refused, pHYs, PDF paper.
@Suite struct MermaidCLICompatTests {
    static let diagram = "flowchart LR\n    A[Start] -->|go| B{Check}\n    B --> C([Done])\n"

    /// A temporary directory holding `d.mmd`.
    func workspace() throws -> (URL, String) {
        let dir = try CLIRunner.temporaryDirectory()
        let input = dir.appendingPathComponent("d.mmd")
        try Self.diagram.write(to: input, atomically: true, encoding: .utf8)
        return (dir, input.path)
    }

    func bytes(_ url: URL) throws -> [UInt8] { [UInt8](try Data(contentsOf: url)) }

    /// The pHYs chunk's pixels per metre (x) and unit, if the PNG has one.
    func physical(_ png: [UInt8]) -> (Int, Int)? {
        var offset = 8
        while offset + 8 <= png.count {
            let length = png[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
            if Array(png[offset + 4..<offset + 8]) == Array("pHYs".utf8) {
                let x = png[offset + 8..<offset + 12].reduce(0) { $0 << 8 | Int($1) }
                return (x, Int(png[offset + 16]))
            }
            offset += 12 + length
        }
        return nil
    }

    func pdfPageSize(_ url: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdfinfo")
        process.arguments = [url.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        return text.split(separator: "\n").first { $0.hasPrefix("Page size:") }.map(String.init) ?? ""
    }

    @Test func mmdcMakefileLineWorks() throws {
        let (dir, input) = try workspace()
        let out = dir.appendingPathComponent("a.png")
        let result = try CLIRunner.run(["render", "-i", input, "-o", out.path, "-t", "dark", "-b", "transparent", "-w", "1200"])
        #expect(result.status == 0, "\(result.stderr)")
        let png = try bytes(out)
        #expect(try RenderCommandTests.pngSize(out).0 == 1200)
        #expect(png[25] == 6, "transparent background gives an RGBA PNG")
        let long = try CLIRunner.run(["render", "--input", input, "-o", dir.appendingPathComponent("b.png").path,
                                      "--theme", "base", "--backgroundColor", "#ffeedd"])
        #expect(long.status == 0, "\(long.stderr)")
        let pdf = dir.appendingPathComponent("c.out")
        #expect(try CLIRunner.run(["render", "-i", input, "-o", pdf.path, "-e", "pdf"]).status == 0)
        #expect(Array(try bytes(pdf).prefix(4)) == Array("%PDF".utf8))
    }

    @Test func widthAndHeightFitKeepingAspect() throws {
        let (dir, input) = try workspace()
        let plain = dir.appendingPathComponent("p.png"), fit = dir.appendingPathComponent("f.png")
        #expect(try CLIRunner.run(["render", input, "-o", plain.path]).status == 0)
        #expect(try CLIRunner.run(["render", input, "-o", fit.path, "-w", "2000", "-H", "100"]).status == 0)
        let (w0, h0) = try RenderCommandTests.pngSize(plain), (w, h) = try RenderCommandTests.pngSize(fit)
        #expect(h == 100)
        #expect(abs(Double(w) / Double(h) - Double(w0) / Double(h0)) < 0.05)
        let scaled = dir.appendingPathComponent("s.png")
        #expect(try CLIRunner.run(["render", input, "-o", scaled.path, "-H", "100", "-s", "2"]).status == 0)
        #expect(try RenderCommandTests.pngSize(scaled).1 == 200)
        #expect(try CLIRunner.run(["render", input, "-o", fit.path, "-w", "0"]).status != 0)
    }

    @Test func pngRecordsDPIOfScale() throws {
        let (dir, input) = try workspace()
        let one = dir.appendingPathComponent("1.png"), three = dir.appendingPathComponent("3.png")
        #expect(try CLIRunner.run(["render", input, "-o", one.path]).status == 0)
        #expect(try CLIRunner.run(["render", input, "-o", three.path, "-s", "3"]).status == 0)
        let a = try #require(physical(try bytes(one))), b = try #require(physical(try bytes(three)))
        #expect(a.1 == 1 && b.1 == 1)
        #expect(a.0 == 3780)  // 96 dpi in pixels per metre
        #expect(b.0 == 11339)  // 288 dpi
        for bad in ["0.5", "9", "nan"] {
            let result = try CLIRunner.run(["render", input, "-o", one.path, "-s", bad])
            #expect(result.status != 0 && result.stderr.contains("--scale"), "scale \(bad)")
        }
    }

    @Test func pdfPageFitsDiagramOrPaper() throws {
        let (dir, input) = try workspace()
        let fit = dir.appendingPathComponent("fit.pdf")
        #expect(try CLIRunner.run(["render", input, "-o", fit.path, "--pdf-fit"]).status == 0)
        #expect(try CLIRunner.run(["render", input, "-o", fit.path, "--pdfFit"]).status == 0)
        let fitted = try pdfPageSize(fit)
        #expect(!fitted.contains("A4") && !fitted.contains("letter") && !fitted.isEmpty)
        let a4 = dir.appendingPathComponent("a4.pdf")
        #expect(try CLIRunner.run(["render", input, "-o", a4.path, "--paper", "a4"]).status == 0)
        #expect(try pdfPageSize(a4).contains("595.276 x 841.89"))
        let letter = dir.appendingPathComponent("l.pdf")
        #expect(try CLIRunner.run(["render", input, "-o", letter.path, "--paper", "letter", "--landscape"]).status == 0)
        #expect(try pdfPageSize(letter).contains("792 x 612"))
        #expect(try CLIRunner.run(["render", input, "-o", letter.path, "--landscape"]).status != 0)
        #expect(try CLIRunner.run(["render", input, "-o", letter.path, "--paper", "a3"]).status != 0)
    }

    @Test func configFileMergesUnderTheDiagram() throws {
        let (dir, input) = try workspace()
        let config = dir.appendingPathComponent("config.json")
        try ##"{"theme": "dark", "themeVariables": {"lineColor": "#ff0000"}, "flowchart": {"curve": "linear"}}"##
            .write(to: config, atomically: true, encoding: .utf8)
        let svg = dir.appendingPathComponent("c.svg")
        let result = try CLIRunner.run(["render", input, "-o", svg.path, "-c", config.path])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOf: svg, encoding: .utf8).lowercased()
        #expect(text.contains("#ff0000"))
        #expect(text.contains("#1f2020"))  // dark node fill
        // The diagram's own theme wins over the file's.
        let own = dir.appendingPathComponent("own.mmd")
        try ("%%{init: {\"theme\": \"forest\"}}%%\n" + Self.diagram).write(to: own, atomically: true, encoding: .utf8)
        let ownSVG = dir.appendingPathComponent("own.svg")
        #expect(try CLIRunner.run(["render", own.path, "-o", ownSVG.path, "--configFile", config.path]).status == 0)
        let ownText = try String(contentsOf: ownSVG, encoding: .utf8).lowercased()
        #expect(ownText.contains("#cde498") && !ownText.contains("#1f2020"))
        try ##"{"fontFamily": "Courier New", "themeVariables": {"primaryColor": "#abcdef"}}"##
            .write(to: config, atomically: true, encoding: .utf8)
        let mono = dir.appendingPathComponent("mono.svg")
        #expect(try CLIRunner.run(["render", input, "-o", mono.path, "-c", config.path, "-t", "base"]).status == 0)
        let monoText = try String(contentsOf: mono, encoding: .utf8).lowercased()
        #expect(monoText.contains("jetbrains mono") && monoText.contains("#abcdef"))
        try "{not json".write(to: config, atomically: true, encoding: .utf8)
        let broken = try CLIRunner.run(["render", input, "-o", svg.path, "-c", config.path])
        #expect(broken.status == 1 && broken.stderr.contains("config file"))
    }

    @Test func quietHidesWarningsNotErrors() throws {
        let (dir, _) = try workspace()
        let warned = dir.appendingPathComponent("w.mmd")
        try "flowchart LR\n  A --> B\n  class A nope\n".write(to: warned, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("w.svg").path
        #expect(try CLIRunner.run(["render", warned.path, "-o", out]).stderr.contains("warning"))
        let quiet = try CLIRunner.run(["render", warned.path, "-o", out, "-q"])
        #expect(quiet.status == 0 && quiet.stderr.isEmpty)
        let broken = dir.appendingPathComponent("b.mmd")
        try "flowchart TD\n    A[Start --> B\n".write(to: broken, atomically: true, encoding: .utf8)
        let failed = try CLIRunner.run(["render", broken.path, "-o", out, "--quiet"])
        #expect(failed.status == 1 && failed.stderr.contains("error"))
    }

    @Test func cssFileIsRefusedClearly() throws {
        let (dir, input) = try workspace()
        let result = try CLIRunner.run(["render", input, "-o", dir.appendingPathComponent("x.png").path, "-C", "s.css"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--cssFile is not supported"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("x.png").path))
        let twice = try CLIRunner.run(["render", input, "-i", input, "-o", "x.svg"])
        #expect(twice.status != 0)
    }
}
