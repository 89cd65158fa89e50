/// Values a process keeps until it ends. A compiler holds thousands of shaped words, fonts
/// and font maps; freeing them one by one when a one-shot command (or a build's worker) is
/// done costs milliseconds that the kernel spends once, at exit, for all the memory.
public enum ProcessLifetime {
    /// Keeps `value` alive until the process exits, and returns it.
    @discardableResult
    public static func keep<Value>(_ value: Value) -> Value {
        _ = Unmanaged.passRetained(Kept(value))
        return value
    }

    private final class Kept<Value> {
        let value: Value
        init(_ value: Value) { self.value = value }
    }
}
