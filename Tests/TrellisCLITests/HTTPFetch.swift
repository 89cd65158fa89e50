import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Small blocking HTTP helpers for the preview server tests.
enum HTTPFetch {
    struct Response {
        var status: Int
        var contentType: String
        var body: String
    }

    static func get(_ url: URL, timeout: Double = 10) -> Response? {
        let box = ResultBox<Response>()
        let done = DispatchSemaphore(value: 0)
        var request = URLRequest(url: url)
        request.timeoutInterval = timeout
        let task = URLSession.shared.dataTask(with: request) { data, response, _ in
            if let http = response as? HTTPURLResponse {
                box.value = Response(status: http.statusCode,
                                     contentType: http.value(forHTTPHeaderField: "Content-Type") ?? "",
                                     body: String(decoding: data ?? Data(), as: UTF8.self))
            }
            done.signal()
        }
        task.resume()
        _ = done.wait(timeout: .now() + timeout + 1)
        return box.value
    }
}

/// A server-sent events stream read as it arrives.
final class EventStreamClient: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private let lock = NSLock()
    private var text = ""
    private var session: URLSession?

    init(_ url: URL) {
        super.init()
        let session = URLSession(configuration: .ephemeral, delegate: self, delegateQueue: nil)
        self.session = session
        var request = URLRequest(url: url)
        request.timeoutInterval = 120
        session.dataTask(with: request).resume()
    }

    var received: String { lock.withLock { text } }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        lock.withLock { text += String(decoding: data, as: UTF8.self) }
    }

    /// Waits until the stream holds `needle` past `offset` characters; the seconds it took, or nil.
    func wait(for needle: String, after offset: Int, timeout: Double) -> Double? {
        let start = Date()
        while Date().timeIntervalSince(start) < timeout {
            let now = received
            if now.count > offset, now.dropFirst(offset).contains(needle) { return Date().timeIntervalSince(start) }
            Thread.sleep(forTimeInterval: 0.005)
        }
        return nil
    }

    func close() {
        session?.invalidateAndCancel()
    }
}

final class ResultBox<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value?
    var value: Value? {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
