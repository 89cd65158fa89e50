import FlyingFox
import FlyingSocks
import Foundation
import Native
import Preview

/// The local preview server: pages from the workspace's cache, `/events` as server-sent
/// events, and a file watcher thread that rebuilds on save and notifies the pages.
public struct PreviewServer: Sendable {
    public let workspace: PreviewWorkspace
    public let host: String
    public let port: UInt16
    private let hub = EventHub()

    public init(workspace: PreviewWorkspace, host: String = "127.0.0.1", port: UInt16 = 8080) {
        self.workspace = workspace
        self.host = host
        self.port = port
    }

    /// Builds everything, starts watching and serves until the task is cancelled.
    /// `listening` gets the base URL once the socket accepts connections; `rebuilt` gets
    /// every batch of rebuild reports (the initial build first).
    public func run(listening: @escaping @Sendable (String) -> Void,
                    rebuilt: @escaping @Sendable ([PreviewReport]) -> Void) async throws {
        rebuilt(await workspace.buildAll())
        let watcher = try FileWatcher(directories: await workspace.directories)
        let server = HTTPServer(address: try address(), timeout: 30, logger: .disabled, handler: routes())
        startWatching(watcher, rebuilt: rebuilt)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await server.run() }
            group.addTask {
                // Polled, not `waitUntilListening`: that waits out its timeout when binding fails.
                while !(await server.isListening) { try await Task.sleep(for: .milliseconds(5)) }
                listening(await Self.url(of: server, host: host, port: port))
                while true {
                    try await Task.sleep(for: .seconds(15))
                    await hub.ping()
                }
            }
            // The server only returns by failing (a port in use); then stop the rest.
            try await group.next()
            group.cancelAll()
        }
    }

    private static func url(of server: HTTPServer, host: String, port: UInt16) async -> String {
        var actualPort = port
        switch await server.listeningAddress {
        case .ip4(_, let number)?, .ip6(_, let number)?: actualPort = number
        default: break
        }
        let shownHost = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        return "http://\(shownHost):\(actualPort)/"
    }

    private func address() throws -> any SocketAddress {
        let name = host == "localhost" ? "127.0.0.1" : host.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        if name.contains(":") { return try sockaddr_in6.inet6(ip6: name, port: port) }
        return try sockaddr_in.inet(ip4: name, port: port)
    }

    /// The watcher blocks, so it gets a thread; each batch is rebuilt before the next is read.
    private func startWatching(_ watcher: FileWatcher, rebuilt: @escaping @Sendable ([PreviewReport]) -> Void) {
        let workspace = workspace, hub = hub
        let thread = Thread {
            while true {
                let changes = watcher.nextChanges()
                let done = DispatchSemaphore(value: 0)
                Task {
                    let reports = await workspace.update(changedPaths: changes)
                    for report in reports { await hub.broadcast("changed \(report.item.name)") }
                    if !reports.isEmpty { rebuilt(reports) }
                    done.signal()
                }
                done.wait()
            }
        }
        thread.name = "trellis-watch"
        thread.start()
    }

    private func routes() -> RoutedHTTPHandler {
        var routes = RoutedHTTPHandler()
        let workspace = workspace, hub = hub
        routes.appendRoute("GET /") { _ in
            Self.html(PreviewPages.index(await workspace.allStates()))
        }
        routes.appendRoute("GET /view/*") { request in
            guard let state = await Self.state(request, prefix: "/view/", in: workspace) else { return Self.notFound }
            return Self.html(PreviewPages.item(state))
        }
        routes.appendRoute("GET /state/*") { request in
            guard let state = await Self.state(request, prefix: "/state/", in: workspace) else { return Self.notFound }
            return HTTPResponse(statusCode: .ok, headers: Self.headers("application/json"),
                                body: Data(PreviewPages.json(state).utf8))
        }
        routes.appendRoute("GET /svg/*") { request in
            guard let state = await Self.state(request, prefix: "/svg/", in: workspace) else { return Self.notFound }
            let page = request.query["page"].flatMap(Int.init) ?? 0
            guard state.pages.indices.contains(page) else { return Self.notFound }
            return HTTPResponse(statusCode: .ok, headers: Self.headers("image/svg+xml"),
                                body: Data(state.pages[page].utf8))
        }
        routes.appendRoute("GET /events") { _ in
            let stream = await hub.subscribe()
            var headers = Self.headers("text/event-stream")
            headers[HTTPHeader("X-Accel-Buffering")] = "no"
            return HTTPResponse(statusCode: .ok, headers: headers,
                                body: HTTPBodySequence(from: EventBytes(messages: stream), suggestedBufferSize: 65_536))
        }
        return routes
    }

    private static func state(_ request: HTTPRequest, prefix: String, in workspace: PreviewWorkspace) async -> PreviewState? {
        guard request.path.hasPrefix(prefix) else { return nil }
        let name = String(request.path.dropFirst(prefix.count))
        if let state = await workspace.state(named: name) { return state }
        return await workspace.state(named: "/" + name)
    }

    private static func headers(_ type: String) -> HTTPHeaders {
        [.contentType: type + (type.hasPrefix("text/") || type.hasSuffix("json") ? "; charset=utf-8" : ""),
         .init("Cache-Control"): "no-store"]
    }

    private static func html(_ text: String) -> HTTPResponse {
        HTTPResponse(statusCode: .ok, headers: headers("text/html"), body: Data(text.utf8))
    }

    private static var notFound: HTTPResponse {
        HTTPResponse(statusCode: .notFound, headers: headers("text/plain"), body: Data("not found\n".utf8))
    }
}
