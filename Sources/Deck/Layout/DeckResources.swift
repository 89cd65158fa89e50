/// Where a deck's images and diagram files come from. The facade decides file access
/// (paths relative to the deck, sandboxing); layout only asks for bytes by the path written
/// in the Markdown.
public protocol DeckResources: Sendable {
    /// The bytes of the resource at `path` as written in the deck, or why it cannot be read.
    func load(_ path: String) -> Result<[UInt8], DeckResourceError>
}

/// Why a resource could not be loaded, in words for a diagnostic.
public struct DeckResourceError: Error, Hashable, Sendable {
    public var message: String
    public init(_ message: String) {
        self.message = message
    }
}

/// Resources from a fixed table of path → bytes (tests, and decks assembled in memory).
public struct InMemoryDeckResources: DeckResources {
    public var files: [String: [UInt8]]
    public init(_ files: [String: [UInt8]] = [:]) {
        self.files = files
    }
    public func load(_ path: String) -> Result<[UInt8], DeckResourceError> {
        if let bytes = files[path] { return .success(bytes) }
        return .failure(DeckResourceError("no such file"))
    }
}
