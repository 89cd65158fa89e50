import Native

/// Why rendering failed.
public enum RenderError: Error, Equatable, Sendable {
    case fontDirectoryMissing(String)
    case fontFileMissing(String)
    case backendFailed(String)
    case writeFailed(path: String, reason: String)

    init(_ error: NativeError) {
        switch error {
        case .fontDirectoryMissing(let path): self = .fontDirectoryMissing(path)
        case .fontFileMissing(let path): self = .fontFileMissing(path)
        case .fontLoadFailed(let path): self = .backendFailed("cannot load font \(path)")
        case .cairo(let message): self = .backendFailed("cairo: \(message)")
        case .creationFailed(let what): self = .backendFailed(what)
        case .imageDecodeFailed(let message): self = .backendFailed("image: \(message)")
        }
    }
}
