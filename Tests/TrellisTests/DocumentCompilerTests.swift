import Diagnostics
import Foundation
import Testing
import Trellis

/// The document facade: files beside the document, paper, PDF bytes in one call.
@Suite struct DocumentCompilerTests {
    let compiler: DocumentCompiler
    let directory: URL

    init() throws {
        compiler = try DocumentCompiler(fontDirectory: TestPaths.fonts)
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("trellis-doc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try "flowchart TD\n  accTitle: Two boxes\n  A --> B\n".write(to: directory.appendingPathComponent("flow.mmd"),
                                                                   atomically: true, encoding: .utf8)
    }

    @Test func compilesWithFilesBesideTheDocument() throws {
        let text = "---\ntitle: Ops\npaper: letter\n---\n\n## Flow\n\n![](flow.mmd)\n"
        let compilation = compiler.compile(SourceFile(name: "ops.md", text: text), baseDirectory: directory.path)
        #expect(!compilation.diagnostics.hasErrors, "\(compilation.diagnostics)")
        let document = try #require(compilation.document)
        #expect(document.pages.first?.frame.size.width == 612)
        #expect(compilation.readFiles.contains(directory.appendingPathComponent("flow.mmd").path))
        #expect(document.outline.map(\.title) == ["Flow"])
        // --paper wins over the front matter.
        let a4 = compiler.compile(SourceFile(name: "ops.md", text: text), baseDirectory: directory.path,
                                  options: DocumentCompileOptions(paper: .a4))
        #expect(a4.document?.pages.first.map { abs($0.frame.size.width - 595.2756) < 0.01 } == true)
    }

    @Test func pdfBytesFromAPathAndErrorsAsDiagnostics() throws {
        let good = directory.appendingPathComponent("good.md")
        try "# Guide\n\nSee [flow](#flow).\n\n## Flow\n\n![](flow.mmd)\n".write(to: good, atomically: true, encoding: .utf8)
        let (bytes, compilation) = compiler.pdf(atPath: good.path, options: DocumentCompileOptions(sourceDateEpoch: 0))
        #expect(compilation.diagnostics.isEmpty, "\(compilation.diagnostics)")
        let pdf = try #require(bytes)
        #expect(pdf.starts(with: Array("%PDF".utf8)))
        #expect(compiler.pdf(atPath: good.path, options: DocumentCompileOptions(sourceDateEpoch: 0)).bytes == pdf)

        let bad = directory.appendingPathComponent("bad.md")
        try "# Bad\n\n![](nowhere.png)\n".write(to: bad, atomically: true, encoding: .utf8)
        let failed = compiler.pdf(atPath: bad.path)
        #expect(failed.bytes == nil)
        #expect(failed.compilation.diagnostics.hasErrors)
        #expect(compiler.pdf(atPath: directory.appendingPathComponent("none.md").path).compilation.diagnostics.map(\.id)
            == ["doc.unreadable"])
    }
}
