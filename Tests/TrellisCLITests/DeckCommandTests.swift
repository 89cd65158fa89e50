import Foundation
import Testing

/// `trellis deck`: outputs, page selection, handouts, diagnostics and exit codes.
@Suite struct DeckCommandTests {
    static let deck = """
    ---
    title: CLI deck
    paginate: true
    ---

    # One

    <!-- Notes for one. -->

    ---

    # Two

    ---

    # Three

    """

    func project(_ text: String = deck) throws -> URL {
        let dir = try CLIRunner.temporaryDirectory()
        try text.write(to: dir.appendingPathComponent("talk.md"), atomically: true, encoding: .utf8)
        return dir
    }

    func pdfinfo(_ path: String) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdfinfo")
        process.arguments = [path]
        let pipe = Pipe()
        process.standardOutput = pipe
        guard (try? process.run()) != nil else { return "" }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test func writesAVectorPDFBesideTheDeckByDefault() throws {
        let dir = try project()
        let result = try CLIRunner.run(["deck", dir.appendingPathComponent("talk.md").path])
        #expect(result.status == 0, "\(result.stderr)")
        let info = pdfinfo(dir.appendingPathComponent("talk.pdf").path)
        #expect(info.contains("Pages:           3"))
        #expect(info.contains("Page size:       960 x 540 pts"))
        #expect(info.contains("Title:           CLI deck"))
    }

    @Test func slideLimitStopsTheDeckAndNamesTheFlag() throws {
        let dir = try project()
        let path = dir.appendingPathComponent("talk.md").path
        let result = try CLIRunner.run(["deck", path, "--max-slides", "2"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("deck has 3 slides, more than the limit of 2"), "\(result.stderr)")
        #expect(result.stderr.contains("--max-slides"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("talk.pdf").path))
        #expect(try CLIRunner.run(["deck", path, "--max-slides", "3"]).status == 0)
    }

    @Test func sameDeckSameBytes() throws {
        let dir = try project()
        let env = ["SOURCE_DATE_EPOCH": "1700000000"]
        #expect(try CLIRunner.run(["deck", "talk.md", "-o", "a.pdf"], in: dir, environment: env).status == 0)
        #expect(try CLIRunner.run(["deck", "talk.md", "-o", "b.pdf"], in: dir, environment: env).status == 0)
        let a = try Data(contentsOf: dir.appendingPathComponent("a.pdf"))
        #expect(a.count > 1000)
        #expect(a == (try Data(contentsOf: dir.appendingPathComponent("b.pdf"))))
    }

    @Test func pngPagesOneFileEach() throws {
        let dir = try project()
        let result = try CLIRunner.run(["deck", "talk.md", "-o", "slides.png", "--pages", "2-3"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".png") }.sorted()
        #expect(names == ["slides.002.png", "slides.003.png"])
        let png = try Data(contentsOf: dir.appendingPathComponent("slides.002.png"))
        #expect(Array(png.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
        #expect(result.stderr.contains("wrote 2 pages"))
    }

    @Test func pagesOutsideTheDeckAreAnError() throws {
        let dir = try project()
        let result = try CLIRunner.run(["deck", "talk.md", "-o", "out.pdf", "--pages", "2-7"], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.contains("page 7 does not exist: the deck has 3 pages"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out.pdf").path))
        let subset = try CLIRunner.run(["deck", "talk.md", "-o", "two.pdf", "--pages", "2"], in: dir)
        #expect(subset.status == 0)
        #expect(pdfinfo(dir.appendingPathComponent("two.pdf").path).contains("Pages:           1"))
    }

    @Test func notesMakeHandoutPages() throws {
        let dir = try project()
        let result = try CLIRunner.run(["deck", "talk.md", "--notes", "--paper", "letter", "-o", "h.pdf"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(pdfinfo(dir.appendingPathComponent("h.pdf").path).contains("Page size:       612 x 792 pts (letter)"))
    }

    @Test func errorsPointAtLineAndColumnAndWriteNothing() throws {
        let dir = try project("# Title\n\nSee ![](gone.png)\n")
        let output = dir.appendingPathComponent("talk.pdf")
        try Data("old".utf8).write(to: output)
        let result = try CLIRunner.run(["deck", "talk.md", "-o", "talk.pdf"], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.contains("talk.md:3:"))
        #expect(result.stderr.contains("^"))
        #expect(result.stderr.contains("nothing written"))
        #expect(try Data(contentsOf: output) == Data("old".utf8), "a failed compile keeps the old file")
    }

    @Test func warningsFailWithDenyWarningsAndPrintAsJSON() throws {
        let dir = try project("# Title\n\n<!-- _thme: gaia -->\n")
        let lenient = try CLIRunner.run(["deck", "talk.md", "-o", "a.pdf"], in: dir)
        #expect(lenient.status == 0)
        #expect(lenient.stderr.contains("talk.md:3:6: warning:"))
        let strict = try CLIRunner.run(["deck", "talk.md", "-o", "b.pdf", "--deny-warnings",
                                        "--diagnostics-format", "json"], in: dir)
        #expect(strict.status == 1)
        #expect(String(decoding: strict.stdout, as: UTF8.self).contains("\"line\":3,\"column\":6"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("b.pdf").path))
    }

    @Test func badArgumentsAreUsageErrors() throws {
        let dir = try project()
        for arguments in [["--pages", "x"], ["--theme", "nope"], ["-o", "a.svg"], ["--paper", "a4"], ["--scale", "0"]] {
            let result = try CLIRunner.run(["deck", "talk.md"] + arguments, in: dir)
            #expect(result.status == 64, "\(arguments): \(result.status) \(result.stderr)")
        }
        let missing = try CLIRunner.run(["deck", "absent.md"], in: dir)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("cannot read absent.md"))
    }

    @Test func timingsNameEachStage() throws {
        let dir = try project()
        let result = try CLIRunner.run(["deck", "talk.md", "-o", "t.pdf", "--timings"], in: dir)
        #expect(result.status == 0)
        for stage in ["load fonts", "parse", "layout", "encode pdf", "write", "total"] {
            #expect(result.stderr.contains(stage), "\(stage) missing: \(result.stderr)")
        }
    }

    @Test func helpIsWrittenOut() throws {
        let result = try CLIRunner.run(["deck", "--help"])
        let text = String(decoding: result.stdout, as: UTF8.self)
        for option in ["--pages", "--notes", "--paper", "--shrink", "--theme", "--deny-warnings", "--diagnostics-format",
                       "slides.003.png"] {
            #expect(text.contains(option), "\(option) missing from help")
        }
    }
}
