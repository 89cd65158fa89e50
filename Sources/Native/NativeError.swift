/// Why a native (Cairo, Pango, fontconfig, image decoding) operation failed.
public enum NativeError: Error, Equatable, Sendable {
    /// The fonts directory does not exist or is not a directory.
    case fontDirectoryMissing(path: String)
    /// A font file the renderer relies on is not in the fonts directory.
    case fontFileMissing(path: String)
    /// fontconfig could not load a font file.
    case fontLoadFailed(path: String)
    /// A Cairo call reported an error status (its message).
    case cairo(String)
    /// A native object could not be created.
    case creationFailed(String)
    /// Image bytes could not be decoded or drawn (the decoder's message).
    case imageDecodeFailed(String)
}
