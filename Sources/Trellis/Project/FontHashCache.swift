import Foundation

/// The content hashes of font files, kept between runs in the user's cache directory
/// (`$XDG_CACHE_HOME/trellis/font-hashes.json`, else `~/.cache/trellis/…`), so a clean build
/// (no manifest yet) does not hash the fonts directory again. Entries are trusted only while
/// the file's size and modification time are unchanged.
enum FontHashCache {
    static var path: String? {
        func environment(_ name: String) -> String? {
            guard let value = getenv(name) else { return nil }
            let text = String(cString: value)
            return text.hasPrefix("/") ? text : nil
        }
        if let xdg = environment("XDG_CACHE_HOME") { return xdg + "/trellis/font-hashes.json" }
        if let home = environment("HOME") { return home + "/.cache/trellis/font-hashes.json" }
        return nil
    }

    /// Records keyed by the font file's full path.
    static func load() -> [String: BuildManifest.FontRecord] {
        guard let path, let data = FileManager.default.contents(atPath: path) else { return [:] }
        guard let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [:] }
        return BuildManifest.fontRecords(json) ?? [:]
    }

    /// Saves the records; a cache that cannot be written is only a slower next run.
    static func save(_ records: [String: BuildManifest.FontRecord]) {
        guard let path else { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(records) else { return }
        try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                 withIntermediateDirectories: true)
        try? OutputFile.write(Array(data), toPath: path)
    }
}
