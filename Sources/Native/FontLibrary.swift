import CCairo
import CFontconfig
import CPangoCairo
import Glibc

/// The fonts of one directory, and nothing else: a private fontconfig configuration,
/// a PangoCairo font map bound to it, and the one Pango context every layout is made in.
///
/// No system configuration is loaded, so no system font can leak into measuring or drawing.
/// Font options are fixed (no hinting, unhinted metrics, unrounded glyph positions, gray
/// antialiasing), so text measures the same at every resolution and in every output format.
public final class FontLibrary {
    let config: OpaquePointer
    let fontMap: UnsafeMutablePointer<PangoFontMap>
    let context: OpaquePointer

    /// Families whose glyphs are colour bitmaps (Noto Color Emoji), which PDF output draws
    /// itself (see `ColorGlyphRun`).
    public let colorFamilies: [String]

    /// The directory the fonts were loaded from.
    public let directory: String

    /// Loads every `.otf`/`.ttf` file of `directory` (in name order, through fontconfig's
    /// cache when possible); each name in `requiredFiles` must be among them.
    public init(directory: String, requiredFiles: [String]) throws(NativeError) {
        var info = stat()
        guard stat(directory, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
            throw .fontDirectoryMissing(path: directory)
        }
        for name in requiredFiles where access(directory + "/" + name, R_OK) != 0 {
            throw .fontFileMissing(path: directory + "/" + name)
        }
        let config = try FontCache.makeConfig(directory: directory)
        guard FontFallback.install(on: config, available: Self.familyNames(of: config)) else {
            FcConfigDestroy(config)
            throw .creationFailed("FcConfigParseAndLoadFromMemory (fallback fonts)")
        }
        guard BitmapFontScaling.install(on: config) else {
            FcConfigDestroy(config)
            throw .creationFailed("FcConfigParseAndLoadFromMemory (bitmap font scaling)")
        }
        // Pango starts a thread that runs FcInit(), which parses the system configuration and
        // font caches (~25M instructions) unless a current configuration exists. Making ours
        // current skips that work, and keeps any NULL-config lookup inside fonts/ too.
        FcConfigSetCurrent(config)
        guard let map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT) else {
            FcConfigDestroy(config)
            throw .creationFailed("pango_cairo_font_map_new_for_font_type")
        }
        pango_fc_font_map_set_config(OpaquePointer(map), config)  // takes its own reference
        guard let context = pango_font_map_create_context(map) else {
            g_object_unref(map)
            FcConfigDestroy(config)
            throw .creationFailed("pango_font_map_create_context")
        }
        Self.applyDeterministicOptions(to: context)
        self.config = config
        self.fontMap = map
        self.context = context
        self.directory = directory
        self.colorFamilies = Self.familyNames(of: config, colorOnly: true)
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(context))
        g_object_unref(fontMap)
        FcConfigDestroy(config)
    }

    /// Family names of the loaded font files, sorted and unique: exactly what fontconfig
    /// can match (Pango adds its generic aliases "Sans", "Monospace"... on top, which resolve
    /// to these same fonts).
    public var familyNames: [String] { Self.familyNames(of: config) }

    static func familyNames(of config: OpaquePointer, colorOnly: Bool = false) -> [String] {
        guard let set = FcConfigGetFonts(config, FcSetApplication) else { return [] }
        var names: Set<String> = []
        for i in 0..<Int(set.pointee.nfont) {
            var value: UnsafeMutablePointer<FcChar8>?
            var color: FcBool = FcFalse
            if colorOnly, let pattern = set.pointee.fonts[i],
               FcPatternGetBool(pattern, FC_COLOR, 0, &color) != FcResultMatch || color != FcTrue {
                continue
            }
            if let pattern = set.pointee.fonts[i], FcPatternGetString(pattern, FC_FAMILY, 0, &value) == FcResultMatch,
               let value {
                names.insert(String(cString: value))
            }
        }
        return names.sorted()
    }

    static func applyDeterministicOptions(to context: OpaquePointer) {
        guard let options = cairo_font_options_create() else { return }
        defer { cairo_font_options_destroy(options) }
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        cairo_font_options_set_subpixel_order(options, CAIRO_SUBPIXEL_ORDER_DEFAULT)
        pango_cairo_context_set_font_options(context, options)
        pango_cairo_context_set_resolution(context, 72)
        pango_context_set_round_glyph_positions(context, 0)
    }
}
