import Render

/// Writing artefacts and finding the bundled fonts.
public enum OutputFile {
    /// Writes bytes to a path atomically (temp file + rename): on failure the old file stays.
    /// Nothing is flushed to disk (`fsync`): like other build tools' outputs, artefacts and
    /// the manifest can be made again, and two flushes cost more than drawing a small diagram
    /// (see `AtomicFile.Durability`).
    public static func write(_ bytes: [UInt8], toPath path: String) throws(TrellisError) {
        do {
            try AtomicFile.write(bytes, toPath: path, durability: .deferred)
        } catch {
            throw .render(.writeFailed(path: path, reason: "\(error)"))
        }
    }

    /// The fonts directory: `TRELLIS_FONTS_DIR`, else a `fonts/` beside or above the executable.
    public static func fontDirectory() throws(TrellisError) -> String {
        do {
            return try FontLocator.locate()
        } catch {
            throw .render(error)
        }
    }
}
