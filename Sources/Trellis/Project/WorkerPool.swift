import Foundation

/// A fixed number of worker threads taking job indices from one shared counter, in the
/// order given (costliest first balances the workers: a long job started last would leave
/// the other workers idle while it runs).
/// Each worker builds its own state once (its own compiler, so fonts are loaded once per
/// thread and no C object is shared between threads). Results land in their job's slot, so
/// the order of results never depends on timing. With `keepsStates`, a worker's state is
/// left allocated when it runs out of work (for a process about to exit).
enum WorkerPool {
    static func run<State, Result: Sendable>(count: Int, workers: Int, order: [Int]? = nil,
                                             keepsStates: Bool = false,
                                             makeState: @Sendable () -> State,
                                             work: @Sendable (inout State, Int) -> Result?) -> [Result?] {
        let queue = SharedQueue<Result>(order: order ?? Array(0..<count))
        let threads = max(1, min(workers, count))
        guard count > 0 else { return [] }
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            var state = makeState()
            while let index = queue.next() {
                queue.store(work(&state, index), at: index)
            }
            if keepsStates { ProcessLifetime.keep(state) }
        }
        return queue.results()
    }

    /// The next index to work on, and a slot per index for its result.
    final class SharedQueue<Result: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var taken = 0
        private let order: [Int]
        private var slots: [Result?]

        /// `order` holds every index below its count once.
        init(order: [Int]) {
            self.order = order
            slots = Array(repeating: nil, count: order.count)
        }

        func next() -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard taken < order.count else { return nil }
            taken += 1
            return order[taken - 1]
        }

        func store(_ result: Result?, at index: Int) {
            lock.lock()
            slots[index] = result
            lock.unlock()
        }

        func results() -> [Result?] {
            lock.lock()
            defer { lock.unlock() }
            return slots
        }
    }
}

/// A flag any worker can raise and every worker can read (`--fail-fast`), and a counter of
/// finished jobs for progress lines.
final class BuildSignals: @unchecked Sendable {
    private let lock = NSLock()
    private var stopped = false
    private var finished = 0

    var isStopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }

    func stop() {
        lock.lock()
        stopped = true
        lock.unlock()
    }

    /// Counts one more finished job; returns the new count.
    func finishOne() -> Int {
        lock.lock()
        defer { lock.unlock() }
        finished += 1
        return finished
    }

    /// Serialises font loading: fontconfig's current configuration is process-wide.
    static let fontLoading = NSLock()
}
