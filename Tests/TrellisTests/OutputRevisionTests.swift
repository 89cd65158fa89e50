import Diagnostics
import Foundation
import Testing
import Trellis

/// Holds `OutputRevision.current` to its promise: the bytes of reference outputs (the flagship
/// in every format, a deck, a document) are recorded with the revision that drew them, and a
/// change of bytes without a new revision fails. Then bump `OutputRevision.current` and run
/// with `TRELLIS_RECORD=1`; recording over the same revision with new bytes is refused.
@Suite struct OutputRevisionTests {
    static let record = TestPaths.packageRoot.appendingPathComponent("Tests/TrellisTests/Goldens/output-revision.txt")

    static let deck = """
    ---
    title: Revision deck
    paginate: true
    ---

    # Hand-over

    - **Encode** and *verify*, with `code` :rocket:

    ```mermaid
    flowchart LR
      A[Client] --> B{Gateway} --> C[(Store)]
    ```

    ---

    ## Code

    ```swift
    let answer = 42 // a comment
    ```
    """

    static let document = """
    ---
    title: Revision document
    toc: true
    ---

    # Restore

    > [!WARNING]
    > Stop the writers first.

    | Step | Command |
    |------|---------|
    | 1 | `systemctl stop sigil` |

    ```mermaid
    flowchart TD
      A --> B
    ```
    """

    /// Name → SHA-256 of every reference output, in a fixed order.
    static func currentDigests() throws -> [(String, String)] {
        var digests: [(String, String)] = []
        let diagrams = try DiagramCompiler(fontDirectory: TestPaths.fonts)
        let flagship = SourceFile(name: "ARCH_SIGIL_TOPOLOGY.mmd", text: try String(contentsOf: TestPaths.flagship, encoding: .utf8))
        let frame = try #require(diagrams.compile(flagship).frame)
        for format in OutputFormat.allCases {
            digests.append(("flagship.\(format)", SHA256.hex(try diagrams.render(frame, as: format))))
        }
        let decks = try DeckCompiler(fontDirectory: TestPaths.fonts)
        let deck = decks.compile(SourceFile(name: "deck.md", text: deck), baseDirectory: NSTemporaryDirectory())
        digests.append(("deck.pdf", SHA256.hex(try decks.renderPDF(try #require(deck.document)))))
        let documents = try DocumentCompiler(fontDirectory: TestPaths.fonts)
        let doc = documents.compile(SourceFile(name: "doc.md", text: document), baseDirectory: NSTemporaryDirectory())
        digests.append(("document.pdf", SHA256.hex(try documents.renderPDF(try #require(doc.document)))))
        return digests
    }

    static func text(revision: Int, _ digests: [(String, String)]) -> String {
        "revision \(revision)\n" + digests.map { "\($0.0) \($0.1)\n" }.joined()
    }

    @Test func outputBytesChangeOnlyWithANewRevision() throws {
        let digests = try Self.currentDigests()
        let now = Self.text(revision: OutputRevision.current, digests)
        let recorded = (try? String(contentsOf: Self.record, encoding: .utf8)) ?? ""
        let recordedRevision = recorded.split(separator: "\n").first.flatMap { Int($0.dropFirst("revision ".count)) }
        if recorded == now { return }
        let changed = digests.filter { !recorded.contains("\($0.0) \($0.1)\n") }.map(\.0)
        if recordedRevision == OutputRevision.current {
            Issue.record("""
                output bytes changed (\(changed.joined(separator: ", "))) but OutputRevision.current is still \
                \(OutputRevision.current): bump it in Sources/Trellis/OutputRevision.swift so old artefacts \
                rebuild, then run the tests with TRELLIS_RECORD=1
                """)
        } else if ProcessInfo.processInfo.environment["TRELLIS_RECORD"] == "1" {
            try now.write(to: Self.record, atomically: true, encoding: .utf8)
        } else {
            let held = recordedRevision.map { String($0) } ?? "none"
            let message = "OutputRevision.current is \(OutputRevision.current) but the record holds \(held); "
                + "run with TRELLIS_RECORD=1"
            Issue.record(Comment(rawValue: message))
        }
    }
}
