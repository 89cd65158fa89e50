import CFontconfig

/// The bundled fonts Pango falls back to, in order, for characters the requested family lacks
/// (Inter covers Latin, Greek and Cyrillic; JetBrains Mono less).
///
/// Fontconfig would fall back on its own, but in an order picked by its scoring of the whole
/// font set; a rule that appends these families to every pattern makes the choice explicit
/// and the same on every machine.
public enum FontFallback {
    /// Fallback families: Inter (so an unknown family still draws in the house font), then
    /// scripts, then CJK, then colour emoji, then symbols (and the emoji the colour font
    /// lacks), then icons.
    /// Font Awesome comes last: only it has glyphs at U+F000–U+F2E0 (icons in labels).
    public static let families = ["Inter", "Noto Sans Arabic", "Noto Sans Hebrew", "Droid Sans Fallback", "Noto Color Emoji", "Symbola", "FontAwesome"]

    /// The fontconfig rule appending those of `families` found in `available`.
    static func rule(available: [String]) -> String? {
        let present = families.filter(available.contains)
        guard !present.isEmpty else { return nil }
        let strings = present.map { "<string>\($0)</string>" }.joined()
        return "<?xml version=\"1.0\"?><fontconfig><match target=\"pattern\">"
            + "<edit name=\"family\" mode=\"append_last\" binding=\"weak\">\(strings)</edit>"
            + "</match></fontconfig>"
    }

    /// Adds the fallback rule to `config`; whether it was accepted (or not needed).
    static func install(on config: OpaquePointer, available: [String]) -> Bool {
        guard let xml = rule(available: available) else { return true }
        return FcConfigParseAndLoadFromMemory(config, xml, FcFalse) == FcTrue
    }
}
