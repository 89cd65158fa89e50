import Diagnostics
import Foundation
import Testing
import Trellis

@Suite struct FlagshipTests {
    @Test func flagshipCompilesCleanlyAndRendersDeterministically() throws {
        let text = try String(contentsOf: TestPaths.flagship, encoding: .utf8)
        let compiler = try DiagramCompiler(fontDirectory: TestPaths.fonts)
        let source = SourceFile(name: "ARCH_SIGIL_TOPOLOGY.mmd", text: text)
        let first = compiler.compile(source)
        #expect(first.diagnostics.isEmpty, "\(first.diagnostics.map(\.message))")
        let frame = try #require(first.frame)
        #expect(frame.title == "Sigil-DNA production topology")
        for format in OutputFormat.allCases {
            let a = try compiler.render(frame, as: format)
            let again = try #require(compiler.compile(source).frame)
            let b = try compiler.render(again, as: format)
            #expect(a == b, "\(format) differs between two compiles")
        }
        let svg = String(decoding: try compiler.render(frame, as: .svg), as: UTF8.self)
        for id in ["gw", "enc", "ver", "ldb", "pg", "prom", "hc"] {
            #expect(svg.contains("data-id=\"\(id)\""), "node \(id) missing from SVG")
        }
        #expect(svg.contains("class=\"cluster\""))
        #expect(!svg.contains("foreignObject"))
    }

    @Test func missingFontDirectoryIsAnError() {
        #expect(throws: TrellisError.self) {
            _ = try DiagramCompiler(fontDirectory: "/nonexistent/fonts")
        }
    }
}
