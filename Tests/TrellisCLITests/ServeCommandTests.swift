import Foundation
import Testing

/// `trellis serve`, driven over HTTP as a browser would.
@Suite struct ServeCommandTests {
    static let good = "flowchart TD\n  A[Start] --> B{Choice}\n  B --> C[One]\n"
    static let edited = "flowchart TD\n  A[Start] --> B{Choice}\n  B --> C[Zebra]\n"
    static let broken = "flowchart TD\n  A[Start] --> B{Choice\n  B --> C[Zebra]\n"

    /// A project folder with diagrams/flow.mmd, and `trellis serve` running on a free port in it.
    static func startServing(_ extra: [String] = []) throws -> (dir: URL, server: LiveProcess, url: URL) {
        let dir = try CLIRunner.temporaryDirectory()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("diagrams"), withIntermediateDirectories: true)
        try good.write(to: dir.appendingPathComponent("diagrams/flow.mmd"), atomically: true, encoding: .utf8)
        let server = try LiveProcess(trellis: ["serve", ".", "--port", "0"] + extra, in: dir)
        guard let url = server.servedURL() else {
            throw TestFailure("serve did not start: \(server.output)")
        }
        return (dir, server, url)
    }

    struct TestFailure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    static func state(_ url: URL) throws -> [String: Any] {
        let response = try #require(HTTPFetch.get(url.appendingPathComponent("state/diagrams/flow.mmd")))
        return try #require(JSONSerialization.jsonObject(with: Data(response.body.utf8)) as? [String: Any])
    }

    /// Polls `/state/<name>` until `condition` holds (a rebuild may land just after an event
    /// for an earlier save); the last state read, or nil.
    static func waitForState(_ url: URL, _ name: String, timeout: Double = 2,
                             _ condition: ([String: Any]) -> Bool) -> [String: Any]? {
        let start = Date()
        var last: [String: Any]?
        while Date().timeIntervalSince(start) < timeout {
            if let response = HTTPFetch.get(url.appendingPathComponent("state/" + name)),
               let json = try? JSONSerialization.jsonObject(with: Data(response.body.utf8)) as? [String: Any] {
                last = json
                if condition(json) { return json }
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return last
    }

    @Test func servesIndexAndPageThenStreamsChangesErrorsAndFixes() throws {
        let (dir, server, url) = try Self.startServing()
        defer { server.interrupt(); try? FileManager.default.removeItem(at: dir) }
        #expect(url.host == "127.0.0.1")

        let index = try #require(HTTPFetch.get(url))
        #expect(index.status == 200)
        #expect(index.body.contains("href=\"/view/diagrams/flow.mmd\""))
        let page = try #require(HTTPFetch.get(url.appendingPathComponent("view/diagrams/flow.mmd")))
        #expect(page.status == 200)
        #expect(page.contentType.hasPrefix("text/html"))
        #expect(page.body.contains("<svg"))
        #expect(page.body.contains(">One<"))

        let events = EventStreamClient(url.appendingPathComponent("events"))
        defer { events.close() }
        #expect(events.wait(for: ": connected", after: 0, timeout: 5) != nil)
        let file = dir.appendingPathComponent("diagrams/flow.mmd")

        // An edit: the stream names the file within a second, and the SVG is the new drawing.
        var mark = events.received.count
        try Self.edited.write(to: file, atomically: true, encoding: .utf8)
        let delay = events.wait(for: "data: changed diagrams/flow.mmd", after: mark, timeout: 1)
        #expect(delay != nil, "no change event within 1 s: \(events.received)")
        let svg = try #require(HTTPFetch.get(url.appendingPathComponent("svg/diagrams/flow.mmd")))
        #expect(svg.contentType.hasPrefix("image/svg+xml"))
        #expect(svg.body.contains(">Zebra<"))
        #expect(!svg.body.contains(">One<"))

        // An error: the state names its line:col with the caret excerpt; the last drawing stays.
        mark = events.received.count
        try Self.broken.write(to: file, atomically: true, encoding: .utf8)
        #expect(events.wait(for: "data: changed diagrams/flow.mmd", after: mark, timeout: 1) != nil)
        let failing = try #require(Self.waitForState(url, "diagrams/flow.mmd") { !(($0["problems"] as? [Any])?.isEmpty ?? true) })
        let problems = try #require(failing["problems"] as? [[String: Any]])
        #expect(problems.count == 1)
        #expect(problems.first?["line"] as? Int == 2)
        #expect(problems.first?["column"] as? Int == 17)
        #expect((problems.first?["excerpt"] as? String)?.contains("B{Choice") == true)
        #expect((problems.first?["excerpt"] as? String)?.contains("^") == true)
        #expect((failing["pages"] as? [String])?.first?.contains(">Zebra<") == true)
        let errorPage = try #require(HTTPFetch.get(url.appendingPathComponent("view/diagrams/flow.mmd")))
        #expect(errorPage.body.contains("\"line\":2"))
        #expect(errorPage.body.contains(">Zebra<"))

        // The fix: no problems left.
        mark = events.received.count
        try Self.good.write(to: file, atomically: true, encoding: .utf8)
        #expect(events.wait(for: "data: changed diagrams/flow.mmd", after: mark, timeout: 1) != nil)
        #expect((Self.waitForState(url, "diagrams/flow.mmd") { ($0["problems"] as? [Any])?.isEmpty == true }?["problems"]
                 as? [Any])?.isEmpty == true)
        #expect(server.output.contains("diagrams/flow.mmd:2:17: error:"))
    }

    @Test func aSaveThatChangesNothingSendsNoEvent() throws {
        let (dir, server, url) = try Self.startServing()
        defer { server.interrupt(); try? FileManager.default.removeItem(at: dir) }
        let events = EventStreamClient(url.appendingPathComponent("events"))
        defer { events.close() }
        #expect(events.wait(for: ": connected", after: 0, timeout: 5) != nil)
        let mark = events.received.count
        try Self.good.write(to: dir.appendingPathComponent("diagrams/flow.mmd"), atomically: true, encoding: .utf8)
        #expect(events.wait(for: "data: changed", after: mark, timeout: 0.5) == nil)
    }

    @Test func survivesRemovalAndRenameAndPicksUpNewFiles() throws {
        let (dir, server, url) = try Self.startServing()
        defer { server.interrupt(); try? FileManager.default.removeItem(at: dir) }
        let events = EventStreamClient(url.appendingPathComponent("events"))
        defer { events.close() }
        #expect(events.wait(for: ": connected", after: 0, timeout: 5) != nil)
        let file = dir.appendingPathComponent("diagrams/flow.mmd")
        var mark = events.received.count
        try FileManager.default.moveItem(at: file, to: dir.appendingPathComponent("diagrams/renamed.mmd"))
        #expect(events.wait(for: "data: changed diagrams/flow.mmd", after: mark, timeout: 2) != nil)
        #expect(events.wait(for: "data: changed diagrams/renamed.mmd", after: mark, timeout: 2) != nil)
        let gone = try Self.state(url)
        #expect(gone["removed"] as? Bool == true)
        #expect((gone["pages"] as? [String])?.isEmpty == false)
        let page = try #require(HTTPFetch.get(url.appendingPathComponent("view/diagrams/flow.mmd")))
        #expect(page.status == 200)
        let index = try #require(HTTPFetch.get(url))
        #expect(index.body.contains("diagrams/renamed.mmd"))
        #expect(index.body.contains("removed"))
        mark = events.received.count
        try Self.edited.write(to: file, atomically: true, encoding: .utf8)
        #expect(events.wait(for: "data: changed diagrams/flow.mmd", after: mark, timeout: 2) != nil)
        #expect(try Self.state(url)["removed"] as? Bool == false)
        #expect(server.isRunning)
    }

    @Test func answersAHundredConcurrentPageLoads() throws {
        let (dir, server, url) = try Self.startServing()
        defer { server.interrupt(); try? FileManager.default.removeItem(at: dir) }
        let statuses = ResultBox<[Int]>()
        statuses.value = []
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: 100) { index in
            let path = index.isMultiple(of: 2) ? "view/diagrams/flow.mmd" : "svg/diagrams/flow.mmd"
            let status = HTTPFetch.get(url.appendingPathComponent(path), timeout: 30)?.status ?? -1
            lock.withLock { statuses.value?.append(status) }
        }
        #expect(statuses.value?.count == 100)
        #expect(statuses.value?.allSatisfy { $0 == 200 } == true)
    }

    @Test func refusesANonLoopbackAddressWithoutHost() throws {
        let result = try CLIRunner.run(["serve", ".", "--port", "0.0.0.0:0"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("refusing to listen on 0.0.0.0"))
    }

    @Test func anExplicitHostIsAllowedWithAWarningAndCtrlCStopsCleanly() throws {
        let (dir, server, url) = try Self.startServing(["--host", "0.0.0.0"])
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(server.output.contains("warning: listening on 0.0.0.0"))
        let loopback = try #require(URL(string: "http://127.0.0.1:\(url.port ?? 0)/"))
        #expect(HTTPFetch.get(loopback)?.status == 200)
        server.interrupt()
        #expect(server.status == 0)
        #expect(server.output.contains("stopped"))
    }

    @Test func aPortInUseIsAnErrorNotAHang() throws {
        let (dir, server, url) = try Self.startServing()
        defer { server.interrupt(); try? FileManager.default.removeItem(at: dir) }
        let port = try #require(url.port)
        let second = try CLIRunner.run(["serve", ".", "--port", "\(port)"], in: dir)
        #expect(second.status == 1)
        #expect(second.stderr.contains("cannot serve on 127.0.0.1:\(port)"))
    }

    @Test func unknownPagesAre404() throws {
        let (dir, server, url) = try Self.startServing()
        defer { server.interrupt(); try? FileManager.default.removeItem(at: dir) }
        #expect(HTTPFetch.get(url.appendingPathComponent("view/../../etc/passwd"))?.status == 404)
        #expect(HTTPFetch.get(url.appendingPathComponent("svg/diagrams/none.mmd"))?.status == 404)
    }
}
