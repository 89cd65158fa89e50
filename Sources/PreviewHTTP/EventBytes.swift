import FlyingFox
import FlyingSocks

/// An SSE stream as the byte sequence FlyingFox sends as a chunked body: each message is
/// written as soon as it is yielded.
struct EventBytes: AsyncBufferedSequence {
    typealias Element = UInt8
    let messages: AsyncStream<String>

    func makeAsyncIterator() -> Iterator {
        Iterator(base: messages.makeAsyncIterator())
    }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var base: AsyncStream<String>.Iterator
        var pending: [UInt8] = []

        mutating func next() async throws -> UInt8? {
            guard let buffer = try await nextBuffer(suggested: 1) else { return nil }
            return buffer.first
        }

        mutating func nextBuffer(suggested count: Int) async throws -> [UInt8]? {
            if pending.isEmpty {
                guard let message = await base.next() else { return nil }
                pending = Array(message.utf8)
            }
            let buffer = Array(pending.prefix(Swift.max(count, 1)))
            pending.removeFirst(buffer.count)
            return buffer
        }
    }
}
