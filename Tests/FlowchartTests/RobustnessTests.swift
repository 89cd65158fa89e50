import Diagnostics
import Flowchart
import Foundation
import Testing

/// Mangled corpus files must never crash the compiler, and errors always mean no diagram.
@Suite struct RobustnessTests {
    /// A small deterministic generator (SplitMix64) so failures reproduce.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test func mutatedCorpusFilesNeverCrash() throws {
        let files = CorpusTests.corpusFiles
        guard !files.isEmpty else {
            print("robustness: skipped, no corpus at \(CorpusTests.corpusDirectory.path)")
            return
        }
        var random = SplitMix(state: 42)
        let alphabet = Array("[](){}<>/\\|\"'`-=.~&:;%@#\n xo".utf8)
        var withErrors = 0
        let rounds = 600
        for round in 0..<rounds {
            let url = files[round % files.count]
            var bytes = Array(try String(contentsOf: url, encoding: .utf8).utf8)
            for _ in 0..<(1 + round % 4) where !bytes.isEmpty {
                let position = Int.random(in: 0..<bytes.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: bytes[position] = alphabet[Int.random(in: 0..<alphabet.count, using: &random)]
                case 1: bytes.remove(at: position)
                default: bytes.removeSubrange(position..<bytes.count)
                }
            }
            let file = SourceFile(name: url.lastPathComponent, text: String(decoding: bytes, as: UTF8.self))
            let (diagram, diagnostics) = FlowchartCompiler.compile(file)
            #expect((diagram == nil) == diagnostics.hasErrors)
            for diagnostic in diagnostics {
                #expect(diagnostic.range.start >= 0 && diagnostic.range.end <= file.utf8.count)
                _ = DiagnosticFormatter().format(diagnostic, in: file)
            }
            if diagnostics.hasErrors { withErrors += 1 }
        }
        print("robustness: \(rounds) mutated files compiled without crashing, \(withErrors) with errors")
    }
}
