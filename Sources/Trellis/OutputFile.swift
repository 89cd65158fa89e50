import Render

/// Writing artefacts and finding the bundled fonts.
public enum OutputFile {
    /// Writes bytes to a path atomically (temp file + rename): on failure the old file stays.
    /// Artefacts are not flushed to disk (`fsync`) unless `flushed` asks: like other build
    /// tools' outputs they can be drawn again, and two flushes cost more than drawing a small
    /// diagram (see `AtomicFile.Durability`).
    public static func write(_ bytes: [UInt8], toPath path: String, flushed: Bool = false) throws(TrellisError) {
        do {
            try AtomicFile.write(bytes, toPath: path, durability: flushed ? .immediate : .deferred)
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
