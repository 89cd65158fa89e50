/// Fans change events out to every connected page (server-sent events). Each subscriber
/// gets its own stream; a stream ends when its client goes away.
actor EventHub {
    private var subscribers: [Int: AsyncStream<String>.Continuation] = [:]
    private var nextID = 0

    /// A new stream of SSE-formatted messages, starting with a comment that opens it.
    func subscribe() -> AsyncStream<String> {
        let id = nextID
        nextID += 1
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(256))
        continuation.yield("retry: 300\n: connected\n\n")
        continuation.onTermination = { [weak self] _ in
            Task { await self?.remove(id) }
        }
        subscribers[id] = continuation
        return stream
    }

    /// Sends `data: <line>` to every subscriber.
    func broadcast(_ line: String) {
        let message = "data: \(line)\n\n"
        for id in subscribers.keys.sorted() { subscribers[id]?.yield(message) }
    }

    /// A comment line that keeps proxies from closing idle streams and finds dead clients.
    func ping() {
        for id in subscribers.keys.sorted() { subscribers[id]?.yield(": ping\n\n") }
    }

    var count: Int { subscribers.count }

    private func remove(_ id: Int) {
        subscribers[id] = nil
    }
}
