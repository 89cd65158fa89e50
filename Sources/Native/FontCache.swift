import CFontconfig
import Glibc

/// Loads the font files of one directory into a fontconfig configuration, through
/// fontconfig's own directory cache when a cache directory is writable.
///
/// Parsing the bundled font files (FreeType opens each and computes its character
/// set) costs ~11M instructions on every start; reading fontconfig's cache of the same
/// directory costs almost nothing. The cache lives in `$XDG_CACHE_HOME/trellis/fontconfig`
/// (else `~/.cache/trellis/fontconfig`), is written on first use, and is revalidated by
/// fontconfig against the directory's modification time. When no cache can be used, or the
/// directory holds anything but the expected files, each file is parsed as before, so the
/// loaded fonts are always exactly the directory's `.otf`/`.ttf` files.
enum FontCache {
    /// Creates a configuration holding exactly the `.otf`/`.ttf` files of `directory`.
    static func makeConfig(directory: String) throws(NativeError) -> OpaquePointer {
        let files = fontFileNames(in: directory).map { directory + "/" + $0 }
        if let cacheDirectory = cacheDirectory(), makeWritableDirectory(cacheDirectory), let config = FcConfigCreate() {
            if setCacheDirectory(cacheDirectory, on: config), FcConfigAppFontAddDir(config, directory) == FcTrue,
               loadedFiles(of: config) == files {
                return config
            }
            FcConfigDestroy(config)
        }
        guard let config = FcConfigCreate() else { throw .creationFailed("FcConfigCreate") }
        for path in files where FcConfigAppFontAddFile(config, path) != FcTrue {
            FcConfigDestroy(config)
            throw .fontLoadFailed(path: path)
        }
        return config
    }

    /// The `.otf`/`.ttf` file names of `directory`, sorted.
    static func fontFileNames(in directory: String) -> [String] {
        guard let dir = opendir(directory) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            let lower = name.lowercased()
            if lower.hasSuffix(".otf") || lower.hasSuffix(".ttf") { names.append(name) }
        }
        // Byte order, as fontconfig sorts a directory it scans.
        return names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    /// `$XDG_CACHE_HOME/trellis/fontconfig`, else `$HOME/.cache/trellis/fontconfig`.
    static func cacheDirectory() -> String? {
        if let xdg = environment("XDG_CACHE_HOME"), xdg.hasPrefix("/") { return xdg + "/trellis/fontconfig" }
        if let home = environment("HOME"), home.hasPrefix("/") { return home + "/.cache/trellis/fontconfig" }
        return nil
    }

    /// Creates `path` and its parents as needed; whether it is then a writable directory
    /// (fontconfig complains on stderr about a cache it cannot write).
    private static func makeWritableDirectory(_ path: String) -> Bool {
        if access(path, W_OK) == 0 { return true }
        var prefix = ""
        for component in path.split(separator: "/") {
            prefix += "/" + component
            _ = mkdir(prefix, 0o755)
        }
        return access(path, W_OK) == 0
    }

    private static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        let text = String(cString: value)
        return text.isEmpty ? nil : text
    }

    /// Points the configuration's cache at `path` (fontconfig offers no call but its XML).
    private static func setCacheDirectory(_ path: String, on config: OpaquePointer) -> Bool {
        var escaped = ""
        for character in path {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            default: escaped.append(character)
            }
        }
        let xml = "<?xml version=\"1.0\"?><fontconfig><cachedir>\(escaped)</cachedir></fontconfig>"
        return FcConfigParseAndLoadFromMemory(config, xml, FcFalse) == FcTrue
    }

    /// The file of every loaded application font, in set order.
    private static func loadedFiles(of config: OpaquePointer) -> [String] {
        guard let set = FcConfigGetFonts(config, FcSetApplication) else { return [] }
        var files: [String] = []
        for i in 0..<Int(set.pointee.nfont) {
            var value: UnsafeMutablePointer<FcChar8>?
            guard let pattern = set.pointee.fonts[i], FcPatternGetString(pattern, FC_FILE, 0, &value) == FcResultMatch,
                  let value else { return [] }
            let file = String(cString: value)
            if files.last != file { files.append(file) }  // a collection file has several faces
        }
        return files
    }
}
