import Foundation
import Testing

/// `trellis serve` with a deck: one image per slide, rebuilt when the deck or a diagram it
/// includes changes, errors at their line.
@Suite struct ServeDeckTests {
    static let deck = "---\ntitle: Preview deck\n---\n\n# First\n\n![](flow.mmd)\n\n---\n\n## Second\n\n- one\n"

    @Test func servesSlidesAndFollowsTheDeckAndItsDiagrams() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let decks = dir.appendingPathComponent("decks")
        try FileManager.default.createDirectory(at: decks, withIntermediateDirectories: true)
        try Self.deck.write(to: decks.appendingPathComponent("talk.md"), atomically: true, encoding: .utf8)
        try "flowchart LR\n  A --> B\n".write(to: decks.appendingPathComponent("flow.mmd"), atomically: true, encoding: .utf8)
        let server = try LiveProcess(trellis: ["serve", ".", "--port", "0"], in: dir)
        defer { server.interrupt() }
        let url = try #require(server.servedURL(), "\(server.output)")

        let index = try #require(HTTPFetch.get(url))
        #expect(index.body.contains("href=\"/view/decks/talk.md\""))
        #expect(index.body.contains("deck"))
        let page = try #require(HTTPFetch.get(url.appendingPathComponent("view/decks/talk.md")))
        #expect(page.body.components(separatedBy: "src=\"/svg/decks/talk.md?page=").count == 3)
        let secondURL = try #require(URL(string: url.absoluteString + "svg/decks/talk.md?page=1"))
        let second = try #require(HTTPFetch.get(secondURL))
        #expect(second.status == 200)
        #expect(second.body.contains("width=\"1280\" height=\"720\""))

        let events = EventStreamClient(url.appendingPathComponent("events"))
        defer { events.close() }
        #expect(events.wait(for: ": connected", after: 0, timeout: 5) != nil)
        var mark = events.received.count
        try "flowchart LR\n  A --> Zebra\n".write(to: decks.appendingPathComponent("flow.mmd"), atomically: true, encoding: .utf8)
        #expect(events.wait(for: "data: changed decks/talk.md", after: mark, timeout: 1) != nil, "\(events.received)")
        let firstURL = try #require(URL(string: url.absoluteString + "svg/decks/talk.md?page=0"))
        let first = try #require(HTTPFetch.get(firstURL))
        #expect(first.body.contains("Zebra"))

        mark = events.received.count
        try "# Broken\n\n![](missing.png)\n".write(to: decks.appendingPathComponent("talk.md"), atomically: true, encoding: .utf8)
        #expect(events.wait(for: "data: changed decks/talk.md", after: mark, timeout: 1) != nil)
        // Events for the earlier edit may still arrive: wait for the state itself.
        let json = try #require(ServeCommandTests.waitForState(url, "decks/talk.md") {
            !(($0["problems"] as? [Any])?.isEmpty ?? true)
        })
        let problems = try #require(json["problems"] as? [[String: Any]])
        #expect(problems.first?["line"] as? Int == 3)
        #expect((json["pages"] as? [String])?.count == 2)
    }
}
