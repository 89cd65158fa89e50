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

    /// The colour emoji family, which Pango's generic `emoji` family (asked for characters in
    /// emoji presentation, such as ⚠️ with its variation selector) resolves to.
    public static let emojiFamily = "Noto Color Emoji"

    /// The fontconfig rules: `emoji` names the colour font when it is loaded (stock fontconfig
    /// has this alias; our private configuration loads none), and every pattern ends with
    /// those of `families` found in `available`.
    static func rule(available: [String]) -> String? {
        let present = families.filter(available.contains)
        guard !present.isEmpty else { return nil }
        let strings = present.map { "<string>\($0)</string>" }.joined()
        let emoji = present.contains(emojiFamily)
            ? "<match target=\"pattern\"><test name=\"family\" qual=\"any\"><string>emoji</string></test>"
                + "<edit name=\"family\" mode=\"prepend\" binding=\"strong\"><string>\(emojiFamily)</string></edit></match>"
            : ""
        return "<?xml version=\"1.0\"?><fontconfig>\(emoji)<match target=\"pattern\">"
            + "<edit name=\"family\" mode=\"append_last\" binding=\"weak\">\(strings)</edit>"
            + "</match></fontconfig>"
    }

    /// Adds the fallback rule to `config`; whether it was accepted (or not needed).
    static func install(on config: OpaquePointer, available: [String]) -> Bool {
        guard let xml = rule(available: available) else { return true }
        return FcConfigParseAndLoadFromMemory(config, xml, FcFalse) == FcTrue
    }
}
