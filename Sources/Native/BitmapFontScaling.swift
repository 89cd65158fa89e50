import CFontconfig

/// Scales the strikes of bitmap fonts (Noto Color Emoji's colour bitmaps) to the size asked for.
///
/// A bitmap font has fixed strikes (Noto Color Emoji: one, 109 px). Pango asks for a 16 px
/// font and fontconfig answers with the 109 px strike; unless the matched pattern carries a
/// transform, Cairo draws that strike as it is, seven times too big. Stock fontconfig ships a
/// rule for this that our private configuration does not load (it loads no system file), so
/// this is our own: for a font without outlines, multiply its `matrix` by the ratio of the
/// requested pixel size to the strike's pixel size. Outline fonts never match it.
public enum BitmapFontScaling {
    /// The ratio requested pixel size / strike pixel size, as a fontconfig expression.
    private static let factor = "<divide><name target=\"pattern\">pixelsize</name>"
        + "<name target=\"font\">pixelsize</name></divide>"

    /// The rule's `<match>` element: a `target="font"` match runs on every font Pango is
    /// about to open, after the strike was chosen. Public so that a fontconfig file made for
    /// another renderer (librsvg in tests) can carry it too.
    public static let match = "<match target=\"font\">"
        + "<test name=\"outline\" compare=\"eq\"><bool>false</bool></test>"
        + "<edit name=\"matrix\" mode=\"assign\"><times><name>matrix</name>"
        + "<matrix>\(factor)<double>0</double><double>0</double>\(factor)</matrix>"
        + "</times></edit></match>"

    static let rule = "<?xml version=\"1.0\"?><fontconfig>\(match)</fontconfig>"

    /// Adds the rule to `config`; whether fontconfig accepted it.
    static func install(on config: OpaquePointer) -> Bool {
        FcConfigParseAndLoadFromMemory(config, rule, FcFalse) == FcTrue
    }
}
