/// Objects a command keeps until the process ends. A compiler holds thousands of shaped
/// words, fonts and font maps; freeing them one by one when a one-shot command returns costs
/// milliseconds that the kernel spends once, at exit, for all the process's memory.
enum ProcessLifetime {
    /// Keeps `object` alive until the process exits, and returns it.
    @discardableResult
    static func keep<Object: AnyObject>(_ object: Object) -> Object {
        _ = Unmanaged.passRetained(object)
        return object
    }
}
