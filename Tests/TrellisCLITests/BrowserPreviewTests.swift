import Foundation
import Testing

/// The preview page in a real browser (Debian's headless Chromium): it follows edits by
/// itself and shows errors. The page's title reports its state (`name · ok|error L:C|removed ·
/// fingerprint of the drawing's DOM`), read through Chromium's DevTools HTTP endpoint.
@Suite(.serialized) struct BrowserPreviewTests {
    static var chromium: URL? {
        for path in ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        where FileManager.default.isExecutableFile(atPath: path) {
            return URL(fileURLWithPath: path)
        }
        return nil
    }

    /// The title of the first page tab, through the DevTools HTTP endpoint (with curl:
    /// Foundation's URLSession rejects the headers that endpoint sends).
    static func title(devToolsPort: Int) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["curl", "-s", "--max-time", "2", "http://127.0.0.1:\(devToolsPort)/json/list"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard let tabs = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]] else { return nil }
        return tabs.first { $0["type"] as? String == "page" }?["title"] as? String
    }

    static func waitForTitle(port: Int, timeout: Double, _ condition: (String) -> Bool) -> (title: String, seconds: Double)? {
        let start = Date()
        while Date().timeIntervalSince(start) < timeout {
            if let title = title(devToolsPort: port), condition(title) { return (title, Date().timeIntervalSince(start)) }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return nil
    }

    @Test func thePageFollowsEditsAndShowsTheErrorPanel() throws {
        let browser = try #require(Self.chromium, "chromium is not installed: run scripts/deps.sh test")
        let (dir, server, url) = try ServeCommandTests.startServing()
        defer { server.interrupt(); try? FileManager.default.removeItem(at: dir) }
        let profile = dir.appendingPathComponent("chromium-profile")
        let chrome = try LiveProcess(executable: browser, [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--remote-debugging-port=0",
            "--user-data-dir=\(profile.path)", url.appendingPathComponent("view/diagrams/flow.mmd").absoluteString,
        ])
        defer { chrome.interrupt() }
        let portFile = profile.appendingPathComponent("DevToolsActivePort")
        var devToolsPort: Int?
        for _ in 0..<600 where devToolsPort == nil {
            devToolsPort = (try? String(contentsOf: portFile, encoding: .utf8))?.split(separator: "\n").first.flatMap { Int($0) }
            if devToolsPort == nil { Thread.sleep(forTimeInterval: 0.05) }
        }
        let port = try #require(devToolsPort, "chromium did not start: \(chrome.output)")
        let first = try #require(Self.waitForTitle(port: port, timeout: 30) { $0.hasPrefix("diagrams/flow.mmd · ok · ") },
                                 "page title: \(Self.title(devToolsPort: port) ?? "none"); chromium: \(chrome.output)")
        let file = dir.appendingPathComponent("diagrams/flow.mmd")
        // Generous waits: this checks that the page follows saves, not how fast (that is
        // bench/serve_latency.py's job; a loaded CI machine must not fail it).

        try ServeCommandTests.edited.write(to: file, atomically: true, encoding: .utf8)
        let changed = Self.waitForTitle(port: port, timeout: 15) { $0.contains("· ok ·") && $0 != first.title }
        #expect(changed != nil, "the page did not redraw")

        try ServeCommandTests.broken.write(to: file, atomically: true, encoding: .utf8)
        let failing = Self.waitForTitle(port: port, timeout: 15) { $0.contains("· error 2:17 ·") }
        #expect(failing != nil, "no error panel")

        try ServeCommandTests.good.write(to: file, atomically: true, encoding: .utf8)
        let fixed = Self.waitForTitle(port: port, timeout: 15) { $0.contains("· ok ·") }
        #expect(fixed != nil, "the error did not go away")
        // The same source draws the same picture as at first.
        #expect(fixed?.title == first.title)
    }
}
