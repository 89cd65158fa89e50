import Native

/// The file watcher, re-exported for commands that watch without serving (`trellis watch`).
public typealias SourceWatcher = Native.FileWatcher
